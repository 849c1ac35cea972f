package com.xingping.reports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.results.EditionHead;
import com.xingping.results.EditionReading;
import com.xingping.results.EditionReading.EditionTable;
import com.xingping.results.UnitSheet;
import com.xingping.sheet.Watermark;

/**
 * The reports beside the .xlsx exports, under the same rules: the city's summary of an edition at
 * /results/{ref}/report.docx|pdf (committee and leaders), a unit's 考核报告 at
 * /results/{ref}/units/{unitId}/report.docx|pdf (also a reporter, their own unit's published versions).
 */
@Controller
@RequestMapping("/results")
class ReportDownloads {
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final EditionReading results;
    private final ReportSettings settings;
    private final ReportFont fonts;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    ReportDownloads(EditionReading results, ReportSettings settings, ReportFont fonts, MessageSource messages,
                    AuditLog audit, Clock clock) {
        this.results = results;
        this.settings = settings;
        this.fonts = fonts;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    enum Format { DOCX, PDF }

    @GetMapping("/{ref}/report.docx")
    ResponseEntity<byte[]> summaryDocx(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref,
                                       @RequestParam(required = false) Long yearId) {
        return summary(user, ref, yearId, Format.DOCX);
    }

    @GetMapping("/{ref}/report.pdf")
    ResponseEntity<byte[]> summaryPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref,
                                      @RequestParam(required = false) Long yearId) {
        return summary(user, ref, yearId, Format.PDF);
    }

    @GetMapping("/{ref}/units/{unitId}/report.docx")
    ResponseEntity<byte[]> unitDocx(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref,
                                    @PathVariable Long unitId, @RequestParam(required = false) Long yearId) {
        return unit(user, ref, unitId, yearId, Format.DOCX);
    }

    @GetMapping("/{ref}/units/{unitId}/report.pdf")
    ResponseEntity<byte[]> unitPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref,
                                   @PathVariable Long unitId, @RequestParam(required = false) Long yearId) {
        return unit(user, ref, unitId, yearId, Format.PDF);
    }

    private ResponseEntity<byte[]> summary(CurrentUser user, String ref, Long yearId, Format format) {
        EditionTable edition = results.table(user, yearId, ref);
        EditionHead head = edition.head();
        audit.recordAccess("results.report.downloaded", "year", head.yearId(),
                Map.of("edition", ref, "format", format.name().toLowerCase()));
        Report report = CitySummary.of(edition, letter(user, head), fonts);
        return download(head.year() + "年度考评结果汇总-" + edition(head), report, format);
    }

    private ResponseEntity<byte[]> unit(CurrentUser user, String ref, Long unitId, Long yearId, Format format) {
        UnitSheet sheet = results.unit(user, yearId, ref, unitId);
        audit.recordAccess("scorecard.report.downloaded", "unit", unitId,
                Map.of("year", sheet.head().year(), "edition", ref, "format", format.name().toLowerCase()));
        Report report = UnitReport.of(sheet, letter(user, sheet.head()), messages);
        return download(sheet.unitName() + "-" + sheet.head().year() + "年度考核报告-" + edition(sheet.head()), report, format);
    }

    private Letter letter(CurrentUser user, EditionHead head) {
        return new Letter(settings.committee(head.issuer()), settings.documentNumber(head.year()),
                DATE.format(LocalDate.now(clock)), Watermark.of(user, clock).text(), clock.getZone());
    }

    private ResponseEntity<byte[]> download(String name, Report report, Format format) {
        byte[] content = format == Format.DOCX ? DocxWriter.write(report) : PdfWriter.write(report, fonts);
        return ResponseEntity.ok().contentType(format == Format.DOCX ? DOCX : MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + format.name().toLowerCase(), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private static String edition(EditionHead head) {
        return head.draft() ? "草稿" : "第" + head.version() + "版";
    }
}

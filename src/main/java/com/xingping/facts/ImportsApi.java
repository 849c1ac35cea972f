package com.xingping.facts;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.xingping.identity.CurrentUser;
import com.xingping.sheet.SheetDownload;
import com.xingping.sheet.SheetUpload;
import com.xingping.sheet.Watermark;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "committee imports", description = "工委导入 / the committee's Excel imports: units, many units' rosters, "
        + "行风评议 results, 目标责任制 results — all or nothing")
class ImportsApi {
    private static final String KINDS = "units (编码/名称/参加目标责任制考核/工委机关; admin) | rosters (单位编码/姓名/身份/学时) | "
            + "conduct (单位编码/得分, or 未参评=是 + 工委判定) | target (单位编码/是否优胜) | "
            + "conduct-official (单位编码/列入末三位, with `mean`: the official 行风评议 standings)";
    private final FactImports imports;

    private final Clock clock;

    ImportsApi(FactImports imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a spreadsheet (committee; units: admin)", description = "kind: " + KINDS + ". A file with "
            + "any bad row imports nothing: 400 with `errors`, one per problem, e.g. `第 7 行：单位编码 ZZZ 不存在`. "
            + "Not a spreadsheet, too large (2 MB) or too many rows: 400. Two imports already running: 503 with Retry-After. "
            + "conduct, target and conduct-official need `date` and `reference`, conduct-official also `mean` "
            + "(the document the results come from); rosters replace the year's roster of every unit in the file.")
    FactImports.Outcome importFile(@AuthenticationPrincipal CurrentUser user,
                                   @Parameter(description = KINDS) @PathVariable String kind,
                                   @RequestParam(required = false) Long yearId,
                                   @Parameter(description = "the .xlsx, .xls, .ods or .csv (UTF-8 or GBK) file") @RequestParam(required = false) MultipartFile file,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                   @RequestParam(required = false) String reference,
                                   @RequestParam(required = false) String reason,
                                   @RequestParam(required = false) java.math.BigDecimal mean) throws IOException {
        return imports.run(ImportKind.bySlug(kind), user, yearId, upload(file),
                new PerformanceImport.Source(date, reference, reason, mean));
    }

    @GetMapping("/{kind}/template")
    @Operation(summary = "The Excel template with the Chinese headers (units: every unit, so it is also the export; "
            + "conduct and target: every active unit's code and name, to fill in)")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind,
                                    @RequestParam(required = false) Long yearId) {
        ImportKind importKind = ImportKind.bySlug(kind);
        return SheetDownload.of(importKind.templateName(), imports.template(importKind, yearId, Watermark.of(user, clock)));
    }

    static SheetUpload upload(MultipartFile file) throws IOException {
        boolean nothingChosen = file == null
                || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
        return nothingChosen ? new SheetUpload(null, null) : new SheetUpload(file.getOriginalFilename(), file.getInputStream());
    }
}

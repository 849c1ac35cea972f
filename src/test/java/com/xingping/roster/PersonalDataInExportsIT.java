package com.xingping.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * 等保 个人信息保护 through the real endpoints: a roster read by a leader shows its members' names
 * masked (张*丰), by the unit's own reporter and the committee in full; every export (roster, results,
 * scorecard, audit log) names who downloaded it and when, on screen and on every printed page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonalDataInExportsIT {
    private static final Pattern WHEN = Pattern.compile("(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}) 中国标准时间（UTC\\+08:00）");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;

    Platform platform;
    Unit unit;
    Account reporter;
    Account leader;

    @BeforeEach
    void aUnitWithThreeMembers() {
        platform = new Platform(context);
        AssessmentYear year = platform.year();
        unit = platform.unit("市档案馆");
        reporter = platform.reporter(unit);
        leader = platform.account(Role.LEADER);
        RosterRows rows = new RosterRows(context);
        for (String name : List.of("张三丰", "欧阳娜娜", "李")) {
            rows.save(new RosterMember(null, unit.id(), year.id(), name, MemberRole.ORDINARY, new BigDecimal("30"), null));
        }
    }

    @Test
    void aLeadersRosterExportMasksTheNamesAndNamesTheLeader() throws IOException {
        try (XSSFWorkbook book = workbook(mvc.get().uri("/api/v1/units/{u}/roster/export", unit.id()).with(api(leader)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(column(sheet, 0)).containsExactly("张*丰", "欧阳*娜", "*");
            assertMarked(book, leader, sheet.getRow(0).getCell(4).getStringCellValue());
        }
    }

    @Test
    void theUnitsReporterExportsTheNamesInFullAndTheFileImportsBack() throws IOException {
        MvcTestResult export = mvc.get().uri("/roster/{u}/export", unit.id()).with(page(reporter)).exchange();
        try (XSSFWorkbook book = workbook(export)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(column(sheet, 0)).containsExactly("张三丰", "欧阳娜娜", "李");
            assertMarked(book, reporter, sheet.getRow(0).getCell(4).getStringCellValue());
        }

        assertThat(mvc.post().uri("/api/v1/units/{u}/roster/import", unit.id()).multipart()
                .file("file", export.getResponse().getContentAsByteArray()).with(page(reporter))).hasStatusOk().bodyJson()
                .extractingPath("$.members[*].name").asArray().containsExactly("张三丰", "欧阳娜娜", "李");
    }

    @Test
    void theCommitteeSeesTheNamesAndALeaderSeesThemMaskedOnThePagesAndTheApi() throws IOException {
        Account reviewer = platform.account(Role.REVIEWER);
        try (XSSFWorkbook book = workbook(mvc.get().uri("/roster/{u}/export", unit.id()).with(page(reviewer)))) {
            assertThat(column(book.getSheetAt(0), 0)).containsExactly("张三丰", "欧阳娜娜", "李");
        }
        assertThat(mvc.get().uri("/units/{u}/roster", unit.id()).with(page(reviewer))).hasStatusOk().bodyText()
                .contains("张三丰", "欧阳娜娜");

        assertThat(mvc.get().uri("/units/{u}/roster", unit.id()).with(page(leader))).hasStatusOk().bodyText()
                .contains("张*丰", "欧阳*娜").doesNotContain("张三丰", "欧阳娜娜");
        assertThat(mvc.get().uri("/api/v1/units/{u}/roster", unit.id()).with(api(leader))).hasStatusOk().bodyJson()
                .extractingPath("$.members[*].name").asArray().containsExactly("张*丰", "欧阳*娜", "*");
    }

    @Test
    void theResultsAndScorecardExportsNameWhoDownloadedThem() throws IOException {
        try (XSSFWorkbook book = workbook(mvc.get().uri("/results/draft/export.xlsx").with(page(leader)))) {
            assertMarked(book, leader, book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        Account admin = platform.account(Role.ADMIN);
        try (XSSFWorkbook book = workbook(mvc.get().uri("/results/draft/units/{u}/export.xlsx", unit.id()).with(page(admin)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertMarked(book, admin, book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).contains(admin.username());
        }
    }

    @Test
    void theAuditLogExportNamesTheAuditor() throws IOException {
        Account auditor = platform.account(Role.AUDITOR);
        try (XSSFWorkbook book = workbook(mvc.get().uri("/audit/export.xlsx?action=roster.exported").with(page(auditor)))) {
            assertMarked(book, auditor, book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void theUnitsFileTheCommitteeDownloadsIsMarkedAndImportsBack() throws IOException {
        Account admin = platform.account(Role.ADMIN);
        MvcTestResult export = mvc.get().uri("/api/v1/imports/units/template").with(page(admin)).exchange();
        try (XSSFWorkbook book = workbook(export)) {
            var header = book.getSheetAt(0).getRow(0);
            assertMarked(book, admin, header.getCell(header.getLastCellNum() - 1).getStringCellValue());
        }

        assertThat(mvc.post().uri("/api/v1/imports/units").multipart()
                .file("file", export.getResponse().getContentAsByteArray()).with(page(admin))).hasStatusOk();
    }

    /** The mark names the account and now (Beijing time) on the first row, on every printed page, in the file's description. */
    private static void assertMarked(XSSFWorkbook book, Account who, String firstRow) {
        String mark = "导出：" + who.displayName() + "（" + who.username() + "） ";
        assertThat(firstRow).contains(mark);
        Matcher when = WHEN.matcher(firstRow.substring(firstRow.indexOf(mark)));
        assertThat(when.find()).as(firstRow).isTrue();
        LocalDateTime stamped = LocalDateTime.parse(when.group(1), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        assertThat(Duration.between(stamped, LocalDateTime.now(ZoneId.of("Asia/Shanghai"))).abs())
                .isLessThan(Duration.ofMinutes(2));
        String full = mark + when.group();
        for (Sheet sheet : book) {
            assertThat(sheet.getHeader().getRight()).as(sheet.getSheetName()).isEqualTo(full);
            assertThat(sheet.getFooter().getLeft()).as(sheet.getSheetName()).isEqualTo(full);
        }
        assertThat(book.getProperties().getCoreProperties().getDescription()).isEqualTo(full);
    }

    private static XSSFWorkbook workbook(MockMvcTester.MockMvcRequestBuilder request) throws IOException {
        return workbook(request.exchange());
    }

    private static XSSFWorkbook workbook(MvcTestResult result) throws IOException {
        assertThat(result).hasStatusOk();
        return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            values.add(sheet.getRow(r).getCell(column).getStringCellValue());
        }
        return values;
    }

    private static RequestPostProcessor api(Account account) {
        return httpBasic(account.username(), Platform.PASSWORD);
    }

    private static RequestPostProcessor page(Account account) {
        return user(Platform.user(account));
    }
}

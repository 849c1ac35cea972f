package com.xingping.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports read back: the demo city's city summary and each unit's 考核报告, for the draft and a published
 * version, as .docx (POI) and .pdf (PDFBox) — every unit's rank, 总分 and stars, the 双优 and 先进 counts,
 * a unit's element points, against the results API; the heading, 文号, page numbers and watermark; who may
 * download them.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:reports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "xingping.admin-password=Xingping-Demo1",
        "xingping.reports.committee=" + ReportsIT.COMMITTEE,
        "xingping.reports.document-number=测市直机工委〔{year}〕12号"})
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsIT {
    static final String COMMITTEE = "中共测试市直属机关工作委员会";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SHOTS = Path.of("target/reports");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;

    Account leader;
    Account admin;
    int version;
    int year;

    @BeforeAll
    void publish() {
        Platform platform = new Platform(context);
        leader = platform.account(Role.LEADER);
        admin = platform.account(Role.ADMIN);
        version = json(mvc.post().uri("/api/v1/results/publish").with(basic(admin))
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange()).get("version").asInt();
        year = json(mvc.get().uri("/api/v1/results").with(basic(leader)).exchange()).get("year").asInt();
    }

    @Test
    void theCitySummaryHasEveryUnitsRankTotalAndStarsAndTheCountsInWordAndPdf() throws IOException {
        for (String ref : List.of("draft", String.valueOf(version))) {
            JsonNode output = json(mvc.get().uri("/api/v1/results/" + ref).with(basic(leader)).exchange());
            List<JsonNode> units = new ArrayList<>();
            output.get("units").forEach(units::add);
            assertThat(units).hasSizeGreaterThan(5);
            long doubleExcellent = units.stream().filter(u -> u.get("doubleExcellent").asBoolean()).count();
            long advanced = units.stream().filter(u -> "advanced".equals(text(u, "advanced"))).count();
            long deemed = units.stream().filter(u -> "deemedAdvanced".equals(text(u, "advanced"))).count();

            MvcTestResult docx = download("/results/" + ref + "/report.docx", ReportDownloads.DOCX.toString());
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(docx)))) {
                assertHeading(doc);
                XWPFTable ranking = table(doc, "排名").orElseThrow();
                assertThat(ranking.getRows()).hasSize(units.size() + 1);
                for (JsonNode unit : units) {
                    XWPFTableRow row = ranking.getRows().stream()
                            .filter(r -> r.getCell(1).getText().equals(unit.get("name").asString())).findFirst().orElseThrow();
                    assertThat(row.getCell(0).getText()).as(unit.get("name").asString()).isEqualTo(unit.get("rank").asString());
                    assertThat(row.getCell(3).getText()).isEqualTo(unit.get("starCount").asString());
                    assertThat(row.getCell(7).getText()).isEqualTo(decimal(unit, "total"));
                    assertThat(row.getCell(8).getText()).isEqualTo(unit.get("doubleExcellent").asBoolean() ? "是" : "否");
                }
                XWPFTable overview = table(doc, "项目").orElseThrow();
                assertThat(cellAfter(overview, "双优")).isEqualTo(String.valueOf(doubleExcellent));
                assertThat(cellAfter(overview, "先进")).isEqualTo(String.valueOf(advanced));
                assertThat(cellAfter(overview, "视同先进")).isEqualTo(String.valueOf(deemed));
                assertThat(cellAfter(overview, "参评单位")).isEqualTo(String.valueOf(units.size()));
                assertThat(doc.getAllPictures()).hasSize(2);
            }

            MvcTestResult pdf = download("/results/" + ref + "/report.pdf", MediaType.APPLICATION_PDF_VALUE);
            try (PDDocument doc = Loader.loadPDF(bytes(pdf))) {
                List<String> pages = assertHeadingAndPages(doc);
                List<String> lines = pages.stream().flatMap(p -> p.lines()).toList();
                for (JsonNode unit : units) {
                    String name = unit.get("name").asString();
                    assertThat(lines).as(name).anyMatch(line -> line.startsWith(unit.get("rank").asString() + " "
                            + name.substring(0, Math.min(6, name.length())))
                            && line.contains(" " + unit.get("starCount").asString() + " ")
                            && line.contains(" " + decimal(unit, "total") + " "));
                }
                String all = String.join("", pages);
                assertThat(all).contains("双优单位（" + doubleExcellent + " 个）", "先进单位（" + advanced + " 个）",
                        "视同先进单位（" + deemed + " 个）");
                if (ref.equals("draft")) {
                    shot(doc, 0, "city-summary-page-1.png");
                }
            }
        }
    }

    @Test
    void aUnitsReportHasItsStandingAndEveryElementsPointsInWordAndPdf() throws IOException {
        List<Unit> units = context.getBean(UnitRegistry.class).active();
        for (String ref : List.of("draft", String.valueOf(version))) {
            for (Unit unit : units.subList(0, 3)) {
                JsonNode sheet = json(mvc.get().uri("/api/v1/results/{r}/units/{u}", ref, unit.id()).with(basic(leader)).exchange());
                JsonNode summary = sheet.get("summary");
                List<String[]> elements = new ArrayList<>();
                for (JsonNode star : sheet.get("stars")) {
                    for (JsonNode criterion : star.get("criteria")) {
                        for (JsonNode element : criterion.get("elements")) {
                            elements.add(new String[] {element.get("name").asString(), decimal(element, "max"),
                                    decimal(element, "value")});
                        }
                    }
                }
                assertThat(elements).hasSizeGreaterThan(20);
                String base = "/results/" + ref + "/units/" + unit.id() + "/report.";
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(download(base + "docx",
                        ReportDownloads.DOCX.toString()))))) {
                    assertHeading(doc);
                    XWPFTable standing = table(doc, "项目").orElseThrow();
                    assertThat(cellAfter(standing, "总分")).isEqualTo(decimal(summary, "total"));
                    assertThat(cellAfter(standing, "排名")).isEqualTo(summary.get("rank").asString() + " / "
                            + summary.get("rankedUnits").asString());
                    assertThat(cellAfter(standing, "星级")).endsWith("（" + summary.get("starCount").asString() + " 星）");
                    assertThat(cellAfter(standing, "双优")).isEqualTo(summary.get("doubleExcellent").asBoolean() ? "是" : "否");
                    List<XWPFTableRow> rows = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("指标"))
                            .flatMap(t -> t.getRows().stream().skip(1)).toList();
                    assertThat(rows).hasSize(elements.size());
                    for (int i = 0; i < elements.size(); i++) {
                        String[] element = elements.get(i);
                        assertThat(List.of(rows.get(i).getCell(1).getText(), rows.get(i).getCell(2).getText(),
                                rows.get(i).getCell(3).getText())).as(element[0]).containsExactly(element);
                    }
                }
                try (PDDocument doc = Loader.loadPDF(bytes(download(base + "pdf", MediaType.APPLICATION_PDF_VALUE)))) {
                    List<String> pages = assertHeadingAndPages(doc);
                    List<String> lines = pages.stream().flatMap(p -> p.lines()).toList();
                    assertThat(lines).contains("总分 " + decimal(summary, "total"),
                            "排名 " + summary.get("rank").asString() + " / " + summary.get("rankedUnits").asString());
                    for (String[] element : elements) {
                        assertThat(lines).as(element[0]).anyMatch(line -> line.contains(element[0].substring(0,
                                Math.min(5, element[0].length()))) && line.endsWith(" " + element[1] + " " + element[2]));
                    }
                    if (ref.equals(String.valueOf(version)) && unit == units.get(0)) {
                        shot(doc, 0, "unit-report-page-1.png");
                        shot(doc, 1, "unit-report-page-2.png");
                    }
                }
            }
        }
    }

    @Test
    void aReporterDownloadsOnlyTheirOwnUnitsPublishedReports() {
        Platform platform = new Platform(context);
        List<Unit> units = context.getBean(UnitRegistry.class).active();
        Account reporter = platform.reporter(units.get(0));
        RequestPostProcessor page = user(Platform.user(reporter));
        for (String format : List.of("docx", "pdf")) {
            assertThat(mvc.get().uri("/results/{v}/units/{u}/report." + format, version, units.get(0).id()).with(page))
                    .hasStatusOk();
            assertThat(mvc.get().uri("/results/{v}/units/{u}/report." + format, version, units.get(1).id()).with(page))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/results/draft/units/{u}/report." + format, units.get(0).id()).with(page))
                    .hasStatus(403);
            assertThat(mvc.get().uri("/results/{v}/report." + format, version).with(page)).hasStatus(403);
            assertThat(mvc.get().uri("/results/draft/report." + format).with(page)).hasStatus(403);
        }
        assertThat(mvc.get().uri("/results/{v}/units/{u}", version, units.get(0).id()).with(page)).hasStatusOk()
                .bodyText().contains("report.docx", "report.pdf");
    }

    private MvcTestResult download(String uri, String type) {
        MvcTestResult result = mvc.get().uri(uri).with(user(Platform.user(leader))).exchange();
        assertThat(result).as(uri).hasStatusOk().hasContentType(type);
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
        return result;
    }

    private void assertHeading(XWPFDocument doc) {
        String body = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(body).contains(COMMITTEE, "测市直机工委〔" + year + "〕12号", "（盖章）");
        String footer = doc.getFooterList().get(0)._getHdrFtr().xmlText();
        assertThat(footer).contains("PAGE", "NUMPAGES", "第 ", " 页 / 共 ");
        assertThat(doc.getHeaderList().get(0).getText()).contains("导出：" + Role.LEADER.label());
        assertThat(doc.getProperties().getCoreProperties().getDescription()).startsWith("导出：");
    }

    /** The heading and 文号 on page 1, every page numbered "第 n 页 / 共 N 页" and watermarked; each page's text. */
    private List<String> assertHeadingAndPages(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        int count = doc.getNumberOfPages();
        for (int n = 1; n <= count; n++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(n);
            stripper.setEndPage(n);
            String text = stripper.getText(doc);
            assertThat(text).as("page " + n).contains("第 " + n + " 页 / 共 " + count + " 页", "导出：" + Role.LEADER.label());
            pages.add(text);
        }
        assertThat(pages.get(0)).contains(COMMITTEE, "测市直机工委〔" + year + "〕12号");
        assertThat(pages.get(count - 1)).contains(COMMITTEE + "（盖章）", "日期：");
        return pages;
    }

    private static Optional<XWPFTable> table(XWPFDocument doc, String firstHeader) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader)).findFirst();
    }

    private static String cellAfter(XWPFTable table, String label) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(label)).findFirst().orElseThrow()
                .getCell(1).getText();
    }

    private static void shot(PDDocument doc, int page, String name) throws IOException {
        if (page >= doc.getNumberOfPages()) {
            return;
        }
        Files.createDirectories(SHOTS);
        ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(page, 80), "png", SHOTS.resolve(name).toFile());
    }

    private static String decimal(JsonNode node, String field) {
        return node.get(field).decimalValue().toPlainString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static byte[] bytes(MvcTestResult result) {
        return result.getResponse().getContentAsByteArray();
    }

    private static JsonNode json(MvcTestResult result) {
        try {
            return JSON.readTree(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestPostProcessor basic(Account account) {
        return httpBasic(account.username(), Platform.PASSWORD);
    }
}

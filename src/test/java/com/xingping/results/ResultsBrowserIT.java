package com.xingping.results;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.support.Browser;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

import tools.jackson.databind.JsonNode;

/**
 * An administrator publishes from the results page; the charts draw the numbers of the tables
 * beside them, the ranking downloads as the table it shows, and a unit's scorecard prints on A4.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsBrowserIT {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Browser browser;
    Page page;
    Unit unit;
    String edition;
    final List<String> scriptErrors = new ArrayList<>();

    @BeforeAll
    void aUnitWithAStarAndAnAdministratorWhoPublishes() {
        browser = new Browser(port);
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        unit = platform.unit("市气象局");
        for (String check : List.of("democracy-1a", "democracy-1b", "democracy-1d", "democracy-2a", "democracy-2b")) {
            platform.approved(unit, year, check, LocalDate.of(2018, 2, 1), "民主星材料 " + check);
        }
        platform.approved(unit, year, "democracy-1c", LocalDate.of(2018, 3, 1), "先锋指数评价（上半年）");
        platform.approved(unit, year, "democracy-1c", LocalDate.of(2018, 9, 1), "先锋指数评价（下半年）");
        for (int month = 1; month <= 4; month++) {
            platform.approved(unit, year, "norms-3a", LocalDate.of(2018, month, 10), "三会一课 " + month + " 月");
        }
        Account admin = platform.account(Role.ADMIN);
        page = browser.signIn(admin.username(), Platform.PASSWORD);
        page.onPageError(scriptErrors::add);
        page.navigate("/results");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#publish").click();
        page.waitForURL(url -> url.matches(".*/results/\\d+\\?yearId=\\d+"));
        assertThat(page.locator(".alert-success")).containsText("已冻结");
        edition = page.url();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void theRadarChartDrawsTheUnitsStarsAndTheCityMedianOfItsTable() {
        page.navigate(edition);
        page.locator("#row-" + unit.id()).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("市气象局"))
                .click();
        assertThat(page.locator("#unit-name")).hasText("市气象局");
        assertThat(page.locator("#chart-radar svg")).isVisible();

        JsonNode option = ResultsJson.read(page.evaluate("() => JSON.stringify("
                + "echarts.getInstanceByDom(document.getElementById('chart-radar')).getOption())").toString());

        List<Locator> rows = page.locator("#radar-table tbody tr").all();
        JsonNode indicators = option.get("radar").get(0).get("indicator");
        JsonNode drawn = option.get("series").get(0).get("data");
        assertThat(rows).hasSize(5);
        assertThat(indicators).hasSize(5);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(indicators.get(i).get("name").asString()).isEqualTo(rows.get(i).locator("td").first().innerText());
            assertThat(drawn.get(0).get("value").get(i).decimalValue())
                    .isEqualByComparingTo(new BigDecimal(rows.get(i).locator(".unit-score").innerText()));
            assertThat(drawn.get(1).get("value").get(i).decimalValue())
                    .isEqualByComparingTo(new BigDecimal(rows.get(i).locator(".median").innerText()));
        }
        assertThat(drawn.get(0).get("name").asString()).isEqualTo("市气象局");
        assertThat(page.locator("#radar-table tr[data-star=democracy] .unit-score")).hasText("12");
        assertThat(page.locator("#value-norms-3a")).hasText("1.6");
        assertThat(page.locator("#element-norms-3a .explanation")).containsText("审核通过 4 次 × 0.4 分 = 1.6 分");

        JsonNode activity = ResultsJson.read(page.evaluate("() => JSON.stringify(echarts.getInstanceByDom("
                + "document.getElementById('chart-activity')).getOption().series[0].data)").toString());
        List<String> counts = page.locator("#activity-table tbody td").allInnerTexts();
        for (int i = 0; i < activity.size(); i++) {
            assertThat(activity.get(i).asInt()).isEqualTo(Integer.parseInt(counts.get(i)));
        }

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("nav")).isHidden();
        assertThat(page.locator("#export")).isHidden();
        assertThat(page.locator(".signature")).isVisible();
        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
        assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void theRankingChartAndTheDownloadedWorkbookShowTheTablesNumbers() throws Exception {
        page.navigate(edition);
        assertThat(page.locator("#results-table")).isVisible();
        List<String> names = page.locator("#results-table tbody .unit-name").allInnerTexts();
        List<String> totals = page.locator("#results-table tbody .total").allInnerTexts();
        JsonNode bars = ResultsJson.read(page.evaluate("() => JSON.stringify(echarts.getInstanceByDom("
                + "document.getElementById('chart-ranking')).getOption().series[0].data)").toString());
        assertThat(bars).hasSize(totals.size());
        for (int i = 0; i < totals.size(); i++) {
            assertThat(bars.get(i).decimalValue()).isEqualByComparingTo(new BigDecimal(totals.get(i)));
        }

        Download download = page.waitForDownload(() -> page.locator("#export").click());

        assertThat(download.suggestedFilename()).startsWith("2018年度考评结果-第").endsWith("版.xlsx");
        try (InputStream in = Files.newInputStream(download.path()); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheet("年度结果");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            List<String> sheetNames = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Row row = sheet.getRow(2 + i);
                sheetNames.add(row.getCell(1).getStringCellValue());
                assertThat(BigDecimal.valueOf(row.getCell(15).getNumericCellValue()))
                        .isEqualByComparingTo(new BigDecimal(totals.get(i)));
            }
            assertThat(sheetNames).containsExactlyElementsOf(names);
            assertThat(sheet.getRow(2 + names.size()).getCell(0).getStringCellValue()).isEqualTo("平均分");
        }
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void theDashboardsStarChartCountsTheUnitsOfItsTable() {
        page.navigate("/dashboard");
        assertThat(page.locator("#chart-distribution svg")).isVisible();

        JsonNode bars = ResultsJson.read(page.evaluate("() => JSON.stringify(echarts.getInstanceByDom("
                + "document.getElementById('chart-distribution')).getOption().series[0].data)").toString());

        for (int stars = 0; stars <= 5; stars++) {
            String counted = page.locator("#buckets tr[data-stars='" + stars + "'] td").nth(1).innerText();
            assertThat(bars.get(stars).asInt()).as("%d stars", stars).isEqualTo(Integer.parseInt(counted));
        }
        assertThat(page.locator("#pace-rule")).containsText("考核期已过");
        assertThat(scriptErrors).isEmpty();
    }
}

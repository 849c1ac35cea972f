package com.xingping.results;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.support.Browser;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * The pages a committee prints and a reporter opens on a phone: the live scorecard, the unit sheet and
 * the results table. Printed through Chromium's own PDF (page.pdf(), which sends no beforeprint) and
 * read back with PDFBox; on a 390 px phone nothing scrolls sideways and rows become cards; at 1280 px
 * the tables stay tables. Screenshots and rendered pages go to target/print-and-phone for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintAndPhoneBrowserIT {
    private static final Path SHOTS = Path.of("target", "print-and-phone");
    private static final Pattern PAGE_NUMBER = Pattern.compile("第 ?(\\d+) ?页 ?/ ?共 ?(\\d+) ?页");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Browser browser;
    Account admin;
    Unit unit;
    AssessmentYear year;
    final List<String> scriptErrors = new ArrayList<>();

    @BeforeAll
    void aUnitWithAYearOfRecords() throws IOException {
        Files.createDirectories(SHOTS);
        browser = new Browser(port);
        Platform platform = new Platform(context);
        year = platform.year();
        unit = platform.unit("市人民政府办公室机关事务管理局");
        platform.unit("市档案馆");
        for (int month = 1; month <= 10; month++) {
            platform.approved(unit, year, "norms-3a", LocalDate.of(2018, month, 10), "支部党员大会 " + month + " 月");
        }
        for (String check : List.of("democracy-1a", "democracy-1b", "democracy-1d", "democracy-2a", "democracy-2b")) {
            platform.approved(unit, year, check, LocalDate.of(2018, 4, 1), "民主星材料 " + check);
        }
        admin = platform.account(Role.ADMIN);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private String unitSheet() {
        return "/results/draft/units/" + unit.id() + "?yearId=" + year.id();
    }

    private String scorecard() {
        return "/scorecards/" + unit.id() + "?yearId=" + year.id();
    }

    private String results() {
        return "/results/draft?yearId=" + year.id();
    }

    @Test
    void thePrintedUnitSheetIsACommitteeDocument() throws IOException {
        Page page = browser.signIn(admin.username(), Platform.PASSWORD);
        page.onPageError(scriptErrors::add);
        page.navigate(unitSheet());
        assertThat(page.locator("#chart-radar svg")).isVisible();

        Printed printed = print(page, "unit-sheet");

        assertThat(printed.pages().get(0)).contains("中共绍兴市直属机关工作委员会").contains("绍市机工委通〔2018〕12号")
                .contains("2018 年度考评得分明细").containsPattern("打印时间：\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d 中国标准时间（UTC\\+08:00）");
        assertThat(printed.pages()).hasSizeGreaterThan(1);
        printed.eachPageNumbered();
        printed.noHeadingEndsAPage(headings(page));
        printed.eachStarBeginsWithItsTable(starOpenings(page));
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void theChartsOfAPrintMadeWithoutBeforeprintStayInsideTheirBoxes() {
        Page page = browser.signIn(admin.username(), Platform.PASSWORD);
        page.navigate(unitSheet());
        assertThat(page.locator("#chart-radar svg")).isVisible();
        // no beforeprint, no resize: only the print media
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("#chart-radar")).isHidden();
        for (String chart : List.of("chart-radar", "chart-activity")) {
            Object fits = page.evaluate("id => { const card = document.getElementById(id).closest('.card-body').getBoundingClientRect();"
                    + " const svg = document.querySelector('#' + id + ' + .chart-print svg').getBoundingClientRect();"
                    + " return svg.width > 100 && svg.left >= card.left && svg.right <= card.right + 0.5; }", chart);
            assertThat(fits).as(chart).isEqualTo(true);
        }
        // the radar's legend keeps clear of the 学习星 axis name at the top
        Object clear = page.evaluate("() => { const texts = [...document.querySelectorAll('#chart-radar + .chart-print text')];"
                + " const study = texts.find(t => t.textContent.startsWith('学习星')).getBoundingClientRect();"
                + " const unit = texts.find(t => t.textContent === '" + unit.name() + "').getBoundingClientRect();"
                + " return unit.right <= study.left || unit.bottom <= study.top || unit.top >= study.bottom || unit.left >= study.right; }");
        assertThat(clear).isEqualTo(true);
        // the month bars span exactly the month columns of the table under them (the last column is the sum)
        Object lined = page.evaluate("() => { const svg = document.querySelector('#chart-activity + .chart-print svg').getBoundingClientRect();"
                + " const table = document.getElementById('activity-table').getBoundingClientRect();"
                + " const sum = document.querySelector('#activity-table thead th:last-child').getBoundingClientRect();"
                + " const grid = echarts.getInstanceByDom(document.getElementById('chart-activity')).getOption().grid[0];"
                + " return Math.abs(svg.left - table.left) < 1 && Math.abs(svg.width - table.width) < 1"
                + "   && grid.left === 0 && Math.abs(parseFloat(grid.right) / 100 * table.width - sum.width) < 1; }");
        assertThat(lined).isEqualTo(true);
        assertThat(page.locator("#rank").boundingBox().height).isLessThan(40);
    }

    @Test
    void thePrintedLiveScorecardAndResultsCarryTheHeaderAndPageNumbers() throws IOException {
        Page page = browser.signIn(admin.username(), Platform.PASSWORD);
        page.onPageError(scriptErrors::add);
        page.navigate(scorecard());
        Printed card = print(page, "scorecard");
        assertThat(card.pages().get(0)).contains("中共绍兴市直属机关工作委员会").contains("绍市机工委通〔2018〕12号");
        assertThat(card.pages()).hasSizeGreaterThan(1);
        card.eachPageNumbered();
        card.noHeadingEndsAPage(headings(page));
        card.eachStarBeginsWithItsTable(starOpenings(page));

        page.navigate(results());
        Printed table = print(page, "results");
        assertThat(table.pages().get(0)).contains("中共绍兴市直属机关工作委员会").contains("2018 年度考评结果");
        table.eachPageNumbered();
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void onAPhoneTheRowsAreCardsAndNothingScrollsSideways() {
        Page phone = Browser.signIn(browser.phone(), admin.username(), Platform.PASSWORD);
        for (String[] view : List.of(new String[] {"scorecard", scorecard(), "table.elements"},
                new String[] {"unit-sheet", unitSheet(), "table.elements"},
                new String[] {"results", results(), "#results-table"},
                new String[] {"overview", "/scorecards?yearId=" + year.id(), "#overview"})) {
            phone.navigate(view[1]);
            phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone-" + view[0] + ".png")));
            phone.locator(view[2]).first().scrollIntoViewIfNeeded();
            phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone-" + view[0] + "-table.png")));
            assertThat(phone.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth")).as(view[0]).isEqualTo(true);
            assertThat(phone.locator(view[2] + " thead").first()).isHidden();
            assertThat(phone.evaluate("s => getComputedStyle(document.querySelector(s + ' tbody tr')).display", view[2]))
                    .as(view[0]).isEqualTo("block");
        }
        phone.navigate(scorecard());
        // the element's words read across the card, not four characters a line
        double nameHeight = phone.locator("#element-norms-3a .element-name span").first().boundingBox().height;
        double lineHeight = ((Number) phone.evaluate("() => parseFloat(getComputedStyle(document.querySelector("
                + "'#element-norms-3a .element-name span')).lineHeight) || 24")).doubleValue();
        assertThat(nameHeight).isLessThanOrEqualTo(lineHeight * 1.5);
        assertThat(phone.locator("#element-norms-3a").boundingBox().width).isGreaterThan(300);

        phone.navigate(results());
        for (var name : phone.locator("#results-table .unit-name").all()) {
            assertThat(name.boundingBox().height).as(name.innerText()).isLessThan(40);
            if (name.innerText().strip().length() >= 4) {
                assertThat(name.boundingBox().width).as(name.innerText()).isGreaterThan(50);
            }
        }
    }

    @Test
    void onADeskTheTablesStayTables() {
        Page desk = browser.signIn(admin.username(), Platform.PASSWORD);
        for (String[] view : List.of(new String[] {"scorecard", scorecard(), "table.elements"},
                new String[] {"unit-sheet", unitSheet(), "table.elements"},
                new String[] {"results", results(), "#results-table"})) {
            desk.navigate(view[1]);
            desk.waitForTimeout(1500);
            desk.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("desk-" + view[0] + ".png")));
            assertThat(desk.locator(view[2] + " thead").first()).isVisible();
            assertThat(desk.evaluate("s => getComputedStyle(document.querySelector(s + ' tbody tr')).display", view[2]))
                    .isEqualTo("table-row");
        }
        // a long name may take two lines beside nineteen columns, never a character a line
        assertThat(desk.locator("#results-table tr[data-unit='" + unit.id() + "'] .unit-name").boundingBox().width)
                .isGreaterThan(100);
    }

    /** The texts that open a section: page headings, star and section headers, criterion rows. */
    private static List<String> headings(Page page) {
        List<String> texts = new ArrayList<>();
        for (String text : page.locator("main h1, main h2, main .card-header, main tr.criterion").allInnerTexts()) {
            texts.add(squeeze(text));
        }
        return texts;
    }

    /** Each star section's heading (its name and score) and the first criterion of its table, squeezed. */
    private static List<List<String>> starOpenings(Page page) {
        List<List<String>> openings = new ArrayList<>();
        for (Locator section : page.locator("main section.star-section:has(tr.criterion)").all()) {
            String heading = squeeze(section.locator(".card-header h2").first().innerText()).replace("★", "")
                    + squeeze(section.locator(".star-score").first().innerText());
            String criterion = squeeze(section.locator("tr.criterion td span").first().innerText());
            openings.add(List.of(heading, criterion.substring(0, Math.min(6, criterion.length()))));
        }
        return openings;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private Printed print(Page page, String name) throws IOException {
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        // laid out as on A4 (190 mm wide between the margins): every printed chart inside its card, above what follows it
        page.setViewportSize(718, 1000);
        Object overlaps = page.evaluate("() => [...document.querySelectorAll('.chart-print')].filter(c => {"
                + " const svg = c.querySelector('svg').getBoundingClientRect();"
                + " const card = c.closest('.card').getBoundingClientRect();"
                + " const next = c.nextElementSibling && c.nextElementSibling.offsetParent ? c.nextElementSibling.getBoundingClientRect() : null;"
                + " return svg.height < 50 || svg.bottom > card.bottom + 0.5 || svg.right > card.right + 0.5"
                + "   || (next && next.height > 0 && svg.bottom > next.top + 0.5); }).map(c => c.previousElementSibling.id)");
        assertThat((List<?>) overlaps).as("charts overlapping in print").isEmpty();
        page.setViewportSize(1280, 900);
        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        Files.write(SHOTS.resolve(name + ".pdf"), pdf);
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages.add(stripper.getText(document));
                if (i < 3) {
                    BufferedImage image = renderer.renderImageWithDPI(i, 80);
                    ImageIO.write(image, "png", SHOTS.resolve(name + "-page-" + (i + 1) + ".png").toFile());
                }
            }
        }
        return new Printed(pages);
    }

    private record Printed(List<String> pages) {
        void eachPageNumbered() {
            for (int i = 0; i < pages.size(); i++) {
                Matcher number = PAGE_NUMBER.matcher(pages.get(i));
                assertThat(number.find()).as("page %d has its number: %s", i + 1, pages.get(i)).isTrue();
                assertThat(Integer.parseInt(number.group(1))).isEqualTo(i + 1);
                assertThat(Integer.parseInt(number.group(2))).isEqualTo(pages.size());
            }
        }

        /** A star's heading is printed on the page where its element table begins. */
        void eachStarBeginsWithItsTable(List<List<String>> openings) {
            assertThat(openings).isNotEmpty();
            for (List<String> opening : openings) {
                String heading = opening.get(0);
                String criterion = opening.get(1);
                int on = -1;
                for (int i = 0; i < pages.size() && on < 0; i++) {
                    if (squeeze(pages.get(i)).replace("★", "").contains(heading)) {
                        on = i;
                    }
                }
                assertThat(on).as("“%s” printed", heading).isNotNegative();
                String page = squeeze(pages.get(on)).replace("★", "");
                assertThat(page.substring(page.indexOf(heading))).as("page %d: “%s” with its table (“%s…”)", on + 1, heading, criterion)
                        .contains(criterion);
            }
        }

        /** The last line of a page above its page number is never a heading cut off from what it heads. */
        void noHeadingEndsAPage(List<String> headings) {
            for (int i = 0; i < pages.size() - 1; i++) {
                List<String> lines = pages.get(i).lines().map(PrintAndPhoneBrowserIT::squeeze)
                        .filter(line -> !line.isEmpty() && !PAGE_NUMBER.matcher(line).find())
                        .toList();
                String last = lines.get(lines.size() - 1);
                assertThat(headings).as("page %d ends with “%s”", i + 1, last)
                        .noneMatch(heading -> heading.equals(last) || (last.length() >= 3 && heading.startsWith(last)));
            }
        }
    }
}

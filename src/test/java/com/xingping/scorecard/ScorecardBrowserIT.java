package com.xingping.scorecard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;

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
import com.microsoft.playwright.options.AriaRole;
import com.xingping.identity.Account;
import com.xingping.support.Browser;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/** A reporter reads their live scorecard with what is still open; the committee reads every unit's stars. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardBrowserIT {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Browser browser;
    Unit unit;
    Account reporter;

    @BeforeAll
    void aUnitWithADemocracyStarAndFourMeetings() {
        browser = new Browser(port);
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        unit = platform.unit("市统计局");
        reporter = platform.reporter(unit);
        for (String check : List.of("democracy-1a", "democracy-1b", "democracy-1d", "democracy-2a", "democracy-2b")) {
            platform.approved(unit, year, check, LocalDate.of(2018, 2, 1), "民主星材料 " + check);
        }
        platform.approved(unit, year, "democracy-1c", LocalDate.of(2018, 3, 1), "先锋指数评价（上半年）");
        platform.approved(unit, year, "democracy-1c", LocalDate.of(2018, 9, 1), "先锋指数评价（下半年）");
        for (int month = 1; month <= 4; month++) {
            platform.approved(unit, year, "norms-3a", LocalDate.of(2018, month, 10), "三会一课 " + month + " 月");
        }
        platform.submitted(unit, year, "norms-3a", LocalDate.of(2018, 5, 10), "三会一课 5 月");
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void aReporterSeesTheirScorecardWithTheOpenPointHints() {
        Page page = browser.phone();
        Browser.signIn(page, reporter.username(), Platform.PASSWORD);
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的得分")).first().click();

        assertThat(page.locator("h1")).containsText("市统计局");
        assertThat(page.locator("#open")).containsText("距学习星还差 14 分");
        assertThat(page.locator("#open")).containsText("再有 6 次“三会一课”可达上限 4 分");
        assertThat(page.locator("#element-norms-3a .element-hint")).hasText("再有 6 次“三会一课”可达上限 4 分");
        assertThat(page.locator("#awaiting")).containsText("有 1 条记录待审核");
        assertThat(page.locator("#value-norms-3a")).hasText("1.6");
        assertThat(page.locator("#element-norms-3a")).containsText("三会一课 4 月");
        assertThat(page.locator("#star-democracy .card-header")).containsText("★");
        page.locator("#element-norms-3a summary").click();
        assertThat(page.locator("#element-norms-3a details")).containsText("审核通过 4 次 × 0.4 分 = 1.6 分");
    }

    @Test
    void theCommitteeOverviewShowsUnitsAndStars() {
        Page page = browser.signIn("admin", "Committee-Pass-2026");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("各单位得分")).first().click();

        assertThat(page.locator("h1")).containsText("各单位得分");
        Locator row = page.locator("#unit-" + unit.id());
        assertThat(row).containsText("市统计局");
        assertThat(row.locator("[data-star=democracy]")).containsText("★");
        assertThat(row.locator("[data-star=study]")).not().containsText("★");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("市统计局")).click();
        assertThat(page.locator("#value-norms-3a")).hasText("1.6");
    }
}

package com.xingping.notify;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.xingping.identity.Account;
import com.xingping.reporting.ActivityRecord;
import com.xingping.support.Browser;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * In a browser: the committee closes a year with a record still waiting (the page lists it, the
 * reason is required, the record is returned), and its reporter sees the badge, reads the message,
 * and still finds the closed year's records. Its own database, since the year is closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "xingping.test.database=inbox-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxBrowserIT {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void closingAYearReturnsWhatWaitsAndTheReporterSeesTheBadgeAndTheClosedYear() {
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        Unit unit = platform.unit("市档案馆");
        Account reporter = platform.reporter(unit);
        ActivityRecord waiting = platform.submitted(unit, year, "norms-3a", LocalDate.of(2018, 3, 5), "档案馆支部党员大会");

        Page admin = browser.signIn("admin", "Committee-Pass-2026");
        admin.navigate("/years");
        admin.locator("a.close-year").click();
        assertThat(admin.locator(".open-work[data-kind=waiting]")).containsText("档案馆支部党员大会");
        assertThat(admin.locator(".open-work[data-kind=rosters]")).containsText("市档案馆");
        admin.getByLabel("退回（附理由）").check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("关闭年度")).click();
        assertThat(admin.getByLabel("理由（各单位会收到通知）")).hasJSProperty("validity.valueMissing", true);
        admin.getByLabel("理由（各单位会收到通知）").fill("年度已结束，请在下一年度重新上报");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("关闭年度")).click();
        assertThat(admin.locator("main")).containsText("已关闭 2018 年度，此后只读；1 条待审核记录已退回");

        Page page = browser.signIn(reporter.username(), Platform.PASSWORD);
        assertThat(page.locator("#inbox-badge")).hasText("1");
        page.locator("#inbox-link").click();
        assertThat(page.locator(".message.unread")).containsText("你单位上报的记录《档案馆支部党员大会》被退回：年度已结束，请在下一年度重新上报。该年度已关闭，不能再修改提交。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/records/" + waiting.id() + "$"));
        assertThat(page.locator("#inbox-badge")).hasCount(0);

        page.navigate("/records");
        assertThat(page.locator("#closed-year")).containsText("2018 年度已关闭");
        assertThat(page.locator("#records")).containsText("档案馆支部党员大会");
    }
}

package com.xingping.rubrics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import com.xingping.identity.Role;
import com.xingping.support.Browser;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * The committee drafts the 2019 rubric in the browser from the 2018 one: raises the star line, sees a
 * bad edit listed with its field and line, fixes it, reads the diff, runs the case tables, issues it and
 * opens 2019 on it; the 2019 scorecard has the new star line while 2018 keeps its own. A database of its
 * own: the 2019 year it opens would be every other test's current year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "xingping.test.database=rubric-draft-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RubricDraftBrowserIT {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    YearRegistry years;

    Browser browser;
    Account admin;
    Unit unit;
    AssessmentYear year2018;

    @BeforeAll
    void the2018Year() {
        browser = new Browser(port);
        Platform platform = new Platform(context);
        year2018 = platform.year();
        unit = platform.unit("市审计局");
        admin = platform.account(Role.ADMIN);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void aSecondYearIsOpenedOnARubricDraftedInTheBrowser() throws Exception {
        Page page = browser.signIn(admin.username(), Platform.PASSWORD);
        page.navigate("/rubrics");
        assertThat(page.locator("#rubrics")).containsText("shaoxing-2018");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("起草").setExact(true)).click();
        assertThat(page.locator("#rubric-state")).hasText("草稿");

        Locator yaml = page.locator("#yaml");
        String original = yaml.inputValue();
        String next = original.replaceFirst("(?m)^id: shaoxing-2018$", "id: shaoxing-2019").replaceFirst("(?m)^year: 2018$", "year: 2019");
        yaml.fill(next.replace("starThreshold: 0.8 ", "starThreshold: 9 "));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(page.locator(".alert-success")).containsText("细则还有 1 处问题");
        Locator problem = page.locator(".rubric-problem");
        assertThat(problem).hasCount(1);
        assertThat(problem).containsText("第 " + lineOf(next, "starThreshold:") + " 行");
        assertThat(problem).containsText("policy.starThreshold");
        assertThat(problem).containsText("须为大于 0、不超过 1 的比例，而不是 9");

        String fixed = next.replace("starThreshold: 0.8 ", "starThreshold: 0.9 ");
        page.locator("#yaml").fill(fixed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(page.locator("#no-problems")).isVisible();
        Locator threshold = page.locator(".rubric-change", new Page.LocatorOptions().setHasText("starThreshold"));
        assertThat(threshold).containsText("修改");
        assertThat(threshold.locator("td").nth(3)).hasText("0.8");
        assertThat(threshold.locator("td").nth(4)).hasText("0.9");
        assertThat(page.locator(".rubric-change", new Page.LocatorOptions().setHasText("year"))).containsText("2019");
        assertThat(page.locator("#element-study-1a")).containsText("CHECK");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("运行测试表")).click();
        assertThat(page.locator("#tests-summary")).containsText("项未通过");
        assertThat(page.locator("tr.outcome-failed", new Page.LocatorOptions().setHasText("学习星 at exactly 16 is awarded")))
                .containsText("未通过");
        assertThat(page.locator("tr.outcome-passed").first()).containsText("通过");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("印发").setExact(true)).click();
        assertThat(page.locator("#rubric-state")).hasText("已印发第 1 版");
        assertThat(page.locator("#rubric-hash")).hasText(StoredRubricsContract.sha256(fixed));
        assertThat(page.locator("#rubric-form")).hasCount(0);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("按此细则开设年度")).click();
        assertThat(page.locator(".alert-success")).containsText("已开设 2019 年度");
        assertThat(page.locator("#years")).containsText("shaoxing-2019");

        AssessmentYear year2019 = years.byYear(2019).orElseThrow();
        assertThat(years.rubricText(year2019)).isEqualTo(fixed);
        page.navigate("/scorecards/" + unit.id() + "?yearId=" + year2019.id());
        assertThat(page.locator("#star-study .card-header")).containsText("获星线 18");
        page.navigate("/scorecards/" + unit.id() + "?yearId=" + year2018.id());
        assertThat(page.locator("#star-study .card-header")).containsText("获星线 16");
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }
}

package com.xingping.facts;

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
import com.xingping.identity.Role;
import com.xingping.support.Browser;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/** A committee member enters a baseline violation for a unit and sees that star withheld on its live scorecard. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactsBrowserIT {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Browser browser;
    Unit unit;
    Account reviewer;

    @BeforeAll
    void aUnitThatHasEarnedTheDemocracyStar() {
        browser = new Browser(port);
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        unit = platform.unit("市民宗局");
        reviewer = platform.account(Role.REVIEWER);
        for (String check : List.of("democracy-1a", "democracy-1b", "democracy-1d", "democracy-2a", "democracy-2b")) {
            platform.approved(unit, year, check, LocalDate.of(2018, 2, 1), "民主星材料 " + check);
        }
        platform.approved(unit, year, "democracy-1c", LocalDate.of(2018, 3, 1), "先锋指数评价（上半年）");
        platform.approved(unit, year, "democracy-1c", LocalDate.of(2018, 9, 1), "先锋指数评价（下半年）");
        platform.approved(unit, year, "democracy-3b", LocalDate.of(2018, 4, 1), "廉政专题学习");
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void aCommitteeMemberEntersABaselineViolationAndSeesTheStarWithheld() {
        Page page = browser.signIn(reviewer.username(), Platform.PASSWORD);
        page.navigate("/scorecards/" + unit.id());
        assertThat(page.locator("#star-democracy .card-header")).containsText("已获星");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("工委录入").setExact(true)).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("市民宗局")).click();
        assertThat(page.locator("h1")).containsText("市民宗局");
        Locator democracy = page.locator("#baselines-democracy");
        democracy.locator("summary").click();
        democracy.getByLabel("违反的底线标准").selectOption("democracy-B1");
        democracy.getByLabel("扣分", new Locator.GetByLabelOptions().setExact(true)).selectOption("1");
        democracy.getByLabel("日期").fill("2018-08-01");
        democracy.getByLabel("依据文件（文号）").fill("绍市纪委通报〔2018〕5号");
        democracy.getByLabel("发生了什么").fill("违规公款宴请");
        democracy.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();

        assertThat(page.locator(".alert-success")).containsText("已录入：democracy-B1");
        assertThat(page.locator("#baselines-democracy")).containsText("违规公款宴请");
        page.locator("#scorecard-link").click();

        Locator star = page.locator("#star-democracy");
        assertThat(star.locator(".star-baseline")).hasText("违反底线标准，扣 1 分");
        assertThat(star.locator(".star-hint")).hasText("民主星违反底线标准，本年度不授星（再得分也不能获星）");
        assertThat(star.locator(".card-header")).not().containsText("已获星");
        assertThat(star.locator(".star-score")).hasText("12 / 15 分");
        assertThat(star.locator(".star-violations")).containsText("底线标准“无违反中央八项规定实施细则精神的行为”：扣 1 分");
        assertThat(star.locator(".star-violations")).containsText("未获民主星：违反底线标准，不论得分均不授星");
    }
}

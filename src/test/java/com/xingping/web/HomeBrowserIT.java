package com.xingping.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
import com.xingping.identity.Role;
import com.xingping.support.Browser;
import com.xingping.support.Platform;

/** A leader's home page leads to what a leader reads: the dashboard and the year's results. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeBrowserIT {
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
    void aLeaderGoesFromTheHomePageToTheDashboardAndTheResults() {
        Platform platform = new Platform(context);
        platform.year();
        Page page = browser.signIn(platform.account(Role.LEADER).username(), Platform.PASSWORD);

        page.navigate("/");
        Locator results = page.locator("#home-results");
        results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("看板")).click();
        assertThat(page.locator("h1")).containsText("看板");

        page.navigate("/");
        results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("年度结果")).click();
        assertThat(page.locator("h1")).containsText("年度结果");
    }
}

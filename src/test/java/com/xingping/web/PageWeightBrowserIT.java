package com.xingping.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.xingping.support.Browser;
import com.xingping.support.Transfers;

/** Once a browser has the layout's styles and scripts, the next page view fetches only the page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageWeightBrowserIT {
    @LocalServerPort
    int port;
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
    void aSecondPageViewTakesTheStylesAndScriptsFromTheCacheAndFetchesOnlyThePage() {
        Page page = browser.signIn("admin", "Committee-Pass-2026");
        Transfers transfers = Transfers.watch(page);
        transfers.clearCache();

        Transfers.View first = transfers.visit(page, "/units");
        Transfers.View second = transfers.visit(page, "/years");

        assertThat(first.fetched()).contains("/units").anySatisfy(url -> assertThat(url).startsWith("/webjars/bootstrap/5.3.8/"));
        assertThat(second.fetched()).containsExactly("/years");
        assertThat(second.fromCache()).hasSize(6).allSatisfy(url -> assertThat(url).matches("/(webjars|css|js)/.+|/favicon\\.svg"));
        assertThat(second.bytes()).isLessThan(first.bytes() / 5);
    }
}

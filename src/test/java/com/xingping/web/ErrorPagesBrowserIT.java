package com.xingping.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.xingping.support.Browser;
import com.xingping.support.Http;

/**
 * A mistyped address or a bad parameter shows the zh-CN error page in a browser, with the reason,
 * and problem+json naming the parameter to an API client: never raw JSON on a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesBrowserIT {
    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;
    Browser browser;
    Page page;

    @BeforeAll
    void signIn() {
        browser = new Browser(port);
        page = browser.signIn("admin", "Committee-Pass-2026");
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void anUnknownAddressShowsTheChinesePageWithTheMenu() {
        Response response = page.navigate("/no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headerValue("content-type")).startsWith("text/html");
        assertThat(page.locator("h1")).containsText("出错了");
        assertThat(page.locator("main")).containsText("没有这个地址：/no-such-page");
        assertThat(page.locator("nav.navbar")).isVisible();
        assertThat(page.content()).doesNotContain("\"detail\"", "Whitelabel", "Not Found");
    }

    @Test
    void aNonNumericRecordIdSaysWhichParameterIsWrong() {
        Response response = page.navigate("/records/abc");

        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("main")).containsText("参数 id 的值“abc”不是整数");
        assertThat(page.content()).doesNotContain("\"detail\"", "Bad Request");
    }

    @Test
    void theApiAnswersTheSameMistakesWithProblemJson() {
        Http api = new Http("http://localhost:" + port, "admin", "Committee-Pass-2026");

        HttpResponse<String> badId = api.get("/api/v1/records/abc");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(badId.body()).contains("\"field\":\"id\"", "不是整数");

        HttpResponse<String> unknown = api.get("/api/v1/no-such-thing");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(unknown.body()).contains("/api/v1/no-such-thing");
    }

    @Test
    void aRefusedUploadLeavesNoCsrfTokenInTheAddressAndNoReferrerLeavesTheSite() {
        com.xingping.support.Platform platform = new com.xingping.support.Platform(context);
        platform.year();
        Page reporter = browser.signIn(platform.reporter(platform.unit("令牌地址测试局")).username(),
                com.xingping.support.Platform.PASSWORD);
        Response form = reporter.navigate("/records/new");
        reporter.locator("#elementId").selectOption("norms-3a");
        reporter.locator("#title").fill("");
        reporter.locator("#activityDate").fill("2018-05-01");
        reporter.evaluate("() => document.querySelector('#title').removeAttribute('required')");
        reporter.locator("#save-draft").click();
        reporter.locator(".alert-danger").first().waitFor();

        assertThat(reporter.url()).doesNotContain("_csrf");
        assertThat(form.headerValue("referrer-policy")).isEqualTo("same-origin");
        // without the upload script (an import form, a browser that posts the form itself) the address is cleaned too
        reporter.navigate("/records/new?_csrf=abc&x=1");
        assertThat(reporter.url()).endsWith("/records/new?x=1");
        reporter.context().close();
    }
}

package com.xingping.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import com.xingping.support.Browser;
import com.xingping.support.Http;
import com.xingping.support.Platform;

/** A reviewer makes a token on the token page, calls the API with it, and revokes it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokensBrowserIT {
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
    void aTokensCreationTimeIsShownInBeijingTime() {
        Account leader = new Platform(context).account(Role.LEADER);
        HttpResponse<String> created = new Http("http://localhost:" + port, leader.username(), Platform.PASSWORD)
                .post("/api/v1/me/tokens", "{\"name\":\"时区检查\",\"expiresInDays\":30}");
        assertThat(created.statusCode()).isEqualTo(201);
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("\"createdAt\":\"([^\"]+)\"").matcher(created.body());
        org.assertj.core.api.Assertions.assertThat(at.find()).isTrue();
        String beijing = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(java.time.Instant.parse(at.group(1)).atZone(java.time.ZoneId.of("Asia/Shanghai")));

        Page page = browser.signIn(leader.username(), Platform.PASSWORD);
        page.navigate("/account/tokens");
        assertThat(page.locator("#tokens tbody tr", new Page.LocatorOptions().setHasText("时区检查"))).containsText(beijing);
    }

    @Test
    void aReviewerCreatesATokenCopiesItCallsTheApiAndRevokesIt() {
        Account reviewer = new Platform(context).account(Role.REVIEWER);
        Page page = browser.signIn(reviewer.username(), Platform.PASSWORD);
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));

        page.locator("#accountMenu").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("个人访问令牌")).click();
        assertThat(page.locator("h1")).hasText("个人访问令牌");
        assertThat(page.locator("#tokens")).containsText("还没有令牌");
        page.getByLabel("名称").fill("数据同步脚本");
        page.getByLabel("有效期").selectOption("30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建令牌")).click();

        assertThat(page.locator("#issued")).containsText("已创建令牌“数据同步脚本”");
        assertThat(page.locator("#issued")).containsText("只显示这一次");
        String token = page.locator("#new-token").inputValue();
        assertThat(token).matches("xp_[A-Za-z0-9_-]{43}");
        assertThat(page.locator("#issued code"))
                .hasText("curl -H \"Authorization: Bearer " + token + "\" http://localhost:" + port + "/api/v1/me");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("复制")).click();
        assertThat(page.locator("#copy-token")).hasText("已复制");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(token);

        HttpResponse<String> me = api(token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + reviewer.username() + "\"");

        page.navigate("/account/tokens");
        assertThat(page.locator("#issued")).hasCount(0);
        assertThat(page.content()).doesNotContain(token);
        Locator row = page.locator("#tokens tbody tr", new Page.LocatorOptions().setHasText("数据同步脚本"));
        assertThat(row).containsText("有效");
        assertThat(row).not().containsText("从未使用");

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("撤销令牌“数据同步脚本”")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已撤销令牌“数据同步脚本”");
        assertThat(row).containsText("已撤销");
        assertThat(row.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(api(token).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutANameIsRefusedNamingTheField() {
        Account reviewer = new Platform(context).account(Role.REVIEWER);
        Page page = browser.signIn(reviewer.username(), Platform.PASSWORD);
        page.navigate("/account/tokens");
        page.getByLabel("名称").fill("   ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建令牌")).click();

        assertThat(page.locator("#refusal")).containsText("名称：请填写令牌名称");
        assertThat(page.locator("#issued")).hasCount(0);
        assertThat(page.locator("#tokens")).containsText("还没有令牌");
    }

    private HttpResponse<String> api(String token) {
        return new Http("http://localhost:" + port, null, null).withToken(token).get("/api/v1/me");
    }
}

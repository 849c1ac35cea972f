package com.xingping.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.regex.Pattern;

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
import com.xingping.support.Browser;
import com.xingping.support.Platform;

/** In a browser: enrolling TOTP and signing in with it; the lock's message after five wrong passwords. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondFactorBrowserIT {
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
    void aReviewerEnrolsTotpAndSignsInWithIt() {
        Account reviewer = new Platform(context).account(Role.REVIEWER);
        Page page = browser.signIn(reviewer.username(), Platform.PASSWORD);
        page.navigate("/account/totp");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始绑定")).click();
        String secret = page.locator("#totp-secret").textContent().replace(" ", "");
        assertThat(page.locator("#totp-uri")).containsText("otpauth://totp/");
        page.getByLabel("应用显示的 6 位动态口令").fill(Totp.code(secret, Totp.step(Instant.now())));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证并启用")).click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);

        Page again = browser.anonymous();
        again.navigate("/login");
        again.getByLabel("用户名").fill(reviewer.username());
        again.getByLabel("密码").fill(Platform.PASSWORD);
        again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        assertThat(again).hasURL(Pattern.compile(".*/login/totp$"));
        again.getByLabel("动态口令").fill(Totp.code(secret, Totp.step(Instant.now()) + 1));
        again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证")).click();
        assertThat(again).hasURL(Pattern.compile(".*/$"));
        assertThat(again.locator("nav")).containsText(reviewer.displayName());
    }

    @Test
    void fiveWrongPasswordsShowTheLockMessage() {
        Account leader = new Platform(context).account(Role.LEADER);
        Page page = browser.anonymous();
        for (int i = 0; i < 5; i++) {
            page.navigate("/login");
            page.getByLabel("用户名").fill(leader.username());
            page.getByLabel("密码").fill("Wrong-pass-" + i);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        }
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("账号因连续多次密码错误已锁定，请 15 分钟后再试");
    }
}

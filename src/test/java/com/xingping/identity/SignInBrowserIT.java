package com.xingping.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.xingping.support.Browser;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserIT {
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
    void theFirstAdminSignsInAndSeesTheCommitteesPages() {
        Page page = browser.signIn("admin", "Committee-Pass-2026");

        assertThat(page.locator("nav")).containsText("系统管理员（委员会管理员）");
        assertThat(page.locator("nav")).containsText("账号");
        page.navigate("/units");
        assertThat(page.locator("h1")).hasText("单位");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        Page page = browser.anonymous();
        page.navigate("/login");
        page.getByLabel("用户名").fill("admin");
        page.getByLabel("密码").fill("wrong-password");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).containsText("用户名或密码不正确");
    }

    @Test
    void pagesAskForSignInFirst() {
        Page page = browser.anonymous();
        page.navigate("/units");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }
}

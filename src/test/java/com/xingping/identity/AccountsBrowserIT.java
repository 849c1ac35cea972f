package com.xingping.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

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
import com.xingping.unit.Unit;

/** The admin finds accounts by name a page at a time and binds a new reporter to a unit by typing it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsBrowserIT {
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
    void anAdminCreatesAReporterForAUnitTypedByNameAndFindsTheAccount() {
        Platform platform = new Platform(context);
        Unit unit = platform.unit("市审计局" + UUID.randomUUID().toString().substring(0, 6));
        String username = "sj" + UUID.randomUUID().toString().substring(0, 6);
        Page page = browser.signIn("admin", "Committee-Pass-2026");
        page.navigate("/accounts");

        page.getByLabel("用户名", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("姓名", new Page.GetByLabelOptions().setExact(true)).fill("审计局填报员");
        page.getByLabel("角色").selectOption("REPORTER");
        page.getByLabel("单位（填报员必选）").fill("没有这个单位");
        page.getByLabel("初始密码").fill("first-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建")).click();

        assertThat(page.locator("#refusal")).containsText("单位：没有编码或名称为“没有这个单位”的单位");
        assertThat(page.getByLabel("用户名", new Page.GetByLabelOptions().setExact(true))).hasValue(username);
        assertThat(page.getByLabel("单位（填报员必选）")).hasValue("没有这个单位");

        page.getByLabel("单位（填报员必选）").fill(unit.name());
        assertThat(page.locator("#unit-choices option")).hasCount(1);
        assertThat(page.locator("#unit-choices option")).hasAttribute("value", unit.code());
        page.getByLabel("初始密码").fill("first-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建")).click();

        assertThat(page.locator("main")).containsText("已创建账号 " + username);
        page.getByLabel("按用户名或姓名查找").fill(username);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找")).click();
        assertThat(page.locator("#accounts-count")).hasText("共 1 个账号");
        assertThat(page.locator("#accounts tbody tr")).hasCount(1);
        assertThat(page.locator("#accounts tbody tr")).containsText(unit.name());
    }
}

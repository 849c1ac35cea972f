package com.xingping.unit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.xingping.support.Browser;

/** The committee admin keeps the list of units in the browser, unticked boxes included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitsBrowserIT {
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
    void createsAUnitWithTheBoxesUntickedThenTicksOneWhenEditing() {
        String code = "B" + UUID.randomUUID().toString().substring(0, 6);
        Page page = browser.signIn("admin", "Committee-Pass-2026");
        page.navigate("/units/new");
        page.getByLabel("编码").fill(code);
        page.getByLabel("名称").fill("市统计局");
        page.getByLabel("参加目标责任制考核").uncheck();
        page.getByLabel("工委机关党组织").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/units$"));
        assertThat(page.locator("main")).containsText("已创建单位 市统计局");
        page.locator("tr", new Page.LocatorOptions().setHasText(code)).getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("编辑")).click();
        assertThat(page.getByLabel("参加目标责任制考核")).not().isChecked();
        page.getByLabel("工委机关党组织").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

        assertThat(page.locator("main")).containsText("已保存 市统计局");
        page.locator("tr", new Page.LocatorOptions().setHasText(code)).getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("编辑")).click();
        assertThat(page.getByLabel("工委机关党组织")).isChecked();
        assertThat(page.getByLabel("参加目标责任制考核")).not().isChecked();
    }
}

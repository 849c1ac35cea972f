package com.xingping.support;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A headless Debian chromium driven by Playwright, one per test class. {@link #signIn} opens a
 * fresh browser context (its own cookies) signed in as the given user.
 */
public final class Browser implements AutoCloseable {
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String baseUrl;

    public Browser(int port) {
        this("http://localhost:" + port);
    }

    public Browser(String baseUrl) {
        this.playwright = Playwright.create();
        this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("xingping.chromium", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(FLAGS));
        this.baseUrl = baseUrl;
    }

    /** A new page in a new context, not signed in. */
    public Page anonymous() {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl).setLocale("zh-CN").setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /** A phone-sized page, as unit reporters use it. */
    public Page phone() {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl).setLocale("zh-CN").setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /** A phone-sized page with JavaScript switched off: what every form must still do without it. */
    public Page phoneWithoutScripts() {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl).setLocale("zh-CN").setViewportSize(390, 844).setIsMobile(true)
                .setJavaScriptEnabled(false));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    public Page signIn(String username, String password) {
        return signIn(anonymous(), username, password);
    }

    public static Page signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}

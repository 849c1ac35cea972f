package com.xingping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.support.Axe;
import com.xingping.support.Browser;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * Every page a role can reach by following links from its home page, checked with axe-core (WCAG 2 A/AA
 * and best practices): no serious or critical violation. Pages that differ only by an id or a query
 * are visited once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIT {
    private static final int MAX_PAGES = 45;
    private static final Pattern SKIPPED = Pattern.compile(
            "^/(logout|api/|webjars/|css/|js/|evidence/|swagger|v3/)|\\.(xlsx|csv|json|ods|pdf|docx)$|/export|/template");
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    Browser browser;
    final Map<Role, Account> accounts = new LinkedHashMap<>();

    @BeforeAll
    void startBrowserWithAYearOfRecords() {
        browser = new Browser(port);
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        Unit unit = platform.unit("无障碍检查局");
        ActivityRecord approved = platform.approved(unit, year, "norms-3a", LocalDate.of(2018, 3, 5), "三会一课（无障碍检查）");
        platform.submitted(unit, year, "study-1b", LocalDate.of(2018, 4, 9), "主题教育（无障碍检查）");
        platform.falsify(platform.approved(unit, year, "study-1a", LocalDate.of(2018, 2, 1), "主题教育方案（无障碍检查）"));
        assertThat(approved.id()).isNotNull();
        for (Role role : Role.values()) {
            accounts.put(role, role == Role.REPORTER ? platform.reporter(unit) : platform.account(role));
        }
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyPageOfTheRoleHasNoSeriousAccessibilityViolation(Role role) {
        Page page = browser.signIn(accounts.get(role).username(), Platform.PASSWORD);
        List<String> problems = new ArrayList<>();
        Map<String, String> visited = new LinkedHashMap<>();
        Deque<String> next = new ArrayDeque<>(List.of("/"));
        while (!next.isEmpty() && visited.size() < MAX_PAGES) {
            String path = next.poll();
            String shape = shape(path);
            if (visited.containsKey(shape)) {
                continue;
            }
            visited.put(shape, path);
            Response response = page.navigate(path);
            if (response == null || response.status() >= 400) {
                problems.add(path + ": HTTP " + (response == null ? "no response" : response.status()));
                continue;
            }
            Axe.seriousViolations(page).forEach(v -> problems.add(path + ": " + v));
            for (Object href : (List<?>) page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.href)")) {
                URI uri = URI.create(String.valueOf(href));
                if (("localhost".equals(uri.getHost()) && uri.getPort() == port) && !SKIPPED.matcher(uri.getPath()).find()) {
                    next.add(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
                }
            }
        }
        page.context().close();

        assertThat(visited).as("pages visited as %s", role).hasSizeGreaterThan(3);
        assertThat(problems).as("serious accessibility violations as %s on %s", role, visited.values()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theFirstTabOfEveryPageOffersToSkipTheNavigation() {
        Page page = browser.signIn(accounts.get(Role.REVIEWER).username(), Platform.PASSWORD);
        page.navigate("/review");

        page.keyboard().press("Tab");
        assertThat((String) page.evaluate("() => document.activeElement.textContent")).isEqualTo("跳到正文");
        page.keyboard().press("Enter");
        assertThat((String) page.evaluate("() => document.activeElement.id")).isEqualTo("content-start");
        page.context().close();
    }

    /** A path with its numbers as {n} and its query's parameter names only: pages of one kind are checked once. */
    private static String shape(String path) {
        String[] parts = path.split("\\?", 2);
        String shape = parts[0].replaceAll("/\\d+", "/{n}");
        if (parts.length == 2) {
            shape += "?" + String.join("&", java.util.Arrays.stream(parts[1].split("&")).map(p -> p.split("=")[0])
                    .sorted().distinct().toList());
        }
        return shape;
    }
}

package com.xingping.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.xingping.support.Browser;

/**
 * Every role's pages on a running platform, again and again for a while, as people would click
 * through them: each view's status, time and HTML size, script errors, and anything a person should
 * never see (a stack trace, raw JSON, an English error page). The first round also takes a
 * screenshot of each page at desk and at phone size.
 *
 * <pre>java -cp … com.xingping.bench.ClickThrough http://localhost:8080 PASSWORD MINUTES SHOTS_DIR</pre>
 *
 * Accounts: {@code admin}, {@code g0001} (a reporter, as {@code generate} makes them) and
 * {@code reviewer1} / {@code leader1} / {@code security1} / {@code auditor1}, which bench/click-through.sh creates first.
 */
public final class ClickThrough {
    private static final Pattern NEVER = Pattern.compile("Whitelabel|Exception|\\{\"(type|detail|status)\"|Internal Server Error");
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();
    private static final List<String> SCRIPT_ERRORS = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        PAGES.put("admin", List.of("/", "/units", "/units?q=G001", "/units/new", "/accounts", "/accounts?q=g00", "/years",
                "/facts", "/facts?q=G0002", "/facts/units/{unit}", "/facts/imports", "/facts/conduct", "/roster",
                "/units/{unit}/roster", "/review", "/review?unit=G0001", "/review?state=ALL&sort=RECENT", "/scorecards",
                "/scorecards/{unit}", "/results", "/results/draft?page=2", "/results/draft/units/{unit}", "/dashboard",
                "/simulator", "/reform", "/rubrics", "/integrity", "/integrity?kind=SIMILAR_PHOTO", "/account/tokens", "/account/password",
                "/account/sign-ins", "/inbox"));
        PAGES.put("reviewer1", List.of("/", "/review", "/review?unit=G0002", "/scorecards", "/scorecards/{unit}", "/facts",
                "/results", "/dashboard", "/roster?q=G00", "/integrity?kind=SAME_FILE", "/reform", "/inbox"));
        PAGES.put("leader1", List.of("/", "/dashboard", "/results", "/results/draft/units/{unit}", "/reform", "/scorecards",
                "/scorecards/{unit}", "/units"));
        PAGES.put("security1", List.of("/", "/security", "/security?q=g00", "/security?q=g00&page=2", "/security/audit-trail",
                "/account/sign-ins", "/inbox"));
        PAGES.put("auditor1", List.of("/", "/audit", "/audit?action=record.", "/audit?outcome=denied", "/audit?page=3",
                "/account/sign-ins", "/inbox"));
        PAGES.put("g0001", List.of("/", "/records", "/records?page=2", "/records/new", "/scorecard", "/roster",
                "/results/mine", "/account/tokens", "/account/sign-ins", "/inbox"));
    }

    private ClickThrough() {
    }

    record View(String who, String path, int status, long millis, int bytes, List<String> problems) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        Duration length = Duration.ofMinutes(Long.parseLong(args[2]));
        Path shots = Path.of(args[3]);
        Files.createDirectories(shots);
        List<View> views = new ArrayList<>();
        Instant end = Instant.now().plus(length);
        int round = 0;
        try (Browser browser = new Browser(base)) {
            do {
                round++;
                for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
                    Page desk = browser.signIn(role.getKey(), password);
                    desk.onPageError(error -> SCRIPT_ERRORS.add(error));
                    Page phone = round == 1 ? Browser.signIn(browser.phone(), role.getKey(), password) : null;
                    String unit = role.getValue().stream().anyMatch(path -> path.contains("{unit}")) ? firstUnit(desk) : "";
                    for (String pattern : role.getValue()) {
                        String path = pattern.replace("{unit}", unit);
                        views.add(view(desk, role.getKey(), path));
                        if (phone != null) {
                            desk.screenshot(new Page.ScreenshotOptions().setFullPage(false)
                                    .setPath(shots.resolve(name(role.getKey(), path, "desk"))));
                            phone.navigate(path);
                            phone.screenshot(new Page.ScreenshotOptions().setFullPage(false)
                                    .setPath(shots.resolve(name(role.getKey(), path, "phone"))));
                        }
                    }
                    desk.context().close();
                    if (phone != null) {
                        phone.context().close();
                    }
                }
                System.out.printf("round %d done at %s: %d views, %d with problems%n", round, Instant.now(), views.size(),
                        views.stream().filter(v -> !v.problems().isEmpty()).count());
            } while (Instant.now().isBefore(end));
        }
        report(views, round);
    }

    /**
     * The unit the committee's unit pages open: G0001, as its scorecard link on the units page names it
     * (a reporter never opens those pages). Not through the API: it answers a page session with an
     * HTTP Basic challenge, which would stop a headless browser at a sign-in dialog.
     */
    private static String firstUnit(Page page) {
        page.navigate("/units?q=G0001");
        java.util.regex.Matcher id = Pattern.compile("/scorecards/(\\d+)").matcher(page.content());
        return id.find() ? id.group(1) : "1";
    }

    private static View view(Page page, String who, String path) {
        List<String> problems = new ArrayList<>();
        SCRIPT_ERRORS.clear();
        long start = System.nanoTime();
        Response response;
        try {
            response = page.navigate(path);
        } catch (com.microsoft.playwright.TimeoutError slow) {
            // a person would wait and try again: counted as a problem, and the session goes on
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new View(who, path, 0, millis, 0, List.of("no page within " + millis + " ms"));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String html = page.content();
        int status = response == null ? 0 : response.status();
        if (status >= 500 || status == 0) {
            problems.add("status " + status);
        }
        SCRIPT_ERRORS.forEach(error -> problems.add("script error: " + error));
        if (NEVER.matcher(html).find()) {
            problems.add("shows what a person should never see");
        }
        return new View(who, path, status, millis, html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, problems);
    }

    private static String name(String who, String path, String size) {
        return who + "_" + path.replaceAll("[^A-Za-z0-9]+", "_") + "_" + size + ".png";
    }

    private static void report(List<View> views, int rounds) {
        System.out.println();
        System.out.printf("%d rounds, %d page views%n", rounds, views.size());
        System.out.println("| role | page | status | median ms | max ms | HTML KiB |");
        System.out.println("|---|---|---|---:|---:|---:|");
        Map<String, List<View>> byPage = new LinkedHashMap<>();
        views.forEach(v -> byPage.computeIfAbsent(v.who() + " " + v.path(), k -> new ArrayList<>()).add(v));
        byPage.forEach((key, list) -> {
            long[] times = list.stream().mapToLong(View::millis).sorted().toArray();
            View last = list.get(list.size() - 1);
            System.out.printf("| %s | %s | %d | %d | %d | %.1f |%n", last.who(), last.path(), last.status(),
                    times[times.length / 2], times[times.length - 1], last.bytes() / 1024.0);
        });
        views.stream().filter(v -> !v.problems().isEmpty()).distinct()
                .forEach(v -> System.out.println("PROBLEM " + v.who() + " " + v.path() + ": " + v.problems()));
    }
}

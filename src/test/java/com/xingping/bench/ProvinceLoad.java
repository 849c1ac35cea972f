package com.xingping.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated province (the {@code generate} command) as its users meet it on a running server, in
 * one run beside {@code /readyz} (readiness): the reporter's scorecard page and API, the review queue's
 * first page, the dashboard and the results draft (median, p99, ratio to health); approve → the
 * unit's fresh scorecard; 50 reporters on their scorecards at once; the administrator's full rebuild
 * of the standings against a plain JDBC scan of the rows it reads; publishing. API calls carry Bearer
 * tokens. Prints Markdown-friendly lines for docs/benchmarks.md. Run by bench/province.sh.
 *
 * <pre>java -cp … com.xingping.bench.ProvinceLoad BASE PASSWORD JDBC_URL [calls] [--no-publish]</pre>
 */
public final class ProvinceLoad {
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"(xp_[^\"]+)\"");
    private static final long BUDGET_NANOS = 45_000_000_000L;
    private final String base;
    private final String password;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    private ProvinceLoad(String base, String password) {
        this.base = base;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        ProvinceLoad load = new ProvinceLoad(args[0], args[1]);
        int calls = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        boolean publish = !Arrays.asList(args).contains("--no-publish");
        load.run(args[2], calls, publish);
    }

    private void run(String jdbcUrl, int calls, boolean publish) throws Exception {
        String admin = token("admin");
        List<String> reporters = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            reporters.add(String.format("g%04d", i));
            token(reporters.get(i - 1));
        }
        Map<String, Long> unitOf = new LinkedHashMap<>();
        for (String reporter : reporters) {
            unitOf.put(reporter, Long.valueOf(field(get("/api/v1/me", tokens.get(reporter)).body(), "unitId")));
        }
        HttpClient reporterPages = SignedIn.as(base, "g0001", password);
        HttpClient adminPages = SignedIn.as(base, "admin", password);
        AtomicInteger turn = new AtomicInteger();
        Supplier<String> scorecardApi = () -> {
            String reporter = reporters.get(turn.getAndIncrement() % reporters.size());
            return "/api/v1/units/" + unitOf.get(reporter) + "/scorecard|" + reporter;
        };

        Map<String, Timing> timings = new LinkedHashMap<>();
        timings.put("GET /readyz", new Timing(() -> plain("/readyz")));
        timings.put("GET /api/v1/me (token)", new Timing(() -> get("/api/v1/me", tokens.get("g0001")).statusCode()));
        timings.put("reporter scorecard API", new Timing(() -> {
            String[] target = scorecardApi.get().split("\\|");
            return get(target[0], tokens.get(target[1])).statusCode();
        }));
        timings.put("reporter scorecard page /scorecard", new Timing(() -> page(reporterPages, "/scorecard")));
        timings.put("review queue API, first page", new Timing(() -> get("/api/v1/review/queue", admin).statusCode()));
        timings.put("review queue page /review", new Timing(() -> page(adminPages, "/review")));
        timings.put("dashboard /dashboard", new Timing(() -> page(adminPages, "/dashboard")));
        timings.put("results draft /results/draft", new Timing(() -> page(adminPages, "/results/draft")));

        // warm up every path (the JIT, the scored year's cache), then rounds in turn so all see the same load
        for (int i = 0; i < 20; i++) {
            for (Timing timing : timings.values()) {
                if (i < 3 || timing.cheap()) {
                    timing.once();
                }
            }
        }
        timings.values().forEach(Timing::reset);
        for (int round = 0; round < calls; round++) {
            for (Timing timing : timings.values()) {
                if (timing.cheap()) {
                    timing.once();
                }
            }
        }
        long health = timings.get("GET /readyz").median();
        System.out.println("| what | calls | median ms | p99 ms | × health |");
        System.out.println("|---|---:|---:|---:|---:|");
        timings.forEach((name, timing) -> System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", name, timing.count,
                timing.median() / 1e6, timing.p99() / 1e6, (double) timing.median() / health));

        approveThenScorecard(admin, reporters, unitOf);
        concurrentReporters(reporters, unitOf);
        rebuildAgainstScan(adminPages, jdbcUrl);
        if (publish) {
            long t0 = System.nanoTime();
            HttpResponse<String> published = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/results/publish"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"note\": \"benchmark\"}")));
            System.out.printf("publish (POST /api/v1/results/publish): %d in %.1f s%n", published.statusCode(),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** A unit's submitted record approved by the administrator, then the unit's reporter opens the scorecard. */
    private void approveThenScorecard(String admin, List<String> reporters, Map<String, Long> unitOf) throws Exception {
        List<Long> approve = new ArrayList<>();
        List<Long> card = new ArrayList<>();
        for (String reporter : reporters.subList(0, 20)) {
            Long unit = unitOf.get(reporter);
            String queue = get("/api/v1/review/queue?unitId=" + unit + "&size=1", admin).body();
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(queue);
            Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(queue);
            if (!id.find() || !version.find()) {
                continue;
            }
            long t0 = System.nanoTime();
            HttpResponse<String> approved = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/records/" + id.group(1)
                    + "/approve")).header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"version\": " + version.group(1) + "}")));
            long t1 = System.nanoTime();
            HttpResponse<String> scorecard = get("/api/v1/units/" + unit + "/scorecard", tokens.get(reporter));
            long t2 = System.nanoTime();
            if (approved.statusCode() != 200 || scorecard.statusCode() != 200) {
                throw new IllegalStateException("approve " + approved.statusCode() + ", scorecard " + scorecard.statusCode()
                        + ": " + approved.body());
            }
            approve.add(t1 - t0);
            card.add(t2 - t1);
        }
        System.out.printf("approve → fresh scorecard, %d times: approve median %.1f ms, the unit's next scorecard median %.1f ms"
                        + " (p99 %.1f ms), together median %.1f ms%n", approve.size(), median(approve) / 1e6, median(card) / 1e6,
                p99(card) / 1e6, (median(approve) + median(card)) / 1e6);
    }

    /** 50 reporters, each on its own connection, asking for their scorecards for 30 seconds. */
    private void concurrentReporters(List<String> reporters, Map<String, Long> unitOf) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(reporters.size());
        long until = System.nanoTime() + 30_000_000_000L;
        List<Future<List<Long>>> results = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        for (String reporter : reporters) {
            results.add(pool.submit(() -> {
                HttpClient own = HttpClient.newHttpClient();
                List<Long> nanos = new ArrayList<>();
                while (System.nanoTime() < until) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> answer = own.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/units/"
                                        + unitOf.get(reporter) + "/scorecard")).header("Authorization", "Bearer " + tokens.get(reporter)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    nanos.add(System.nanoTime() - t0);
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        System.out.printf("50 concurrent reporters on their scorecards for 30 s: %d calls (%.0f/s), %d errors, median %.1f ms,"
                + " p99 %.1f ms%n", all.size(), all.size() / 30.0, errors.get(), median(all) / 1e6, p99(all) / 1e6);
    }

    /** The administrator's button (the whole year's standings rebuilt from its rows) against reading those rows by JDBC. */
    private void rebuildAgainstScan(HttpClient adminPages, String jdbcUrl) throws Exception {
        String results = adminPages.send(HttpRequest.newBuilder(URI.create(base + "/results")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(results);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on /results");
        }
        List<Long> rebuilds = new ArrayList<>();
        List<Long> scans = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            HttpResponse<Void> rebuilt = adminPages.send(HttpRequest.newBuilder(URI.create(base + "/results/rescore"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.discarding());
            rebuilds.add(System.nanoTime() - t0);
            if (rebuilt.statusCode() != 302) {
                throw new IllegalStateException("POST /results/rescore answered " + rebuilt.statusCode());
            }
            scans.add(scan(jdbcUrl));
        }
        System.out.printf("full rebuild of the standings (POST /results/rescore) median %.2f s; plain JDBC scan of the rows it"
                + " reads median %.2f s; ratio %.1f%n", median(rebuilds) / 1e9, median(scans) / 1e9,
                (double) median(rebuilds) / median(scans));
    }

    /** The rows a rebuild reads (the year's approved records, roster, committee facts and the units), every column into Java. */
    private static long scan(String jdbcUrl) throws Exception {
        long t0 = System.nanoTime();
        long cells = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.setFetchSize(10_000);
            for (String query : List.of("select * from activity_record where year_id = 1 and state = 'APPROVED'",
                    "select * from member where year_id = 1", "select * from committee_fact where year_id = 1 order by id",
                    "select * from unit order by code")) {
                try (ResultSet rows = sql.executeQuery(query)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            if (rows.getObject(c) != null) {
                                cells++;
                            }
                        }
                    }
                }
            }
            db.commit();
        }
        if (cells == 0) {
            throw new IllegalStateException("nothing scanned");
        }
        return System.nanoTime() - t0;
    }

    private String token(String user) throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\", \"expiresInDays\": 1}")));
        Matcher token = TOKEN.matcher(created.body());
        if (created.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("no token for " + user + ": " + created.statusCode() + " " + created.body());
        }
        tokens.put(user, token.group(1));
        return token.group(1);
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer));
    }

    private int plain(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path))).statusCode();
    }

    private int page(HttpClient session, String path) throws Exception {
        HttpResponse<String> page = session.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return page.statusCode();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value.group(1);
    }

    private static long median(List<Long> nanos) {
        return nanos.stream().sorted().toList().get(nanos.size() / 2);
    }

    private static long p99(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
    }

    @FunctionalInterface
    private interface Call {
        int status() throws Exception;
    }

    /** One kind of call: its latencies, and whether it is cheap enough to run every round. */
    private static final class Timing {
        private final Call call;
        private final List<Long> nanos = new ArrayList<>();
        private int count;
        private long spent;

        Timing(Call call) {
            this.call = call;
        }

        void once() {
            long t0 = System.nanoTime();
            int status;
            try {
                status = call.status();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            long took = System.nanoTime() - t0;
            if (status != 200) {
                throw new IllegalStateException("answered " + status);
            }
            nanos.add(took);
            count++;
            spent += took;
        }

        /** A call that takes more than 45 s in all stops being repeated. */
        boolean cheap() {
            return spent < BUDGET_NANOS;
        }

        void reset() {
            nanos.clear();
            count = 0;
            spent = 0;
        }

        long median() {
            return ProvinceLoad.median(nanos);
        }

        long p99() {
            return ProvinceLoad.p99(nanos);
        }
    }
}

package com.xingping.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.xingping.kernel.Refusal;
import com.xingping.scoring.cli.ScoreCommand;
import com.xingping.scorecard.StandingsRebuild;
import com.xingping.support.Http;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small generated province (5 units × 20 records) against a real database, as its users meet it:
 * every account signs in with the one password, records in every state with their evidence in the
 * store, stored standings that a full rebuild leaves unchanged, and a second run refused having
 * written nothing. Run on H2 and on PostgreSQL by the subclasses (each a context, so a database, of its own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "xingping.test.generated=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GenerateContract {
    static final String PASSWORD = "province-pass-2018";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final List<String> TABLES = List.of("unit", "app_user", "assessment_year", "activity_record", "evidence",
            "member", "committee_fact", "audit_event", "unit_standing", "standing_generation");

    @Autowired
    Province province;
    @Autowired
    StandingsRebuild standings;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    Province.Summary generated;

    @BeforeAll
    void generate() {
        generated = province.generate(new Province.Plan(5, 20, 7, PASSWORD), line -> { });
    }

    @Test
    void everyAccountSignsInWithTheOnePassword() {
        Http http = new Http("http://localhost:" + port, "g0001", PASSWORD);
        for (String user : List.of("g0001", "g0003", "g0005", "admin")) {
            HttpResponse<String> me = http.as(user, PASSWORD).get("/api/v1/me");
            assertThat(me.statusCode()).as(user).isEqualTo(200);
            assertThat(me.body()).contains("\"username\":\"" + user + "\"");
        }
        assertThat(http.as("g0001", "wrong-password-1").get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForList("select distinct password_hash from app_user", String.class)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from app_user where role = 'REPORTER'", Long.class)).isEqualTo(5);
    }

    @Test
    void recordsInEveryStateAcrossTheUnitsWithTheirAuditEntries() {
        Map<String, Long> states = new LinkedHashMap<>();
        jdbc.query("select state, count(*) from activity_record group by state order by state",
                row -> { states.put(row.getString(1), row.getLong(2)); });
        assertThat(states).containsOnlyKeys("APPROVED", "DRAFT", "REJECTED", "RETURNED", "SUBMITTED");
        assertThat(states.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
        assertThat(jdbc.queryForObject("select count(*) from activity_record where falsified and state = 'APPROVED'",
                Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(distinct unit_id) from activity_record", Long.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(distinct element_id) from activity_record", Long.class)).isGreaterThan(10);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'record'", Long.class))
                .isEqualTo(100);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'record.falsified'", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from activity_record where falsified", Long.class));
        assertThat(jdbc.queryForObject("select count(*) from member", Long.class)).isEqualTo(generated.members()).isGreaterThan(5 * 7);
        assertThat(jdbc.queryForObject("select count(distinct unit_id) from committee_fact", Long.class)).isEqualTo(5);
    }

    @Test
    void evidenceIsInTheStoreAndDownloadsAsFiled() throws Exception {
        List<Map<String, Object>> files = jdbc.queryForList("select e.id, e.sha256, e.content_type, u.code from evidence e"
                + " join activity_record r on r.id = e.record_id join unit u on u.id = r.unit_id order by e.id");
        assertThat(files).hasSize((int) generated.evidence()).isNotEmpty();
        for (Map<String, Object> file : files) {
            String reporter = ((String) file.get("code")).toLowerCase();
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/evidence/" + file.get("id")))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((reporter + ":" + PASSWORD)
                            .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).as("evidence %s", file.get("id")).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(file.get("content_type")).isEqualTo("image/png");
            assertThat(sha256(download.body())).isEqualTo(file.get("sha256"));
        }
    }

    @Test
    void storedStandingsAndScorecardsEqualAFullRecompute() {
        List<Map<String, Object>> stored = standingRows();
        assertThat(stored).hasSize(5);
        long unitId = jdbc.queryForObject("select id from unit where code = 'G0002'", Long.class);
        Http reporter = new Http("http://localhost:" + port, "g0002", PASSWORD);
        HttpResponse<String> card = reporter.get("/api/v1/units/" + unitId + "/scorecard");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("\"total\"");

        standings.rescore(2018);

        assertThat(standingRows()).isEqualTo(stored);
        assertThat(reporter.get("/api/v1/units/" + unitId + "/scorecard").body()).isEqualTo(card.body());
    }

    @Test
    void aDatabaseThatHoldsUnitsIsRefusedAndNothingWritten() {
        Map<String, Long> before = counts();

        assertThatThrownBy(() -> province.generate(new Province.Plan(2, 3, 1, PASSWORD), line -> { }))
                .isInstanceOf(Refusal.class).hasMessageContaining("already holds 5 units");

        assertThat(counts()).isEqualTo(before);
    }

    /**
     * issue 7's "done when": the draft the platform shows, the `score` command and the scoring API run on the
     * draft's input document, and the version published from it give the same output document, unit for unit,
     * explanations included.
     */
    @Test
    void theDraftTheCommandTheApiAndThePublishedVersionAgree() throws Exception {
        Http admin = new Http("http://localhost:" + port, "admin", PASSWORD);
        String input = admin.get("/api/v1/results/draft/input").body();
        String draft = admin.get("/api/v1/results/draft").body();
        assertThat(input).contains("\"units\"");
        ByteArrayOutputStream command = new ByteArrayOutputStream();
        int exit = ScoreCommand.run(new String[] {"--explain", "-"}, new ByteArrayInputStream(input.getBytes(
                StandardCharsets.UTF_8)), new PrintStream(command, true, StandardCharsets.UTF_8), System.err);
        HttpResponse<String> api = admin.post("/api/v1/scoring/evaluate?explain=true", input);
        HttpResponse<String> published = admin.post("/api/v1/results/publish", "{}");

        assertThat(exit).isZero();
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(published.statusCode()).isEqualTo(201);
        String version = String.valueOf(JSON.readTree(published.body()).get("version").asInt());
        JsonNode expected = JSON.readTree(draft);
        assertThat(expected.get("units")).hasSize(5);
        assertThat(JSON.readTree(command.toString(StandardCharsets.UTF_8))).as("score --explain").isEqualTo(expected);
        assertThat(JSON.readTree(api.body())).as("POST /api/v1/scoring/evaluate").isEqualTo(expected);
        assertThat(JSON.readTree(admin.get("/api/v1/results/" + version).body())).as("published").isEqualTo(expected);
        assertThat(JSON.readTree(admin.get("/api/v1/results/" + version + "/input").body())).isEqualTo(JSON.readTree(input));
    }

    private List<Map<String, Object>> standingRows() {
        return jdbc.queryForList("select unit_id, facts, facts_hash from unit_standing order by unit_id");
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        counts.put("admin version", jdbc.queryForObject("select version from app_user where username = 'admin'", Long.class));
        return counts;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

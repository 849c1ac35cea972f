package com.xingping.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scorecard.LiveFacts;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.StarResult;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.YearResult;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reform scenarios through the API and the page: simulated over the year's facts, saved, listed, compared
 * with the year's rubric and with each other, refused with each field named. Run on H2 and on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ReformContract {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String yearText = RubricLoader.bundledText("shaoxing-2018");
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LiveFacts live;

    Platform platform;
    AssessmentYear year;
    Unit bare;
    Unit busy;
    Account reviewer;
    Account leader;

    @BeforeEach
    void twoUnits() {
        platform = new Platform(context);
        year = platform.year();
        String tag = Long.toString(System.nanoTime() % 100000);
        bare = platform.unit("推演甲" + tag);
        busy = platform.unit("推演乙" + tag);
        // 规范星: norms-1b 1 + norms-1e 1 + norms-2d 2 = 4 of 25 (16 %)
        platform.approved(busy, year, "norms-1b", LocalDate.of(2018, 3, 1), "个性清单");
        platform.approved(busy, year, "norms-1e", LocalDate.of(2018, 3, 2), "年度计划");
        platform.approved(busy, year, "norms-2d", LocalDate.of(2018, 3, 3), "先锋支部");
        reviewer = platform.account(Role.REVIEWER);
        leader = platform.account(Role.LEADER);
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void aLowerThresholdMovesExactlyTheUnitsTheEngineSaysAndScenariosSaveAndCompare() throws Exception {
        // FULL_MINUS: study-3a 2 of 20 (10 %) and democracy-3a 3 of 15 (20 %) are held by every unit without records
        MvcTestResult simulated = post("/api/v1/years/{y}/reform/simulate", "{\"changes\": {\"starThreshold\": 0.1}}", reviewer);
        assertThat(simulated).hasStatusOk();
        JsonNode comparison = JSON.readTree(simulated.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("comparison");

        ScoringInput input = live.scored(year).input();
        Rubric lower = RubricLoader.parse(yearText.replace("starThreshold: 0.8", "starThreshold: 0.1"), "lower");
        YearResult before = new ScoringEngine(RubricLoader.bundled("shaoxing-2018")).score(input);
        YearResult after = new ScoringEngine(lower).score(input);
        Set<String> expected = before.units().stream()
                .filter(u -> !awarded(u).equals(awarded(after.unit(u.id()).orElseThrow()))).map(UnitResult::id)
                .collect(Collectors.toSet());
        Set<String> reported = new HashSet<>();
        comparison.get("changed").forEach(u -> {
            if (!u.get("before").get("stars").equals(u.get("after").get("stars"))) {
                reported.add(u.get("id").asString());
            }
        });
        assertThat(reported).isEqualTo(expected).contains(id(bare), id(busy));
        assertThat(change(comparison, bare).get("after").get("stars").toString()).isEqualTo("[\"study\",\"democracy\"]");
        assertThat(count(comparison, "study").get("after").asInt() - count(comparison, "study").get("before").asInt())
                .isEqualTo((int) after.units().stream().filter(u -> u.star("study").orElseThrow().awarded()).count()
                        - (int) before.units().stream().filter(u -> u.star("study").orElseThrow().awarded()).count());

        long rows = scenarioRows();
        MvcTestResult tenth = post("/api/v1/years/{y}/reform/scenarios",
                "{\"name\": \"门槛一成\", \"note\": \"试算\", \"changes\": {\"starThreshold\": 0.1}}", reviewer);
        MvcTestResult fifth = post("/api/v1/years/{y}/reform/scenarios",
                "{\"name\": \"门槛两成\", \"rubric\": " + JSON.writeValueAsString(yearText.replace("starThreshold: 0.8",
                        "starThreshold: 0.2")) + "}", reviewer);
        assertThat(tenth).hasStatus(201);
        assertThat(fifth).hasStatus(201);
        assertThat(scenarioRows()).isEqualTo(rows + 2);
        long a = json(tenth).get("id").asLong();
        long b = json(fifth).get("id").asLong();
        assertThat(json(tenth).get("author").asString()).isEqualTo(reviewer.username());
        assertThat(json(tenth).get("rubric").asString()).contains("starThreshold: 0.1");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'reform.scenario.saved' and entity_id = ?",
                Long.class, a)).isEqualTo(1L);

        // the leader reads the list, one scenario and the comparisons, and may not simulate or save
        JsonNode list = json(get("/api/v1/years/{y}/reform/scenarios", leader));
        assertThat(list.get("items").findValuesAsString("name")).contains("门槛一成", "门槛两成");
        assertThat(get("/api/v1/years/{y}/reform/scenarios/" + a, leader)).hasStatusOk();
        JsonNode baseline = json(get("/api/v1/years/{y}/reform/compare?b=" + a, leader));
        assertThat(baseline.get("before").asString()).isEqualTo("现行细则");
        assertThat(baseline.get("after").asString()).isEqualTo("门槛一成");
        assertThat(baseline.get("changed")).isEqualTo(comparison.get("changed"));
        // 0.1 → 0.2: study needs 4 (the bare unit has 2), democracy 3 (it has 3)
        JsonNode aToB = json(get("/api/v1/years/{y}/reform/compare?a=" + a + "&b=" + b, leader));
        JsonNode bareMoves = change(aToB, bare);
        assertThat(bareMoves.get("before").get("stars").toString()).isEqualTo("[\"study\",\"democracy\"]");
        assertThat(bareMoves.get("after").get("stars").toString()).isEqualTo("[\"democracy\"]");
        assertThat(bareMoves.get("moves").toString()).contains("失去学习星");
        assertThat(post("/api/v1/years/{y}/reform/simulate", "{}", leader)).hasStatus(403);
        assertThat(post("/api/v1/years/{y}/reform/scenarios", "{\"name\": \"领导\"}", leader)).hasStatus(403);
        assertThat(get("/api/v1/years/{y}/reform/scenarios", platform.reporter(bare))).hasStatus(403);

        // pages: the leader reads the scenario, the committee compares
        assertThat(mvc.get().uri("/reform/scenarios/{id}?yearId={y}", a, year.id()).with(user(Platform.user(leader))))
                .hasStatusOk().bodyText().contains("门槛一成", "获得学习星");
        assertThat(mvc.get().uri("/reform/compare?yearId={y}&a={a}&b={b}", year.id(), a, b).with(user(Platform.user(reviewer))))
                .hasStatusOk().bodyText().contains("失去学习星");
    }

    @Test
    void aBadScenarioIsRefusedWithTheFieldNamedAndNothingSaved() throws Exception {
        long rows = scenarioRows();
        String bad = yearText.replace("starThreshold: 0.8", "starThreshold: 1.5").replace("cap: 10", "cap: -1");

        MvcTestResult refused = post("/api/v1/years/{y}/reform/scenarios",
                "{\"name\": \"坏方案\", \"rubric\": " + JSON.writeValueAsString(bad) + "}", reviewer);

        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode errors = json(refused).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("policy.starThreshold", "bonus.cap");
        assertThat(errors.findValuesAsString("label")).containsExactly("星级门槛（占每颗星分值的比例）", "加分上限");
        assertThat(errors.get(1).get("reason").asString()).isEqualTo("不能为负数，而不是 -1");
        MvcTestResult unknown = post("/api/v1/years/{y}/reform/simulate",
                "{\"changes\": {\"elements\": {\"study-9z\": {\"max\": 2}}}}", reviewer);
        assertThat(unknown).hasStatus(400);
        assertThat(json(unknown).get("errors").get(0).get("field").asString()).isEqualTo("elements.study-9z");
        assertThat(post("/api/v1/years/{y}/reform/scenarios", "{\"name\": \" \"}", reviewer)).hasStatus(400);

        // the page lists the problem in Chinese with the field, keeps the text, saves nothing
        assertThat(mvc.post().uri("/reform").param("yearId", year.id().toString()).param("rubric", yearText)
                .param("starThreshold", "七成").param("action", "save").param("name", "页面方案")
                .with(user(Platform.user(reviewer))).with(csrf()))
                .hasStatusOk().bodyText().contains("星级门槛", "须为数字", "starThreshold");
        assertThat(mvc.post().uri("/reform").param("yearId", year.id().toString()).param("rubric", bad)
                .param("action", "simulate").with(user(Platform.user(reviewer))).with(csrf()))
                .hasStatusOk().bodyText().contains("星级门槛（占每颗星分值的比例）", "须为大于 0、不超过 1 的比例，而不是 1.5");
        assertThat(scenarioRows()).isEqualTo(rows);
    }

    @Test
    void thePageSimulatesAndSavesAScenario() {
        long rows = scenarioRows();

        assertThat(mvc.post().uri("/reform").param("yearId", year.id().toString()).param("rubric", yearText)
                .param("starThreshold", "0.1").param("action", "simulate").with(user(Platform.user(reviewer))).with(csrf()))
                .hasStatusOk().bodyText().contains("获得学习星", "推演甲", "starThreshold: 0.1");
        assertThat(mvc.post().uri("/reform").param("yearId", year.id().toString()).param("rubric", yearText)
                .param("max.norms-3a", "5").param("name", "三会一课五分").param("action", "save")
                .with(user(Platform.user(reviewer))).with(csrf())).hasStatus3xxRedirection();
        assertThat(scenarioRows()).isEqualTo(rows + 1);
        assertThat(jdbc.queryForObject("select rubric_yaml from reform_scenario order by id desc limit 1", String.class))
                .contains("points: 101");
    }

    private long scenarioRows() {
        return jdbc.queryForObject("select count(*) from reform_scenario", Long.class);
    }

    private static String id(Unit unit) {
        return String.valueOf(unit.id());
    }

    private static JsonNode change(JsonNode comparison, Unit unit) {
        for (JsonNode change : comparison.get("changed")) {
            if (change.get("id").asString().equals(id(unit))) {
                return change;
            }
        }
        throw new AssertionError("unit " + unit.name() + " did not move");
    }

    static JsonNode count(JsonNode comparison, String key) {
        for (JsonNode count : comparison.get("counts")) {
            if (count.get("key").asString().equals(key)) {
                return count;
            }
        }
        throw new AssertionError("no count " + key);
    }

    static Set<String> awarded(UnitResult unit) {
        return unit.stars().stream().filter(StarResult::awarded).map(s -> s.star().id()).collect(Collectors.toSet());
    }

    private static JsonNode json(MvcTestResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcTestResult get(String uri, Account account) {
        return mvc.get().uri(uri, year.id()).header("Authorization", basic(account)).exchange();
    }

    private MvcTestResult post(String uri, String body, Account account) {
        return mvc.post().uri(uri, year.id()).header("Authorization", basic(account)).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private static String basic(Account account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.username() + ":" + Platform.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}

package com.xingping.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.rubric.RubricLoader;
import com.xingping.support.Platform;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * Rubrics in the database: the bundled file stored once with the SHA-256 of its exact text; a draft
 * edited over the API (problems with field and line, 400 naming the field, the diff, the case tables),
 * issued and frozen, a year opened on it and scored by it while the 2018 year keeps its own; every
 * change audited. Its own database; run on H2 and on PostgreSQL by its subclasses.
 */
@SpringBootTest(properties = "xingping.test.database=stored-rubrics")
@AutoConfigureMockMvc
abstract class StoredRubricsContract {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    StoredRubrics stored;
    @Autowired
    YearRegistry years;
    @Autowired
    JdbcTemplate jdbc;

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBundledFileIsStoredOnceWithTheHashOfItsExactText() throws Exception {
        String text = RubricLoader.bundledText("shaoxing-2018");
        StoredRubrics.Issued bundled = stored.bundled("shaoxing-2018");
        stored.storeBundled();

        assertThat(bundled.sha256()).isEqualTo(sha256(text)).hasSize(64);
        assertThat(stored.text(bundled.id())).isEqualTo(text);
        assertThat(jdbc.queryForObject("select count(*) from stored_rubric where rubric_id = 'shaoxing-2018' and state = 'ISSUED'",
                Integer.class)).as("same hash, same row").isEqualTo(1);
        assertThat(jdbc.queryForObject("select sha256 from stored_rubric where id = ?", String.class, bundled.id()))
                .isEqualTo(sha256(jdbc.queryForObject("select yaml_text from stored_rubric where id = ?", String.class, bundled.id())));
        AssessmentYear year = new Platform(context).year();
        assertThat(year.storedRubricId()).as("a seeded year is linked to its stored rubric").isEqualTo(bundled.id());
    }

    @Test
    void aDraftIsEditedIssuedAndScoresItsOwnYear() throws Exception {
        Platform platform = new Platform(context);
        AssessmentYear old = platform.year();
        RequestPostProcessor admin = as(platform.account(Role.ADMIN));
        Long from = stored.bundled("shaoxing-2018").id();

        MvcTestResult created = mvc.post().uri("/api/v1/rubrics").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":" + from + "}").exchange();
        assertThat(created).hasStatus(201);
        Number id = JsonPath.read(created.getResponse().getContentAsString(), "$.rubric.id");
        assertThat(mvc.post().uri("/api/v1/rubrics").with(admin).contentType(MediaType.APPLICATION_JSON).content("{\"from\":999999}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");

        String text = RubricLoader.bundledText("shaoxing-2018");
        String broken = text.replaceFirst("(?m)^year: 2018$", "year: 2040").replaceFirst("(?m)^id: shaoxing-2018$", "id: shaoxing-2040")
                .replace("starThreshold: 0.8 ", "starThreshold: 1.5 ");
        assertThat(put(admin, id, broken, 0)).hasStatusOk();
        String problems = mvc.get().uri("/api/v1/rubrics/{id}/problems", id).with(admin).exchange().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Map<String, Object>>>read(problems, "$")).singleElement().satisfies(problem -> {
            assertThat(problem.get("field")).isEqualTo("policy.starThreshold");
            assertThat(problem.get("line")).isEqualTo(lineOf(broken, "starThreshold:"));
            assertThat((String) problem.get("reason")).isEqualTo("须为大于 0、不超过 1 的比例，而不是 1.5");
        });
        assertThat(mvc.post().uri("/api/v1/rubrics/{id}/issue", id).with(admin)).as("no issuing with a problem")
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("yaml");
        assertThat(put(admin, id, " ", 1)).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("yaml");

        String fixed = broken.replace("starThreshold: 1.5 ", "starThreshold: 0.9 ");
        assertThat(put(admin, id, fixed, 1)).hasStatusOk().bodyJson().extractingPath("$.rubric.sha256").isEqualTo(sha256(fixed));
        assertThat(mvc.get().uri("/api/v1/rubrics/{id}/problems", id).with(admin)).hasStatusOk().bodyJson().isEqualTo("[]");
        String diff = mvc.get().uri("/api/v1/rubrics/{id}/diff", id).with(admin).exchange().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Map<String, Object>>>read(diff, "$[?(@.subject == 'policy')]")).singleElement()
                .isEqualTo(Map.of("kind", "CHANGED", "subject", "policy", "field", "starThreshold", "before", "0.8", "after", "0.9"));
        assertThat(JsonPath.<List<String>>read(diff, "$[?(@.field == 'year')].after")).containsExactly("2040");
        String tests = mvc.post().uri("/api/v1/rubrics/{id}/tests", id).with(admin).exchange().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(tests, "$.failed")).as("a higher star line fails the 80 %% cases").isPositive();
        assertThat(JsonPath.<Integer>read(tests, "$.passed")).isPositive();
        assertThat(JsonPath.<List<String>>read(tests, "$.outcomes[?(@.verdict == 'FAILED')].name"))
                .contains("学习星 at exactly 16 is awarded");

        MvcTestResult issued = mvc.post().uri("/api/v1/rubrics/{id}/issue", id).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":2}").exchange();
        assertThat(issued).hasStatusOk();
        String body = issued.getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.rubric.state")).isEqualTo("ISSUED");
        assertThat(JsonPath.<Integer>read(body, "$.rubric.rubricVersion")).isEqualTo(1);
        assertThat(JsonPath.<String>read(body, "$.rubric.sha256")).isEqualTo(sha256(fixed));
        assertThat(put(admin, id, text, 3)).as("frozen").hasStatus(409);

        MvcTestResult opened = mvc.post().uri("/api/v1/years").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"storedRubricId\":" + id + "}").exchange();
        assertThat(opened).hasStatus(201);
        AssessmentYear year = years.byYear(2040).orElseThrow();
        assertThat(year.storedRubricId()).isEqualTo(id.longValue());
        assertThat(years.rubricOf(year).policy().starThreshold()).isEqualByComparingTo(new BigDecimal("0.9"));
        assertThat(years.rubricOf(years.get(old.id())).policy().starThreshold()).isEqualByComparingTo(new BigDecimal("0.8"));
        assertThat(years.rubricText(year)).isEqualTo(fixed);

        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'rubric' and entity_id = ? order by id",
                String.class, id.longValue()))
                .containsExactly("rubric.drafted", "rubric.draft.edited", "rubric.draft.edited", "rubric.issued");
    }

    @Test
    void onlyTheCommitteeAdminDraftsRubrics() {
        RequestPostProcessor reviewer = as(new Platform(context).account(Role.REVIEWER));
        assertThat(mvc.get().uri("/api/v1/rubrics").with(reviewer)).hasStatus(403);
        assertThat(mvc.get().uri("/rubrics").with(reviewer)).hasStatus(403);
    }

    private MvcTestResult put(RequestPostProcessor admin, Number id, String yaml, int version) {
        return mvc.put().uri("/api/v1/rubrics/{id}", id).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"yaml\":" + quoted(yaml) + ",\"version\":" + version + "}").exchange();
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static RequestPostProcessor as(Account account) {
        return user(Platform.user(account));
    }
}

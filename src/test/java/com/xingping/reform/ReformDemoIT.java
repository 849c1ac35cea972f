package com.xingping.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static com.xingping.reform.ReformContract.awarded;
import static com.xingping.reform.ReformContract.count;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scorecard.LiveFacts;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.YearResult;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo city's year through the API: a star threshold of 60 % instead of 80 %, checked against the engine alone. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:reform-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "xingping.admin-password=Xingping-Demo1"})
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class ReformDemoIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    LiveFacts live;
    @Autowired
    YearRegistry years;

    @Test
    void aSixtyPercentThresholdReportsExactlyTheDepartmentsWhoseStarsTheEngineMoves() throws Exception {
        AssessmentYear year = years.byYear(2018).orElseThrow();
        MvcTestResult simulated = mvc.post().uri("/api/v1/years/{y}/reform/simulate", year.id())
                .with(httpBasic("shenhe", "Xingping-Demo1")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"changes\": {\"starThreshold\": 0.6}}").exchange();
        assertThat(simulated).hasStatusOk();
        JsonNode comparison = JsonMapper.builder().build()
                .readTree(simulated.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("comparison");

        ScoringInput input = live.scored(year).input();
        Rubric sixty = RubricLoader.parse(RubricLoader.bundledText("shaoxing-2018")
                .replace("starThreshold: 0.8", "starThreshold: 0.6"), "sixty");
        YearResult before = new ScoringEngine(RubricLoader.bundled("shaoxing-2018")).score(input);
        YearResult after = new ScoringEngine(sixty).score(input);
        Set<String> expected = before.units().stream()
                .filter(u -> !awarded(u).equals(awarded(after.unit(u.id()).orElseThrow()))).map(UnitResult::id)
                .collect(Collectors.toSet());
        Set<String> reported = new HashSet<>();
        comparison.get("changed").forEach(u -> {
            if (!u.get("before").get("stars").equals(u.get("after").get("stars"))) {
                reported.add(u.get("id").asString());
            }
        });

        assertThat(before.units()).hasSize(13);
        assertThat(expected).isNotEmpty();
        assertThat(reported).isEqualTo(expected);
        for (int n = 0; n <= 5; n++) {
            int stars = n;
            JsonNode count = count(comparison, "stars-" + n);
            assertThat(count.get("before").asInt()).isEqualTo((int) before.units().stream().filter(u -> u.starCount() == stars).count());
            assertThat(count.get("after").asInt()).isEqualTo((int) after.units().stream().filter(u -> u.starCount() == stars).count());
        }
        assertThat(count(comparison, "doubleExcellent").get("after").asInt())
                .isEqualTo((int) after.units().stream().filter(UnitResult::doubleExcellent).count());
    }
}

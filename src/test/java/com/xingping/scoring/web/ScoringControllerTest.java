package com.xingping.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.xingping.scoring.InvalidDocuments;
import com.xingping.scoring.cli.ScoreCommand;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "LEADER")
class ScoringControllerTest {
    @Autowired
    MockMvcTester mvc;

    @Test
    void answersExactlyWhatTheCommandPrintsForTheExampleYear() throws Exception {
        String document = InvalidDocuments.exampleYear();
        ByteArrayOutputStream commandOut = new ByteArrayOutputStream();
        int exit = ScoreCommand.run(new String[] {"-"}, new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(commandOut, true, StandardCharsets.UTF_8), System.err);

        MvcTestResult response = evaluate(document);

        assertThat(exit).isZero();
        assertThat(response).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(response.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(commandOut.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void honoursTheOfficialConductStandingsAndWritesWithheldReasons() {
        MvcTestResult computed = evaluate(InvalidDocuments.exampleYear());
        MvcTestResult official = evaluate(InvalidDocuments.exampleYear()
                .replaceFirst("\\{", "{\"conduct\": {\"mean\": 85, \"bottom\": [\"U007\"]},"));

        assertThat(computed).hasStatusOk();
        assertThat(official).hasStatusOk();
        // computed: U007 (98.0) has place 1 of 7; official: exactly U007 is in the last three places
        assertThat(computed).bodyJson().extractingPath("$.units[6].vetoed").isEqualTo(false);
        assertThat(official).bodyJson().extractingPath("$.units[6].vetoed").isEqualTo(true);
        // 市商务局 (89.4): below the computed mean 91.73 and at place 6 > 4; above the official mean 85
        assertThat(computed).bodyJson().extractingPath("$.units[0].vetoed").isEqualTo(true);
        assertThat(official).bodyJson().extractingPath("$.units[0].vetoed").isEqualTo(false);
        assertThat(official).bodyJson().extractingPath("$.units[0].performanceExcellent").isEqualTo(true);
        assertThat(official).bodyJson().extractingPath("$.units[0].stars.democracy.withheld").asArray()
                .containsExactly("belowThreshold", "falsified");
        assertThat(official).bodyJson().extractingPath("$.units[0].stars.study.withheld").asArray().isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.xingping.scoring.InvalidDocuments#all")
    void refusesBadInputWith400ProblemDetailsNamingEachProblem(InvalidDocuments.Case bad) {
        MvcTestResult response = evaluate(bad.document());

        assertThat(response).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response).bodyJson().extractingPath("$.title").isEqualTo("Invalid scoring document");
        assertThat(response).bodyJson().extractingPath("$.errors").asArray()
                .anySatisfy(line -> assertThat(line).asString().startsWith(bad.expectedProblem()));
    }

    @Test
    void addsExplanationsWhenAsked() {
        MvcTestResult response = mvc.post().uri("/api/v1/scoring/evaluate?explain=true")
                .contentType(MediaType.APPLICATION_JSON).content(InvalidDocuments.exampleYear()).exchange();

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().extractingPath("$.units[0].explanations.norms-3a[0]").asString()
                .startsWith("规则：");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anyoneSignedInMayUseTheSimulator() {
        assertThat(evaluate(InvalidDocuments.exampleYear())).hasStatusOk();
    }

    @Test
    void refusesADocumentBeyondTheLimitWith413NamingIt() {
        byte[] document = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(document, (byte) ' ');

        MvcTestResult response = mvc.post().uri("/api/v1/scoring/evaluate").contentType(MediaType.APPLICATION_JSON)
                .content(document).exchange();

        assertThat(response).hasStatus(413).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response).bodyJson().extractingPath("$.detail").asString().startsWith("评分数据过大：不能超过 20 MB");
        assertThat(response).bodyJson().extractingPath("$.limit").isEqualTo(20 * 1024 * 1024);
    }

    @Test
    void theApiDocumentationDescribesTheDocumentAndItsLimit() {
        MvcTestResult docs = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(docs).hasStatusOk();
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/scoring/evaluate'].post.requestBody.content")
                .asMap().containsKey("application/json");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/scoring/evaluate'].post.responses")
                .asMap().containsKeys("200", "400", "413");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/scoring/evaluate'].post.parameters[*].name")
                .asArray().containsExactly("explain");
    }

    private MvcTestResult evaluate(String document) {
        return mvc.post().uri("/api/v1/scoring/evaluate").contentType(MediaType.APPLICATION_JSON)
                .content(document).exchange();
    }
}

package com.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClientResponseException;

import com.xingping.client.ApiClient;
import com.xingping.client.api.RecordsApi;
import com.xingping.client.api.ReviewApi;
import com.xingping.client.api.ScorecardsApi;
import com.xingping.client.api.TokensApi;
import com.xingping.client.api.UnitsApi;
import com.xingping.client.model.RecordForm;
import com.xingping.client.model.RecordView;
import com.xingping.client.model.ReviewDecision;
import com.xingping.client.model.Scorecard;
import com.xingping.client.model.ScorecardElementCard;
import com.xingping.client.model.TokenForm;
import com.xingping.client.model.UnitForm;
import com.xingping.identity.CurrentUser;
import com.xingping.unit.Unit;

/**
 * The reporter's and the reviewer's task through the Java client the build generates from the checked-in
 * OpenAPI document (src/test/resources/openapi/xingping-v1.json), against the running server: a token made with
 * the password, a record filed with a photo and submitted, approved, and counted on the unit's scorecard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiClientIT {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @TempDir
    Path files;

    Fixtures fixtures;
    Unit unit;
    CurrentUser reporter;
    CurrentUser reviewer;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        fixtures.openYear();
        unit = fixtures.unit("客户端测试局");
        reporter = fixtures.reporter(unit);
        reviewer = fixtures.reviewer();
    }

    @Test
    void aRecordFiledWithAPhotoSubmittedAndApprovedCountsOnTheScorecard() throws IOException {
        ApiClient asReporter = withToken(reporter);
        File photo = Files.write(files.resolve("三会一课.png"), TestFiles.png()).toFile();

        RecordView filed = new RecordsApi(asReporter).fileWithEvidenceRecord(new RecordForm().elementId("norms-3a")
                .title("四月“三会一课”").activityDate(LocalDate.of(2018, 4, 10)).place("三楼会议室"), true, List.of(photo));

        assertThat(filed.getState()).hasToString("SUBMITTED");
        assertThat(filed.getEvidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.getName()).isEqualTo("三会一课.png");
            assertThat(evidence.getContentType()).isEqualTo("image/png");
        });

        RecordView approved = new ReviewApi(withToken(reviewer)).approveReview(filed.getId(),
                new ReviewDecision().version(filed.getVersion()));
        assertThat(approved.getState()).hasToString("APPROVED");

        Scorecard scorecard = new ScorecardsApi(asReporter).scorecard(unit.id(), null);
        ScorecardElementCard element = scorecard.getStars().stream().flatMap(star -> star.getCriteria().stream())
                .flatMap(criterion -> criterion.getElements().stream()).filter(e -> e.getId().equals("norms-3a"))
                .findFirst().orElseThrow();
        assertThat(element.getEarned()).isEqualByComparingTo(new BigDecimal("0.4"));
        assertThat(element.getRecords()).singleElement().satisfies(backing -> assertThat(backing.getId()).isEqualTo(filed.getId()));
    }

    @Test
    void conflictsAndErrorsComeBackAsProblemsTheClientCanRead() {
        ApiClient asReporter = withToken(reporter);
        RecordView filed = new RecordsApi(asReporter).fileRecord(new RecordForm().elementId("norms-3a").title("两次通过")
                .activityDate(LocalDate.of(2018, 4, 11)), true);
        ReviewApi review = new ReviewApi(withToken(reviewer));
        review.approveReview(filed.getId(), null);

        RestClientResponseException twice = catchThrowableOfType(RestClientResponseException.class,
                () -> review.approveReview(filed.getId(), null));
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
        assertThat(twice.getResponseHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(twice.getResponseBodyAsString()).contains("\"field\":\"state\"", "不能通过");

        RestClientResponseException noToken = catchThrowableOfType(RestClientResponseException.class,
                () -> new ScorecardsApi(client()).scorecard(unit.id(), null));
        assertThat(noToken.getStatusCode().value()).isEqualTo(401);
        assertThat(noToken.getResponseHeaders().get("WWW-Authenticate")).anyMatch(h -> h.startsWith("Bearer realm="))
                .anyMatch(h -> h.startsWith("Basic realm="));
    }

    @Test
    void aSecondUnitWithTheSameCodeIsAConflict() {
        UnitsApi units = new UnitsApi(withToken("admin", "Committee-Pass-2026"));

        RestClientResponseException duplicate = catchThrowableOfType(RestClientResponseException.class,
                () -> units.createUnit(new UnitForm().code(unit.code()).name("同码的另一个单位").inTargetAssessment(true)
                        .committeeOwn(false)));

        assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
        assertThat(duplicate.getResponseBodyAsString()).contains("\"field\":\"code\"", "已被使用");
    }

    /**
     * A client for the account with a token it makes itself with its password: the document asks for Basic on that
     * one call only, so the generated client sends a password nowhere else.
     */
    private ApiClient withToken(CurrentUser user) {
        return withToken(user.username(), Fixtures.PASSWORD);
    }

    private ApiClient withToken(String username, String password) {
        ApiClient basic = client();
        basic.setUsername(username);
        basic.setPassword(password);
        String token = new TokensApi(basic).createToken(new TokenForm().name("generated client").expiresInDays(7)).getToken();
        assertThat(token).startsWith("xp_");
        ApiClient bearer = client();
        bearer.setBearerToken(token);
        return bearer;
    }

    private ApiClient client() {
        return new ApiClient().setBasePath("http://localhost:" + port);
    }
}

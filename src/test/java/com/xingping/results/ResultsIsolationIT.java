package com.xingping.results;

import static com.xingping.results.ResultsJson.body;
import static com.xingping.results.ResultsJson.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * Only administrators publish. Leaders and the committee read every result; a reporter reads only
 * their own unit's line of a published version: the year's results, drafts, inputs, diffs, exports
 * and the dashboard are forbidden (403), another unit's line is not found (404).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsIsolationIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;

    Unit unitA;
    Unit unitB;
    Account reporterA;
    Account leader;
    Account reviewer;
    Account admin;
    int version;

    @BeforeAll
    void twoUnitsAndAPublishedVersion() {
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        unitA = platform.unit("甲局");
        unitB = platform.unit("乙局");
        reporterA = platform.reporter(unitA);
        leader = platform.account(Role.LEADER);
        reviewer = platform.account(Role.REVIEWER);
        admin = platform.account(Role.ADMIN);
        platform.approved(unitB, year, "norms-3a", LocalDate.of(2018, 3, 1), "乙局支部党员大会");
        version = read(body(mvc.post().uri("/api/v1/results/publish").with(basic(admin))
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange())).get("version").asInt();
    }

    @Test
    void onlyAnAdministratorPublishes() {
        int latest = latest();

        for (Account account : new Account[] {reporterA, leader, reviewer}) {
            assertThat(mvc.post().uri("/api/v1/results/publish").with(basic(account))
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).as(account.role().name()).hasStatus(403);
            assertThat(mvc.post().uri("/results/publish").with(session(account))).as(account.role().name())
                    .hasStatus(403);
        }

        assertThat(latest()).as("nothing was published").isEqualTo(latest);
    }

    @Test
    void beforeAYearIsPublishedMyResultsSaySoAndLeadToTheLiveScorecard() {
        AssessmentYear unpublished = new Platform(context).closedYear();

        assertThat(mvc.get().uri("/results/mine?yearId={y}", unpublished.id()).with(session(reporterA))).hasStatusOk()
                .bodyText().contains(unpublished.year() + " 年度结果尚未发布", "href=\"/scorecard?yearId=" + unpublished.id() + "\"")
                .doesNotContain("出错了");
    }

    @Test
    void aReporterReadsOnlyTheirOwnUnitsPublishedLine() {
        RequestPostProcessor api = basic(reporterA);
        RequestPostProcessor page = session(reporterA);

        assertThat(mvc.get().uri("/api/v1/results/{v}/units/{u}", version, unitA.id()).with(api)).hasStatusOk()
                .bodyText().contains("甲局");
        assertThat(mvc.get().uri("/results/{v}/units/{u}", version, unitA.id()).with(page)).hasStatusOk()
                .bodyText().contains("甲局");
        assertThat(mvc.get().uri("/results/{v}/units/{u}/export.xlsx", version, unitA.id()).with(page)).hasStatusOk();

        assertThat(mvc.get().uri("/results/mine").with(page)).hasStatus3xxRedirection().redirectedUrl()
                .matches("/results/\\d+/units/" + unitA.id() + "\\?yearId=\\d+");
        assertThat(mvc.get().uri("/results/mine").with(session(leader))).hasStatus3xxRedirection().redirectedUrl()
                .startsWith("/results?yearId=");

        assertThat(mvc.get().uri("/api/v1/results/{v}/units/{u}", version, unitB.id()).with(api)).hasStatus(404);
        assertThat(mvc.get().uri("/results/{v}/units/{u}", version, unitB.id()).with(page)).hasStatus(404);
        assertThat(mvc.get().uri("/results/{v}/units/{u}/export.xlsx", version, unitB.id()).with(page)).hasStatus(404);
    }

    @Test
    void aReporterGetsNoneOfTheYearsResults() {
        RequestPostProcessor api = basic(reporterA);
        RequestPostProcessor page = session(reporterA);

        for (String uri : new String[] {"/api/v1/results", "/api/v1/results/draft", "/api/v1/results/" + version,
                "/api/v1/results/" + version + "/input", "/api/v1/results/" + version + "/diff",
                "/api/v1/results/draft/units/" + unitA.id()}) {
            assertThat(mvc.get().uri(uri).with(api)).as(uri).hasStatus(403);
        }
        for (String uri : new String[] {"/results", "/results/draft", "/results/" + version,
                "/results/" + version + "/diff", "/results/" + version + "/export.xlsx", "/results/draft/export.xlsx",
                "/results/draft/units/" + unitA.id(), "/dashboard"}) {
            assertThat(mvc.get().uri(uri).with(page)).as(uri).hasStatus(403);
        }
    }

    @Test
    void leadersAndReviewersReadEverythingButNeverPublish() {
        for (Account account : new Account[] {leader, reviewer}) {
            assertThat(mvc.get().uri("/api/v1/results/{v}", version).with(basic(account))).hasStatusOk();
            assertThat(mvc.get().uri("/api/v1/results/{v}/input", version).with(basic(account))).hasStatusOk();
            assertThat(mvc.get().uri("/api/v1/results/{v}/units/{u}", version, unitB.id()).with(basic(account)))
                    .hasStatusOk();
            assertThat(mvc.get().uri("/results/{v}/units/{u}", version, unitB.id()).with(session(account)))
                    .hasStatusOk();
            assertThat(mvc.get().uri("/dashboard").with(session(account))).hasStatusOk();
            assertThat(mvc.get().uri("/results").with(session(account))).hasStatusOk().bodyText()
                    .doesNotContain("id=\"publish-form\"");
        }
    }

    @Test
    void unknownVersionsAndUnitsAreNotFoundAndNobodySignedInGetsAnything() {
        assertThat(mvc.get().uri("/api/v1/results/99999").with(basic(leader))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/results/latest").with(basic(leader))).hasStatus(404);
        assertThat(mvc.get().uri("/results/{v}/units/{u}", version, 987654321L).with(session(leader))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/results")).hasStatus(401);
        assertThat(mvc.post().uri("/api/v1/results/publish").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .hasStatus(401);
        assertThat(mvc.get().uri("/results")).hasStatus(302);
    }

    private int latest() {
        return read(body(mvc.get().uri("/api/v1/results").with(basic(leader)).exchange())).get("latest").asInt();
    }

    private static RequestPostProcessor basic(Account account) {
        return httpBasic(account.username(), Platform.PASSWORD);
    }

    private static RequestPostProcessor session(Account account) {
        RequestPostProcessor signedIn = user(Platform.user(account));
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }
}

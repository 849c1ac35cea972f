package com.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import jakarta.servlet.http.Cookie;

import com.xingping.audit.AuditLog;
import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/** A unit's reporter takes a submitted record back before review: on the record page and over the API. */
@SpringBootTest
@AutoConfigureMockMvc
class WithdrawIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RecordSeeds seeds;
    @Autowired
    AuditLog audit;

    @Test
    void theReporterWithdrawsASubmittedRecordOnItsPageAndItIsADraftAgain() {
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        Unit unit = platform.unit("撤回测试一局");
        Account reporter = platform.reporter(unit);
        ActivityRecord submitted = submittedBy(reporter, unit, year);
        Cookie session = signIn(reporter.username());

        assertThat(mvc.get().uri("/records/{id}", submitted.id()).cookie(session).exchange()).hasStatus(200)
                .bodyText().contains("id=\"withdraw-record\"", "工委审核前可以撤回修改");
        MvcTestResult withdrawn = mvc.post().uri("/records/{id}/withdraw", submitted.id()).cookie(session).with(csrf())
                .param("version", String.valueOf(submitted.version())).exchange();

        assertThat(withdrawn).hasStatus(302).hasRedirectedUrl("/records/" + submitted.id());
        ActivityRecord after = context.getBean(Records.class).findById(submitted.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(RecordState.DRAFT);
        assertThat(after.submittedAt()).isNull();
        assertThat(audit.history("record", submitted.id())).anySatisfy(e -> assertThat(e.action()).isEqualTo("record.withdrawn"));
        assertThat(mvc.get().uri("/records/{id}", submitted.id()).cookie(session).exchange()).bodyText()
                .doesNotContain("id=\"withdraw-record\"").contains("id=\"submit-record\"");
    }

    @Test
    void overTheApiOnlyAWaitingRecordOfOnesOwnUnitCanBeWithdrawn() {
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        Unit unit = platform.unit("撤回测试二局");
        Account reporter = platform.reporter(unit);
        Account stranger = platform.reporter(platform.unit("撤回测试三局"));
        ActivityRecord submitted = submittedBy(reporter, unit, year);

        // another unit's record is not even shown to a stranger
        assertThat(withdraw(stranger, submitted)).hasStatus(404);
        MvcTestResult withdrawn = withdraw(reporter, submitted);
        assertThat(withdrawn).hasStatus(200).bodyJson().extractingPath("$.state").isEqualTo("DRAFT");

        MvcTestResult again = withdraw(reporter, submitted);
        assertThat(again).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(again).bodyText().contains("撤回");
        ActivityRecord approved = platform.approve(seeds.seed(context.getBean(Records.class).findById(submitted.id())
                .orElseThrow().submit(java.time.Instant.now())));
        assertThat(withdraw(reporter, approved)).hasStatus(409);
    }

    private ActivityRecord submittedBy(Account reporter, Unit unit, AssessmentYear year) {
        return seeds.seed(ActivityRecord.draft(year.id(), unit.id(), "norms-3a", new ActivityRecord.Content("三会一课（撤回）",
                LocalDate.of(2018, 5, 1), null, null, null, null, null, null), reporter.username(), java.time.Instant.now())
                .submit(java.time.Instant.now()));
    }

    private MvcTestResult withdraw(Account reporter, ActivityRecord record) {
        return mvc.post().uri("/api/v1/records/{id}/withdraw", record.id()).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((reporter.username() + ":" + Platform.PASSWORD)
                .getBytes(StandardCharsets.UTF_8))).exchange();
    }

    private Cookie signIn(String username) {
        MvcTestResult result = mvc.perform(formLogin("/login").user(username).password(Platform.PASSWORD));
        assertThat(result).hasStatus(302);
        return result.getResponse().getCookie("SESSION");
    }
}

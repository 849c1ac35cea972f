package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
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
import com.xingping.support.Platform;
import com.xingping.unit.Unit;

/**
 * What the committee admin does to an account after creating it (change the person's name, role or
 * unit, set a temporary password) and what every user sees of their own sign-ins, through the pages and
 * the API as a browser and a client send them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountManagementIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog audit;

    @Test
    void theAdminChangesARoleAndUnitAndTheUsersOpenSessionEnds() {
        Platform platform = new Platform(context);
        Unit first = platform.unit("账号变更测试一局");
        Unit second = platform.unit("账号变更测试二局");
        Account reporter = platform.reporter(first);
        Cookie reporterSession = signIn(reporter.username(), Platform.PASSWORD);
        Cookie admin = signIn(platform.account(Role.ADMIN).username(), Platform.PASSWORD);

        assertThat(mvc.get().uri("/accounts/{id}", reporter.id()).cookie(admin).exchange()).hasStatus(200)
                .bodyText().contains(reporter.username(), "姓名、角色与单位", "设置临时密码", "登录记录", first.name());
        MvcTestResult saved = mvc.post().uri("/accounts/{id}", reporter.id()).cookie(admin).with(csrf())
                .param("displayName", "王五（改）").param("role", "REPORTER").param("unit", second.code()).exchange();

        assertThat(saved).hasStatus(302).hasRedirectedUrl("/accounts/" + reporter.id());
        assertThat(mvc.get().uri("/accounts/{id}", reporter.id()).cookie(admin).exchange()).bodyText()
                .contains("王五（改）", second.name());
        assertThat(mvc.get().uri("/").cookie(reporterSession).exchange()).hasStatus(302)
                .hasRedirectedUrl(SessionCheck.ENDED);
        assertThat(audit.history("account", reporter.id())).anySatisfy(entry ->
                assertThat(entry.action()).isEqualTo("account.updated"));
    }

    @Test
    void aChangeThatLeavesAReporterWithoutAUnitIsRefusedNamingTheField() {
        Platform platform = new Platform(context);
        Account reviewer = platform.account(Role.REVIEWER);
        Cookie admin = signIn(platform.account(Role.ADMIN).username(), Platform.PASSWORD);

        MvcTestResult refused = mvc.post().uri("/accounts/{id}", reviewer.id()).cookie(admin).with(csrf())
                .param("displayName", "审核员").param("role", "REPORTER").param("unit", "").exchange();

        assertThat(refused).hasStatus(200).bodyText().contains("<span>单位</span>：<span>单位填报员须绑定一个单位</span>");
        MvcTestResult unknownUnit = mvc.post().uri("/accounts/{id}", reviewer.id()).cookie(admin).with(csrf())
                .param("displayName", "审核员").param("role", "REPORTER").param("unit", "没有这个单位").exchange();
        assertThat(unknownUnit).hasStatus(200).bodyText().contains("没有编码或名称为“没有这个单位”的单位");
    }

    @Test
    void aTemporaryPasswordMustBeChangedAtTheNextSignIn() {
        Platform platform = new Platform(context);
        Account reviewer = platform.account(Role.REVIEWER);
        Cookie reviewerSession = signIn(reviewer.username(), Platform.PASSWORD);
        Cookie admin = signIn(platform.account(Role.ADMIN).username(), Platform.PASSWORD);

        assertThat(mvc.post().uri("/accounts/{id}/password", reviewer.id()).cookie(admin).with(csrf())
                .param("password", "short").exchange()).hasStatus(200).bodyText().contains("临时密码：至少 10 位");
        assertThat(mvc.post().uri("/accounts/{id}/password", reviewer.id()).cookie(admin).with(csrf())
                .param("password", "temporary-pass-1").exchange()).hasStatus(302);

        assertThat(mvc.get().uri("/").cookie(reviewerSession).exchange()).hasRedirectedUrl(SessionCheck.ENDED);
        Cookie next = signIn(reviewer.username(), "temporary-pass-1");
        assertThat(mvc.get().uri("/review").cookie(next).exchange()).hasStatus(302)
                .hasRedirectedUrl("/account/password");
        assertThat(mvc.get().uri("/accounts/{id}", reviewer.id()).cookie(admin).exchange()).bodyText()
                .contains("下次登录须修改密码");
    }

    @Test
    void everyoneReadsTheirOwnSignInsFailuresIncluded() {
        Platform platform = new Platform(context);
        Account reporter = platform.reporter(platform.unit("登录记录测试局"));
        assertThat(mvc.perform(formLogin("/login").user(reporter.username()).password("wrong-password-1")))
                .hasRedirectedUrl("/login?error");
        Cookie session = signIn(reporter.username(), Platform.PASSWORD);

        MvcTestResult page = mvc.get().uri("/account/sign-ins").cookie(session).exchange();

        assertThat(page).hasStatus(200).bodyText().containsSubsequence("登录记录", "成功", "失败（密码错误或账号停用）");
        String basic = "Basic " + Base64.getEncoder().encodeToString((reporter.username() + ":" + Platform.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        MvcTestResult api = mvc.get().uri("/api/v1/me/sign-ins").header("Authorization", basic).exchange();
        // the page sign-in and the failure; the API call itself is no sign-in
        assertThat(api).hasStatus(200).bodyJson().extractingPath("$.total").asNumber().isEqualTo(2);
        assertThat(api).bodyJson().extractingPath("$.items[1].succeeded").isEqualTo(false);
    }

    @Test
    void theApiChangesAnAccountAndSetsATemporaryPassword() {
        Platform platform = new Platform(context);
        Account reviewer = platform.account(Role.REVIEWER);
        String admin = "Basic " + Base64.getEncoder().encodeToString((platform.account(Role.ADMIN).username() + ":"
                + Platform.PASSWORD).getBytes(StandardCharsets.UTF_8));

        MvcTestResult changed = mvc.put().uri("/api/v1/accounts/{id}", reviewer.id()).header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\": \"李审核\", \"role\": \"LEADER\", \"unitId\": null}").exchange();
        assertThat(changed).hasStatus(200).bodyJson().extractingPath("$.role").isEqualTo("LEADER");

        MvcTestResult refused = mvc.post().uri("/api/v1/accounts/{id}/password-reset", reviewer.id())
                .header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content("{\"password\": \"x\"}")
                .exchange();
        assertThat(refused).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyText().contains("password", "临时密码");

        String reviewerBasic = "Basic " + Base64.getEncoder().encodeToString((reviewer.username() + ":"
                + Platform.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.put().uri("/api/v1/accounts/{id}", reviewer.id()).header("Authorization", reviewerBasic)
                .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\": \"我\", \"role\": \"ADMIN\"}")
                .exchange()).hasStatus(403);
    }

    @Test
    void pagesShowPeoplesNamesNotAccountNames() {
        Platform platform = new Platform(context);
        com.xingping.year.AssessmentYear year = platform.year();
        Unit unit = platform.unit("姓名显示测试局");
        Account reporter = platform.reporter(unit);
        Account reviewer = platform.account(Role.REVIEWER);
        java.time.Instant now = java.time.Instant.parse("2018-05-02T01:00:00Z");
        com.xingping.reporting.ActivityRecord record = context.getBean(com.xingping.reporting.RecordSeeds.class).seed(
                com.xingping.reporting.ActivityRecord.draft(year.id(), unit.id(), "norms-3a",
                        new com.xingping.reporting.ActivityRecord.Content("三会一课（姓名显示）", java.time.LocalDate.of(2018, 5, 1),
                                null, null, null, null, null, null), reporter.username(), now)
                        .submit(now).approve(reviewer.username(), now));
        Cookie admin = signIn(platform.account(Role.ADMIN).username(), Platform.PASSWORD);

        MvcTestResult page = mvc.get().uri("/review/{id}", record.id()).cookie(admin).exchange();

        assertThat(page).hasStatus(200).bodyText().contains("姓名显示测试局 · 姓名显示测试局填报员", "审核员")
                .doesNotContain(reporter.username(), reviewer.username());
    }

    private Cookie signIn(String username, String password) {
        MvcTestResult result = mvc.perform(formLogin("/login").user(username).password(password));
        assertThat(result).hasStatus(302);
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        return session;
    }
}

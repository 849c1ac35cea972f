package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import jakarta.servlet.http.Cookie;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.Refusal;
import com.xingping.support.Platform;

/**
 * 三员分立: the system administrator (the committee admin) cannot make anyone, themselves included,
 * a security or audit administrator without a security administrator's confirmation, nor change their
 * own role; the security administrator ends sessions and revokes tokens, which the system
 * administrator cannot; the audit administrator does not read the audit administrators' own entries,
 * which the security administrator reads.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeparationOfDutiesIT {
    private static final String NEW_PASSWORD = "Audit-Pass-2026x";
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountRegistry registry;
    @Autowired
    Accounts accounts;
    @Autowired
    PersonalTokens tokens;
    @Autowired
    AuditLog audit;

    Platform platform;
    Account admin;
    Account security;

    @BeforeEach
    void platform() {
        platform = new Platform(context);
        admin = platform.account(Role.ADMIN);
        security = platform.account(Role.SECURITY);
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void anAuditorTheSystemAdministratorMakesSignsInOnlyOnceTheSecurityAdministratorConfirmsIt() {
        String username = "aud-" + System.nanoTime() % 1_000_000;
        assertThat(mvc.post().uri("/accounts").with(user(Platform.user(admin))).with(csrf()).param("username", username)
                .param("displayName", "新审计员").param("role", "AUDITOR").param("password", NEW_PASSWORD).exchange())
                .hasRedirectedUrl("/accounts");
        Account auditor = accounts.findByUsername(username).orElseThrow();
        assertThat(auditor.awaitingConfirmation()).isTrue();
        assertThat(mvc.perform(formLogin("/login").user(username).password(NEW_PASSWORD))).hasRedirectedUrl("/login?error");

        assertThat(mvc.post().uri("/security/accounts/{id}/confirm", auditor.id()).with(user(Platform.user(admin))).with(csrf())
                .exchange()).as("the system administrator confirms nobody").hasStatus(403);
        assertThat(mvc.get().uri("/security").with(user(Platform.user(security))).exchange()).bodyText()
                .contains("待确认的管理员账号", username);
        assertThat(mvc.post().uri("/security/accounts/{id}/confirm", auditor.id()).with(user(Platform.user(security))).with(csrf())
                .exchange()).hasRedirectedUrl("/security/accounts/" + auditor.id());
        assertThat(audit.history("account", auditor.id())).anySatisfy(event -> assertThat(event.action()).isEqualTo("account.confirmed"));
        assertThat(mvc.perform(formLogin("/login").user(username).password(NEW_PASSWORD))).hasStatus(302)
                .redirectedUrl().isNotEqualTo("/login?error");

        assertThat(mvc.post().uri("/accounts/{id}/password", auditor.id()).with(user(Platform.user(admin))).with(csrf())
                .param("password", "Reset-Pass-2026y").exchange()).hasRedirectedUrl("/accounts/" + auditor.id());
        assertThat(mvc.perform(formLogin("/login").user(username).password("Reset-Pass-2026y")))
                .as("a temporary password the system administrator knows waits for confirmation again").hasRedirectedUrl("/login?error");
    }

    @Test
    void aReviewerMadeASecurityAdministratorWaitsForConfirmationAndNoAdministratorChangesTheirOwnRole() {
        Account reviewer = platform.account(Role.REVIEWER);
        Platform.signIn(admin);
        Account changed = registry.update(reviewer.id(), new AccountChange(reviewer.displayName(), Role.SECURITY, null));
        assertThat(changed.awaitingConfirmation()).isTrue();
        assertThatThrownBy(() -> registry.update(admin.id(), new AccountChange(admin.displayName(), Role.AUDITOR, null)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("role");
                    assertThat(refusal.reason()).isEqualTo("不能更改自己的角色");
                });
        assertThat(accounts.findById(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        Platform.signOut();
        assertThat(mvc.perform(formLogin("/login").user(reviewer.username()).password(Platform.PASSWORD))).hasRedirectedUrl("/login?error");
    }

    @Test
    void theSecurityAdministratorEndsAnAccountsSessionsAndRevokesItsTokensWhichTheSystemAdministratorCannot() throws Exception {
        Account reporter = platform.reporter(platform.unit("会话单位"));
        MvcTestResult signedIn = mvc.perform(formLogin("/login").user(reporter.username()).password(Platform.PASSWORD));
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        assertThat(mvc.get().uri("/").cookie(session).exchange()).hasStatus(200);
        String token = tokens.issue(Platform.user(reporter), "同步脚本", 30).secret();
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange()).hasStatus(200);

        assertThat(mvc.post().uri("/api/v1/security/accounts/{id}/end-sessions", reporter.id()).with(user(Platform.user(admin)))
                .exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/security/accounts/{id}", reporter.id()).with(user(Platform.user(security))).exchange()).bodyText()
                .contains("当前 1 个会话", "同步脚本", "结束全部会话", "撤销全部访问令牌");

        assertThat(mvc.post().uri("/api/v1/security/accounts/{id}/end-sessions", reporter.id()).with(user(Platform.user(security)))
                .exchange()).hasStatus(200).bodyJson().extractingPath("$.count").asNumber().isEqualTo(1);
        assertThat(mvc.get().uri("/").cookie(session).exchange()).hasStatus(302).redirectedUrl().contains("/login");
        assertThat(mvc.post().uri("/api/v1/security/accounts/{id}/revoke-tokens", reporter.id()).with(user(Platform.user(security)))
                .exchange()).hasStatus(200).bodyJson().extractingPath("$.count").asNumber().isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange()).hasStatus(401);
        assertThat(audit.history("account", reporter.id())).anySatisfy(event ->
                assertThat(event.action()).isEqualTo("account.sessions-ended"));
    }

    @Test
    void theAuditorDoesNotReadTheAuditorsOwnEntriesTheSecurityAdministratorDoes() throws Exception {
        Account auditor = platform.account(Role.AUDITOR);
        assertThat(mvc.get().uri("/audit/export.xlsx").with(user(Platform.user(auditor))).exchange()).hasStatus(200);
        Account reporter = platform.reporter(platform.unit("审计单位"));
        mvc.post().uri("/security/accounts/{id}/sessions/end", reporter.id()).with(user(Platform.user(security))).with(csrf()).exchange();

        assertThat(page("/audit?account=" + auditor.username(), auditor)).contains("共 0 条");
        assertThat(mvc.get().uri("/api/v1/audit?account={a}", auditor.username()).with(user(Platform.user(auditor))).exchange())
                .bodyJson().extractingPath("$.total").asNumber().isEqualTo(0);
        assertThat(page("/audit?account=" + security.username(), auditor)).contains("共 1 条", "account.sessions-ended");

        assertThat(page("/security/audit-trail?account=" + auditor.username(), security)).contains("共 1 条", "audit.exported");
        assertThat(mvc.get().uri("/api/v1/security/audit-trail?account={a}", auditor.username()).with(user(Platform.user(security)))
                .exchange()).bodyJson().extractingPath("$.total").asNumber().isEqualTo(1);
        assertThat(page("/security/audit-trail?account=" + security.username(), security))
                .as("the security administrator's own entries are the auditor's to read").contains("共 0 条");
        assertThat(mvc.get().uri("/audit").with(user(Platform.user(security))).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/security/audit-trail").with(user(Platform.user(auditor))).exchange()).hasStatus(403);
    }

    private String page(String uri, Account reader) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).with(user(Platform.user(reader))).exchange();
        assertThat(result).hasStatus(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

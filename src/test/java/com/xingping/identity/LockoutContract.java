package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.xingping.audit.AuditLog;
import com.xingping.support.Platform;

import jakarta.servlet.http.Cookie;

/**
 * Five wrong passwords in a row lock an account for 15 minutes against the right one too, on the sign-in
 * page and over HTTP Basic alike; the administrator sees the lock and lifts it. Run on H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class LockoutContract {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    Platform platform;

    @BeforeEach
    void platform() {
        platform = new Platform(context);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountOnThePageAndOverBasicUntilTheSecurityAdministratorUnlocksIt() {
        Account reviewer = platform.account(Role.REVIEWER);
        for (int i = 0; i < 4; i++) {
            assertThat(mvc.perform(formLogin("/login").user(reviewer.username()).password("Wrong-pass-" + i)))
                    .hasRedirectedUrl("/login?error");
        }
        assertThat(mvc.perform(formLogin("/login").user(reviewer.username()).password("Wrong-pass-5")))
                .hasRedirectedUrl("/login?locked=15");

        assertThat(mvc.perform(formLogin("/login").user(reviewer.username()).password(Platform.PASSWORD)))
                .hasRedirectedUrl("/login?locked=15");
        assertThat(mvc.get().uri("/login?locked=15").exchange()).bodyText().contains("账号因连续多次密码错误已锁定，请 <span>15</span> 分钟后再试");
        MvcTestResult basic = mvc.get().uri("/api/v1/me").header("Authorization", basic(reviewer.username(), Platform.PASSWORD)).exchange();
        assertThat(basic).hasStatus(401).bodyText().contains("账号因连续 5 次密码错误已锁定");
        assertThat(audit.history("account", reviewer.id())).anySatisfy(event -> assertThat(event.action()).isEqualTo("account.locked"));
        assertThat(jdbc.queryForObject("select count(*) from sign_in where account_id = ? and outcome = 'locked'", Integer.class,
                reviewer.id())).isEqualTo(2);

        Cookie admin = signIn(platform.account(Role.ADMIN).username());
        assertThat(mvc.post().uri("/security/accounts/{id}/unlock", reviewer.id()).cookie(admin).with(csrf()).exchange())
                .as("the system administrator does not lift locks (三员分立)").hasStatus(403);
        Cookie security = signIn(platform.account(Role.SECURITY).username());
        assertThat(mvc.get().uri("/security").cookie(security).exchange()).bodyText()
                .contains("已锁定的账号", reviewer.username(), "剩 <span>15</span> 分钟", "解除锁定");
        assertThat(mvc.get().uri("/security/accounts/{id}", reviewer.id()).cookie(security).exchange()).bodyText()
                .contains("解除锁定", "登录记录");
        assertThat(mvc.post().uri("/security/accounts/{id}/unlock", reviewer.id()).cookie(security).with(csrf()).exchange())
                .hasRedirectedUrl("/security/accounts/" + reviewer.id());
        assertThat(audit.history("account", reviewer.id())).anySatisfy(event -> assertThat(event.action()).isEqualTo("account.unlocked"));

        assertThat(mvc.perform(formLogin("/login").user(reviewer.username()).password(Platform.PASSWORD))).hasRedirectedUrl("/");
    }

    @Test
    void wrongPasswordsOverBasicCountTooAndARightOneStartsTheCountAgain() {
        Account reporter = platform.account(Role.LEADER);
        for (int i = 0; i < 4; i++) {
            assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic(reporter.username(), "Wrong-pass-" + i)).exchange())
                    .hasStatus(401);
        }
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic(reporter.username(), Platform.PASSWORD)).exchange())
                .hasStatus(200);
        for (int i = 0; i < 4; i++) {
            mvc.get().uri("/api/v1/me").header("Authorization", basic(reporter.username(), "Wrong-pass-" + i)).exchange();
        }
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic(reporter.username(), Platform.PASSWORD)).exchange())
                .as("four failures after a success do not lock").hasStatus(200);
        for (int i = 0; i < 5; i++) {
            mvc.get().uri("/api/v1/me").header("Authorization", basic(reporter.username(), "Wrong-pass-" + i)).exchange();
        }
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic(reporter.username(), Platform.PASSWORD)).exchange())
                .hasStatus(401).bodyText().contains("已锁定");
    }

    @Test
    void anOverLongPasswordIsRefusedByNameNeverAServerError() {
        Account reviewer = platform.account(Role.REVIEWER);
        String overLong = "密".repeat(25);
        assertThat(mvc.perform(formLogin("/login").user(reviewer.username()).password(overLong))).hasRedirectedUrl("/login?tooLong");
        assertThat(mvc.get().uri("/login?tooLong").exchange()).bodyText().contains("密码：不能超过 72 个字节");
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", basic(reviewer.username(), overLong)).exchange())
                .hasStatus(400).bodyText().contains("密码不能超过 72 个字节");
        Cookie session = signIn(reviewer.username());
        assertThat(mvc.post().uri("/account/password").cookie(session).with(csrf()).param("current", overLong)
                .param("password", "Another-pass-9").param("confirmation", "Another-pass-9").exchange())
                .hasStatus(200).bodyText().contains("当前密码不能超过 72 个字节");
        assertThat(mvc.post().uri("/account/password").cookie(session).with(csrf()).param("current", Platform.PASSWORD)
                .param("password", overLong + "A1").param("confirmation", overLong + "A1").exchange())
                .hasStatus(200).bodyText().contains("新密码不能超过 72 个字节");
    }

    private Cookie signIn(String username) {
        MvcTestResult result = mvc.perform(formLogin("/login").user(username).password(Platform.PASSWORD));
        assertThat(result).hasStatus(302).hasRedirectedUrl("/");
        return result.getResponse().getCookie("SESSION");
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

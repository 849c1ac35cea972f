package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.xingping.support.Platform;

import jakarta.servlet.http.Cookie;

/**
 * The password policy on every path a password is chosen, an expired password forcing the change page,
 * and a role that requires a second factor sent to enrol it (here REVIEWER).
 */
@SpringBootTest(properties = "xingping.security.totp.required-for=REVIEWER")
@AutoConfigureMockMvc
class PasswordPolicyIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOwnChangeRefusesTheNameWeakPasswordsAndTheRecentOnes() {
        Account leader = new Platform(context).account(Role.LEADER);
        Cookie session = signIn(leader.username(), Platform.PASSWORD, "/");

        assertThat(change(session, Platform.PASSWORD, "X1-" + leader.username().toUpperCase())).contains("新密码不能包含用户名");
        assertThat(change(session, Platform.PASSWORD, "allsmallletters")).contains("新密码须包含大写字母、小写字母、数字、其他字符四类中的至少 3 类（现只有 1 类）");
        assertThat(mvc.post().uri("/account/password").cookie(session).with(csrf()).param("current", Platform.PASSWORD)
                .param("password", "Second-pass-2").param("confirmation", "Second-pass-2").exchange()).hasRedirectedUrl("/?passwordChanged");
        Cookie again = signIn(leader.username(), "Second-pass-2", "/");
        assertThat(change(again, "Second-pass-2", Platform.PASSWORD)).contains("新密码不能与最近 5 次用过的密码相同");
    }

    @Test
    void theAdminsPasswordsAndTheApiAreHeldToThePolicy() {
        Platform platform = new Platform(context);
        Account admin = platform.account(Role.ADMIN);
        Account leader = platform.account(Role.LEADER);
        Cookie session = signIn(admin.username(), Platform.PASSWORD, "/");

        assertThat(mvc.post().uri("/accounts").cookie(session).with(csrf()).param("username", "weak-one").param("displayName", "弱密码")
                .param("role", "LEADER").param("password", "weakpassword1").exchange()).bodyText()
                .contains("初始密码：须包含大写字母、小写字母、数字、其他字符四类中的至少 3 类（现只有 2 类）");
        assertThat(mvc.post().uri("/accounts/{id}/password", leader.id()).cookie(session).with(csrf())
                .param("password", Platform.PASSWORD).exchange()).bodyText().contains("临时密码：不能与最近 5 次用过的密码相同");
        MvcTestResult api = mvc.put().uri("/api/v1/me/password").header("Authorization", LockoutContract.basic(leader.username(), Platform.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"current\": \"" + "长".repeat(25) + "\", \"password\": \"Third-pass-3\", \"confirmation\": \"Third-pass-3\"}").exchange();
        assertThat(api).hasStatus(400).bodyText().contains("当前密码不能超过 72 个字节");
    }

    @Test
    void anExpiredPasswordMustBeChangedBeforeAnythingElse() {
        Account leader = new Platform(context).account(Role.LEADER);
        jdbc.update("update app_user set password_changed_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(91))), leader.id());

        Cookie session = signIn(leader.username(), Platform.PASSWORD, "/");
        assertThat(mvc.get().uri("/").cookie(session).exchange()).hasRedirectedUrl("/account/password");
        assertThat(mvc.get().uri("/api/v1/me/tokens").header("Authorization", LockoutContract.basic(leader.username(), Platform.PASSWORD))
                .exchange()).hasStatus(403).bodyText().contains("须先修改密码");
        assertThat(mvc.post().uri("/account/password").cookie(session).with(csrf()).param("current", Platform.PASSWORD)
                .param("password", "Renewed-pass-4").param("confirmation", "Renewed-pass-4").exchange()).hasRedirectedUrl("/?passwordChanged");
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", LockoutContract.basic(leader.username(), "Renewed-pass-4"))
                .exchange()).hasStatus(200);
    }

    @Test
    void aRoleThatRequiresASecondFactorIsSentToEnrolAndRefusedOverBasic() {
        Account reviewer = new Platform(context).account(Role.REVIEWER);
        Cookie session = signIn(reviewer.username(), Platform.PASSWORD, "/account/totp");
        assertThat(mvc.get().uri("/review").cookie(session).exchange()).hasRedirectedUrl("/account/totp");
        assertThat(mvc.get().uri("/account/totp").cookie(session).exchange()).hasStatus(200).bodyText().contains("您的角色须使用动态口令登录");
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", LockoutContract.basic(reviewer.username(), Platform.PASSWORD))
                .exchange()).hasStatus(401).bodyText().contains("此账号登录须动态口令");
    }

    private String change(Cookie session, String current, String password) {
        MvcTestResult result = mvc.post().uri("/account/password").cookie(session).with(csrf()).param("current", current)
                .param("password", password).param("confirmation", password).exchange();
        assertThat(result).hasStatus(200);
        return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private Cookie signIn(String username, String password, String expected) {
        MvcTestResult result = mvc.perform(formLogin("/login").user(username).password(password));
        assertThat(result).hasStatus(302).hasRedirectedUrl(expected);
        return result.getResponse().getCookie("SESSION");
    }
}

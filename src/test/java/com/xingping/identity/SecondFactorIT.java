package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.xingping.audit.AuditLog;
import com.xingping.support.Platform;

import jakarta.servlet.http.Cookie;

/**
 * Enrolling a TOTP second factor and signing in with it, as a browser sends the forms: the code is owed
 * after the password before any page opens, a code or recovery code is accepted once, HTTP Basic is
 * refused for the account while its token still works.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecondFactorIT {
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z0-9]{5}-[a-z0-9]{5})</code></li>");
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog audit;
    @Autowired
    PersonalTokens tokens;

    @Test
    void enrolThenSignInWithTheCodeOrARecoveryCodeEachOnce() throws Exception {
        Platform platform = new Platform(context);
        Account reviewer = platform.account(Role.REVIEWER);
        Cookie session = signIn(reviewer.username(), "/");

        assertThat(mvc.get().uri("/account/totp").cookie(session).exchange()).bodyText().contains("开始绑定");
        assertThat(mvc.post().uri("/account/totp/start").cookie(session).with(csrf()).exchange()).hasRedirectedUrl("/account/totp");
        MvcTestResult enrol = mvc.get().uri("/account/totp").cookie(session).exchange();
        assertThat(enrol).bodyText().contains("otpauth://totp/", "issuer=", reviewer.username());
        Matcher shown = SECRET.matcher(enrol.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1).replace(" ", "");
        long now = Totp.step(Instant.now());

        assertThat(mvc.post().uri("/account/totp/confirm").cookie(session).with(csrf()).param("code", wrong(secret, now)).exchange())
                .hasStatus(200).bodyText().contains("动态口令：不正确");
        MvcTestResult confirmed = mvc.post().uri("/account/totp/confirm").cookie(session).with(csrf())
                .param("code", Totp.code(secret, now)).exchange();
        assertThat(confirmed).hasStatus(200).bodyText().contains("动态口令已启用", "只显示这一次");
        List<String> recovery = RECOVERY.matcher(confirmed.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .results().map(match -> match.group(1)).toList();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(audit.history("account", reviewer.id())).anySatisfy(event -> assertThat(event.action()).isEqualTo("account.totp-enabled"));

        Cookie second = signIn(reviewer.username(), "/login/totp");
        assertThat(mvc.get().uri("/").cookie(second).exchange()).hasRedirectedUrl("/login/totp");
        assertThat(mvc.post().uri("/login/totp").cookie(second).with(csrf()).param("code", Totp.code(secret, now)).exchange())
                .as("the code already used to confirm").hasStatus(200).bodyText().contains("动态口令：不正确或已使用过");
        MvcTestResult passed = mvc.post().uri("/login/totp").cookie(second).with(csrf()).param("code", Totp.code(secret, now + 1)).exchange();
        assertThat(passed).hasRedirectedUrl("/");
        Cookie signedIn = passed.getResponse().getCookie("SESSION") == null ? second : passed.getResponse().getCookie("SESSION");
        assertThat(mvc.get().uri("/").cookie(signedIn).exchange()).hasStatus(200);

        Cookie third = signIn(reviewer.username(), "/login/totp");
        assertThat(mvc.post().uri("/login/totp").cookie(third).with(csrf()).param("code", recovery.get(0)).exchange()).hasRedirectedUrl("/");
        Cookie fourth = signIn(reviewer.username(), "/login/totp");
        assertThat(mvc.post().uri("/login/totp").cookie(fourth).with(csrf()).param("code", recovery.get(0)).exchange())
                .as("a recovery code is spent").hasStatus(200);
        assertThat(mvc.get().uri("/").cookie(fourth).exchange()).hasRedirectedUrl("/login/totp");

        MvcTestResult basic = mvc.get().uri("/api/v1/me").header("Authorization", LockoutContract.basic(reviewer.username(), Platform.PASSWORD))
                .exchange();
        assertThat(basic).hasStatus(401).bodyText().contains("此账号登录须动态口令", "Bearer");
        String token = tokens.issue(Platform.user(reviewer), "脚本", 30).secret();
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange()).hasStatus(200);

        Cookie admin = signIn(platform.account(Role.ADMIN).username(), "/");
        assertThat(mvc.post().uri("/security/accounts/{id}/totp/reset", reviewer.id()).cookie(admin).with(csrf()).exchange())
                .as("the system administrator does not reset second factors (三员分立)").hasStatus(403);
        Cookie security = signIn(platform.account(Role.SECURITY).username(), "/");
        assertThat(mvc.get().uri("/security/accounts/{id}", reviewer.id()).cookie(security).exchange()).bodyText().contains("已启用动态口令");
        assertThat(mvc.post().uri("/security/accounts/{id}/totp/reset", reviewer.id()).cookie(security).with(csrf()).exchange())
                .hasRedirectedUrl("/security/accounts/" + reviewer.id());
        assertThat(audit.history("account", reviewer.id())).anySatisfy(event -> assertThat(event.action()).isEqualTo("account.totp-reset"));
        signIn(reviewer.username(), "/");
    }

    @Test
    void fiveWrongCodesLockTheAccount() throws Exception {
        Platform platform = new Platform(context);
        Account reviewer = platform.account(Role.REVIEWER);
        Cookie session = signIn(reviewer.username(), "/");
        mvc.post().uri("/account/totp/start").cookie(session).with(csrf()).exchange();
        String secret = SECRET.matcher(mvc.get().uri("/account/totp").cookie(session).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).results().findFirst().orElseThrow().group(1).replace(" ", "");
        long now = Totp.step(Instant.now());
        mvc.post().uri("/account/totp/confirm").cookie(session).with(csrf()).param("code", Totp.code(secret, now)).exchange();

        Cookie second = signIn(reviewer.username(), "/login/totp");
        for (int i = 0; i < 4; i++) {
            assertThat(mvc.post().uri("/login/totp").cookie(second).with(csrf()).param("code", wrong(secret, now)).exchange()).hasStatus(200);
        }
        assertThat(mvc.post().uri("/login/totp").cookie(second).with(csrf()).param("code", wrong(secret, now)).exchange())
                .hasRedirectedUrl("/login?locked=15");
        assertThat(mvc.perform(formLogin("/login").user(reviewer.username()).password(Platform.PASSWORD))).hasRedirectedUrl("/login?locked=15");
    }

    /** A six-digit code that is none of the three accepted now. */
    private static String wrong(String secret, long step) {
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(Totp.code(secret, step - 1)) && !code.equals(Totp.code(secret, step)) && !code.equals(Totp.code(secret, step + 1))) {
                return code;
            }
        }
    }

    private Cookie signIn(String username, String expected) {
        MvcTestResult result = mvc.perform(formLogin("/login").user(username).password(Platform.PASSWORD));
        assertThat(result).hasStatus(302).hasRedirectedUrl(expected);
        return result.getResponse().getCookie("SESSION");
    }
}

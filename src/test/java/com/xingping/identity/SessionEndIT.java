package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import jakarta.servlet.http.Cookie;

import com.xingping.support.Platform;

/**
 * A page session lasts only as long as its account stays as it was when it signed in. Sessions live in
 * the database (Spring Session JDBC) and travel as the {@code SESSION} cookie, as in a browser.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionEndIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountRegistry registry;
    @Autowired
    FindByIndexNameSessionRepository<?> sessions;

    @Test
    void disablingAnAccountEndsItsOpenSessionAtOnce() {
        Platform platform = new Platform(context);
        Account reporter = platform.reporter(platform.unit("停用测试单位"));
        Cookie session = signIn(reporter.username(), Platform.PASSWORD);
        assertThat(mvc.get().uri("/").cookie(session).exchange()).hasStatus(200);
        assertThat(sessions.findByPrincipalName(reporter.username())).hasSize(1);

        Platform.signIn(platform.account(Role.ADMIN));
        try {
            registry.setEnabled(reporter.id(), false);
        } finally {
            Platform.signOut();
        }

        assertThat(mvc.get().uri("/").cookie(session).exchange()).hasStatus(302).hasRedirectedUrl(SessionCheck.ENDED);
        assertThat(sessions.findByPrincipalName(reporter.username())).isEmpty();
        MvcTestResult filing = mvc.post().uri("/records").cookie(session).with(csrf())
                .param("elementId", "learning.theory").param("title", "停用后提交").exchange();
        assertThat(filing).hasStatus(302).hasRedirectedUrl("/login");
    }

    @Test
    void anHtmxRequestOfAnEndedSessionIsSentToTheSignInPage() {
        Platform platform = new Platform(context);
        Account reviewer = platform.account(Role.REVIEWER);
        Cookie session = signIn(reviewer.username(), Platform.PASSWORD);
        Platform.signIn(platform.account(Role.ADMIN));
        try {
            registry.setEnabled(reviewer.id(), false);
        } finally {
            Platform.signOut();
        }

        MvcTestResult fragment = mvc.get().uri("/").cookie(session).header("HX-Request", "true").exchange();

        assertThat(fragment).hasStatus(401).hasHeader("HX-Redirect", SessionCheck.ENDED);
    }

    @Test
    void changingAPasswordEndsTheOtherSessionsButKeepsTheOneThatChangedIt() {
        Account reviewer = new Platform(context).account(Role.REVIEWER);
        Cookie desk = signIn(reviewer.username(), Platform.PASSWORD);
        Cookie phone = signIn(reviewer.username(), Platform.PASSWORD);

        MvcTestResult changed = mvc.post().uri("/account/password").cookie(desk).with(csrf())
                .param("current", Platform.PASSWORD).param("password", "a-new-password-456")
                .param("confirmation", "a-new-password-456").exchange();

        assertThat(changed).hasStatus(302).hasRedirectedUrl("/?passwordChanged");
        assertThat(mvc.get().uri("/").cookie(desk).exchange()).hasStatus(200);
        assertThat(mvc.get().uri("/").cookie(phone).exchange()).hasStatus(302).hasRedirectedUrl(SessionCheck.ENDED);
        assertThat(sessions.findByPrincipalName(reviewer.username())).hasSize(1);
        assertThat(signIn(reviewer.username(), "a-new-password-456")).isNotNull();
    }

    private Cookie signIn(String username, String password) {
        MvcTestResult result = mvc.perform(formLogin("/login").user(username).password(password));
        assertThat(result).hasStatus(302).hasRedirectedUrl("/");
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        return session;
    }
}

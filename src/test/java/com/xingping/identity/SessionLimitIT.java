package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.xingping.support.Platform;

import jakarta.servlet.http.Cookie;

/** With at most two sessions per account, a third sign-in ends the oldest session and keeps the newer. */
@SpringBootTest(properties = "xingping.security.sessions.max-per-account=2")
@AutoConfigureMockMvc
class SessionLimitIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void aSignInBeyondTheLimitEndsTheOldestSession() throws InterruptedException {
        Account reviewer = new Platform(context).account(Role.REVIEWER);
        Cookie first = signIn(reviewer.username());
        Thread.sleep(5);
        Cookie second = signIn(reviewer.username());
        Thread.sleep(5);
        Cookie third = signIn(reviewer.username());

        assertThat(mvc.get().uri("/").cookie(first).exchange()).hasStatus(302);
        assertThat(mvc.get().uri("/").cookie(second).exchange()).hasStatus(200);
        assertThat(mvc.get().uri("/").cookie(third).exchange()).hasStatus(200);
        Account other = new Platform(context).account(Role.REVIEWER);
        assertThat(mvc.get().uri("/").cookie(signIn(other.username())).exchange()).as("another account's sessions are its own").hasStatus(200);
        assertThat(mvc.get().uri("/").cookie(second).exchange()).hasStatus(200);
    }

    private Cookie signIn(String username) {
        MvcTestResult result = mvc.perform(formLogin("/login").user(username).password(Platform.PASSWORD));
        assertThat(result).hasRedirectedUrl("/");
        return result.getResponse().getCookie("SESSION");
    }
}

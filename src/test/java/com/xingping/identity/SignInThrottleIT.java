package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.xingping.support.Platform;

/**
 * An address that failed too often within the window is refused before any password is checked: the
 * API with 429 and Retry-After, the page with a message; other addresses are not affected.
 */
@SpringBootTest(properties = {"xingping.security.sign-in.throttle.failures=3", "xingping.security.sign-in.throttle.window=5m"})
@AutoConfigureMockMvc
class SignInThrottleIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAddressThatFailedTooOftenIsRefusedWith429AndAMessage() {
        Platform platform = new Platform(context);
        Account reviewer = platform.account(Role.REVIEWER);
        for (String name : new String[] {"nobody-1", "nobody-2", "nobody-3"}) {
            assertThat(mvc.get().uri("/api/v1/me").header("Authorization", LockoutContract.basic(name, "Wrong-pass-1"))
                    .with(request -> { request.setRemoteAddr("203.0.113.9"); return request; }).exchange()).hasStatus(401);
        }

        MvcTestResult api = mvc.get().uri("/api/v1/me").header("Authorization", LockoutContract.basic(reviewer.username(), Platform.PASSWORD))
                .with(request -> { request.setRemoteAddr("203.0.113.9"); return request; }).exchange();
        assertThat(api).hasStatus(429).bodyText().contains("此地址登录失败次数过多");
        assertThat(Long.parseLong(api.getResponse().getHeader("Retry-After"))).isBetween(1L, 300L);
        assertThat(mvc.post().uri("/login").param("username", reviewer.username()).param("password", Platform.PASSWORD).with(csrf())
                .with(request -> { request.setRemoteAddr("203.0.113.9"); return request; }).exchange()).hasRedirectedUrl("/login?throttled=5");
        assertThat(mvc.get().uri("/login?throttled=5").exchange()).bodyText().contains("此地址登录失败次数过多，请 <span>5</span> 分钟后再试");
        assertThat(jdbc.queryForObject("select count(*) from sign_in where address = '203.0.113.9' and outcome = 'throttled'",
                Integer.class)).isEqualTo(2);

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", LockoutContract.basic(reviewer.username(), Platform.PASSWORD))
                .with(request -> { request.setRemoteAddr("203.0.113.10"); return request; }).exchange())
                .as("another address").hasStatus(200);
    }
}

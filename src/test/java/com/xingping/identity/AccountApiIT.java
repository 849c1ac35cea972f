package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class AccountApiIT {
    @Autowired
    MockMvcTester mvc;

    @Test
    void anAdminCreatesAReviewerWhoThenSeesThemselvesButNotTheAccountList() throws Exception {
        MvcTestResult created = mvc.post().uri("/api/v1/accounts").with(httpBasic("admin", "test-admin-password"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"reviewer-api\", \"displayName\": \"接口审核员\", \"role\": \"REVIEWER\","
                        + " \"password\": \"first-password-1\"}").exchange();

        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.role").isEqualTo("REVIEWER");
        assertThat(created.getResponse().getContentAsString()).doesNotContain("passwordHash").doesNotContain("$2a$");
        MvcTestResult me = mvc.get().uri("/api/v1/me").with(httpBasic("reviewer-api", "first-password-1")).exchange();
        assertThat(me).bodyJson().extractingPath("$.displayName").isEqualTo("接口审核员");
        assertThat(mvc.get().uri("/api/v1/accounts").with(httpBasic("reviewer-api", "first-password-1")).exchange())
                .hasStatus(403);
    }

    @Test
    void aReporterAccountWithoutAUnitIsRefusedNamingTheField() {
        MvcTestResult refused = mvc.post().uri("/api/v1/accounts").with(httpBasic("admin", "test-admin-password"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"no-unit\", \"displayName\": \"某人\", \"role\": \"REPORTER\","
                        + " \"password\": \"first-password-1\"}").exchange();

        assertThat(refused).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("unitId");
    }
}

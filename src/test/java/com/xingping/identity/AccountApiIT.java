package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.xingping.support.Platform;
import com.xingping.unit.Unit;

@SpringBootTest
@AutoConfigureMockMvc
class AccountApiIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void anAdminCreatesAReviewerWhoThenSeesThemselvesButNotTheAccountList() throws Exception {
        MvcTestResult created = mvc.post().uri("/api/v1/accounts").with(httpBasic("admin", "Committee-Pass-2026"))
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
    void theAccountListIsPagedAndSearchable() {
        Platform platform = new Platform(context);
        for (int i = 0; i < 3; i++) {
            platform.account(Role.LEADER);
        }

        MvcTestResult page = mvc.get().uri("/api/v1/accounts?q=leader-&size=2").with(httpBasic("admin", "Committee-Pass-2026")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyJson().extractingPath("$.items.length()").isEqualTo(2);
        assertThat(page).bodyJson().extractingPath("$.size").isEqualTo(2);
        assertThat(page).bodyJson().extractingPath("$.total").asNumber().satisfies(total -> assertThat(total.intValue()).isGreaterThanOrEqualTo(3));
        assertThat(page).bodyJson().extractingPath("$.items[0].role").isEqualTo("LEADER");
        assertThat(mvc.get().uri("/api/v1/accounts?size=500").with(httpBasic("admin", "Committee-Pass-2026")).exchange())
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void aReporterAccountWithoutAUnitIsRefusedNamingTheField() {
        MvcTestResult refused = mvc.post().uri("/api/v1/accounts").with(httpBasic("admin", "Committee-Pass-2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"no-unit\", \"displayName\": \"某人\", \"role\": \"REPORTER\","
                        + " \"password\": \"first-password-1\"}").exchange();

        assertThat(refused).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("unitId");
    }

    @Test
    void anAccountWithAFirstPasswordCanOnlyChooseItsOwnOverTheApi() {
        Platform platform = new Platform(context);
        platform.year();
        Unit unit = platform.unit("初始密码单位");
        assertThat(mvc.post().uri("/api/v1/accounts").with(httpBasic("admin", "Committee-Pass-2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"first-api\", \"displayName\": \"填报员\", \"role\": \"REPORTER\","
                        + " \"unitId\": " + unit.id() + ", \"password\": \"first-password-1\"}").exchange()).hasStatus(201);

        MvcTestResult refused = mvc.get().uri("/api/v1/records").with(httpBasic("first-api", "first-password-1")).exchange();
        assertThat(refused).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("PUT /api/v1/me/password");
        assertThat(mvc.post().uri("/api/v1/records").with(httpBasic("first-api", "first-password-1"))
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic("first-api", "first-password-1")).exchange()).hasStatus(200);

        MvcTestResult wrongCurrent = changePassword("first-api", "first-password-1", "not-the-password", "second-password-2");
        assertThat(wrongCurrent).hasStatus(400);
        assertThat(wrongCurrent).bodyJson().extractingPath("$.errors[0].field").isEqualTo("current");
        assertThat(changePassword("first-api", "first-password-1", "first-password-1", "second-password-2")).hasStatus(204);

        assertThat(mvc.get().uri("/api/v1/records").with(httpBasic("first-api", "second-password-2")).exchange()).hasStatus(200);
        assertThat(mvc.get().uri("/api/v1/records").with(httpBasic("first-api", "first-password-1")).exchange()).hasStatus(401);
    }

    private MvcTestResult changePassword(String username, String password, String current, String chosen) {
        return mvc.put().uri("/api/v1/me/password").with(httpBasic(username, password)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"current\": \"" + current + "\", \"password\": \"" + chosen + "\", \"confirmation\": \""
                        + chosen + "\"}").exchange();
    }
}

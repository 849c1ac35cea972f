package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** By default (xingping.security.api-docs-public=false) the API's description is for signed-in users only. */
@SpringBootTest(properties = "xingping.security.api-docs-public=false")
@AutoConfigureMockMvc
class ApiDocsPrivateIT {
    @Autowired
    MockMvcTester mvc;

    @Test
    void anonymousVisitorsAreSentToSignInAndSignedInUsersReadIt() {
        for (String path : new String[] {"/v3/api-docs", "/swagger-ui/index.html"}) {
            assertThat(mvc.get().uri(path)).as(path).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        }
        assertThat(mvc.get().uri("/v3/api-docs").with(user("shenji").roles("AUDITOR"))).hasStatus(200)
                .bodyText().contains("\"openapi\"");
    }
}

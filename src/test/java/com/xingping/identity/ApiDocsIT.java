package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The OpenAPI document tells clients to send a bearer token, and names HTTP Basic as legacy only. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsIT {
    @Autowired
    MockMvcTester mvc;

    @Test
    void theDocumentedSignInIsTheBearerTokenAndBasicIsLegacy() {
        MvcTestResult docs = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(docs).hasStatus(200);
        assertThat(docs).bodyJson().extractingPath("$.components.securitySchemes.token.type").isEqualTo("http");
        assertThat(docs).bodyJson().extractingPath("$.components.securitySchemes.token.scheme").isEqualTo("bearer");
        assertThat(docs).bodyJson().extractingPath("$.security[0].token").isNotNull();
        assertThat(docs).bodyJson().extractingPath("$.security.length()").isEqualTo(1);
        assertThat(docs).bodyJson().extractingPath("$.components.securitySchemes.basic.description").asString()
                .startsWith("Legacy");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/me/tokens'].post").isNotNull();
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/me/tokens/{id}'].delete").isNotNull();
    }
}

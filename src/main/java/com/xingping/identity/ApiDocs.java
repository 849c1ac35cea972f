package com.xingping.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The API's documented sign-in: a personal access token as a bearer token; HTTP Basic only as legacy. */
@Configuration
class ApiDocs {
    private static final String TOKEN = "token";
    private static final String BASIC = "basic";

    @Bean
    OpenAPI xingpingApi() {
        return new OpenAPI()
                .info(new Info().title("星评 Xingping API").version("v1")
                        .description("每个请求带个人访问令牌：Authorization: Bearer xp_…（在 /account/tokens 页面创建）。"
                                + " Every call carries a personal access token, created on /account/tokens or with"
                                + " POST /api/v1/me/tokens; it acts with its account's role."))
                .components(new Components()
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("xp_ + 43 base64url characters")
                                .description("个人访问令牌 / personal access token"))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Legacy, kept for older clients: a password check (bcrypt) on every call "
                                        + "costs tens of milliseconds. Use a token instead; Basic is still needed to "
                                        + "create a token over the API (POST /api/v1/me/tokens).")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}

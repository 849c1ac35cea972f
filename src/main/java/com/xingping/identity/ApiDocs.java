package com.xingping.identity;

import java.util.List;
import java.util.Optional;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The API's OpenAPI document: a bearer token as the documented sign-in (HTTP Basic only as legacy), the
 * application's version, distinct schema names, required record components, problem+json for every error and
 * operation ids a generated client can use. {@code ApiContractIT} lints it; {@code ApiClientIT} drives a client
 * generated from it.
 */
@Configuration
class ApiDocs {
    static final String TOKEN = "token";
    static final String BASIC = "basic";

    @Bean
    OpenAPI xingpingApi(Optional<BuildProperties> build) {
        return new OpenAPI()
                .info(new Info().title("星评 Xingping API")
                        .version(build.map(BuildProperties::getVersion).orElse("dev"))
                        .description("市直机关基层党组织“五星示范、双优引领”考评平台的接口。每个请求带个人访问令牌：Authorization: Bearer xp_…"
                                + "（在 /account/tokens 页面创建）。错误以 application/problem+json 答复，errors 列出每个字段与原因。"
                                + " The API of the \"five stars, double excellence\" assessment. Every call carries a personal access"
                                + " token, created on /account/tokens or with POST /api/v1/me/tokens; it acts with its account's role."
                                + " Errors answer application/problem+json; `errors` names each field and the reason."))
                // relative, so the document is the same whichever host and port serve it
                .servers(List.of(new Server().url("/").description("the server that serves this document")))
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

    @Bean
    ModelConverter nestedSchemaNames() {
        return new SchemaNames();
    }

    @Bean
    ModelConverter requiredRecordComponents() {
        return new RequiredComponents();
    }

    @Bean
    OperationCustomizer operationIds() {
        return new OperationIds();
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}

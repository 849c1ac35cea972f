package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;
import com.xingping.audit.AuditEvent;
import com.xingping.audit.AuditLog;
import com.xingping.reporting.ActivityRecord;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;

/** Personal access tokens over the API against a real database; run on H2 and on PostgreSQL by its subclasses. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ApiTokensContract {
    private static final String TOKEN_SHAPE = "xp_[A-Za-z0-9_-]{43}";
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountRegistry registry;
    @Autowired
    PersonalTokens tokens;
    @Autowired
    ApiTokens stored;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    Platform platform;

    @BeforeEach
    void platform() {
        platform = new Platform(context);
        platform.year();
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void aTokenMadeWithThePasswordSignsInAsItsAccountAndIsShownThisOnce() throws Exception {
        Account reviewer = platform.account(Role.REVIEWER);

        MvcTestResult created = create(reviewer, "{\"name\": \"同步脚本\", \"expiresInDays\": 30}");

        assertThat(created).hasStatus(201);
        String body = created.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String token = JsonPath.read(body, "$.token");
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(token).matches(TOKEN_SHAPE);
        assertThat(Duration.between(Instant.parse(JsonPath.read(body, "$.createdAt")), Instant.parse(JsonPath.read(body, "$.expiresAt"))))
                .isEqualTo(Duration.ofDays(30));

        MvcTestResult me = mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange();
        assertThat(me).hasStatus(200);
        assertThat(me).bodyJson().extractingPath("$.username").isEqualTo(reviewer.username());

        Timestamp firstUse = jdbc.queryForObject("select last_used_at from api_token where id = ?", Timestamp.class, id);
        assertThat(firstUse).isNotNull();
        MvcTestResult list = mvc.get().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + token).exchange();
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", Timestamp.class, id))
                .as("noted at most once a minute, not on every call").isEqualTo(firstUse);
        assertThat(list).hasStatus(200);
        assertThat(list).bodyJson().extractingPath("$[0].name").isEqualTo("同步脚本");
        assertThat(list).bodyJson().extractingPath("$[0].state").isEqualTo("ACTIVE");
        assertThat(list).bodyJson().extractingPath("$[0].lastUsedAt").isNotNull();
        String listed = list.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).doesNotContain(token).doesNotContain(sha256(token)).doesNotContain("xp_");

        assertThat(jdbc.queryForObject("select sha256 from api_token where id = ?", String.class, id)).isEqualTo(sha256(token));
        assertThat(jdbc.queryForObject("select count(*) from api_token where sha256 = ? or name = ?", Integer.class, token, token)).isZero();
        AuditEvent audited = audit.history("api_token", id).get(0);
        assertThat(audited.action()).isEqualTo("api-token.created");
        assertThat(audited.actor()).isEqualTo(reviewer.username());
        assertThat(audited.afterState()).contains("同步脚本").doesNotContain(token).doesNotContain(sha256(token));
    }

    @Test
    void anUnknownAMalformedOrAMissingTokenIsA401ProblemOfferingBearerAndBasic() {
        MvcTestResult unknown = withToken("/api/v1/me", "xp_" + "A".repeat(43));
        MvcTestResult malformed = withToken("/api/v1/me", "not-a-token");
        MvcTestResult anonymous = mvc.get().uri("/api/v1/me").exchange();

        for (MvcTestResult refused : new MvcTestResult[] {unknown, malformed}) {
            assertThat(refused).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused).bodyJson().extractingPath("$.detail").asString().startsWith("令牌无效");
            assertThat(refused.getResponse().getHeaders("WWW-Authenticate"))
                    .containsExactly("Bearer realm=\"xingping\", error=\"invalid_token\", error_description=\"Unknown token\"",
                            "Basic realm=\"xingping\", charset=\"UTF-8\"");
        }
        assertThat(anonymous).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(anonymous).bodyJson().extractingPath("$.detail").asString().contains("Authorization: Bearer", "/account/tokens");
        assertThat(anonymous.getResponse().getHeaders("WWW-Authenticate"))
                .containsExactly("Bearer realm=\"xingping\"", "Basic realm=\"xingping\", charset=\"UTF-8\"");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Account reviewer = platform.account(Role.REVIEWER);
        String secret = TokenSecret.generate();
        Instant issued = Instant.now().minus(Duration.ofDays(31));
        stored.save(ApiToken.issue(reviewer.id(), "上个月的令牌", TokenSecret.sha256(secret), issued, issued.plus(Duration.ofDays(30))));

        MvcTestResult refused = withToken("/api/v1/me", secret);

        assertThat(refused).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().startsWith("令牌已过期");
        assertThat(refused.getResponse().getHeader("WWW-Authenticate")).contains("error=\"invalid_token\"", "The token expired");
        assertThat(mvc.get().uri("/api/v1/me/tokens").with(httpBasic(reviewer.username(), Platform.PASSWORD)).exchange())
                .bodyJson().extractingPath("$[0].state").isEqualTo("EXPIRED");
    }

    @Test
    void aRevokedTokenStopsAtOnceAndTheRevocationIsAudited() throws Exception {
        Account reporter = platform.reporter(platform.unit("撤销令牌单位"));
        String token = token(reporter, "旧电脑");
        long id = idOf(reporter);
        assertThat(withToken("/api/v1/me", token)).hasStatus(200);

        MvcTestResult revoked = mvc.delete().uri("/api/v1/me/tokens/{id}", id).header("Authorization", "Bearer " + token).exchange();

        assertThat(revoked).hasStatus(200);
        assertThat(revoked).bodyJson().extractingPath("$.state").isEqualTo("REVOKED");
        MvcTestResult refused = withToken("/api/v1/me", token);
        assertThat(refused).hasStatus(401);
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().startsWith("令牌已撤销");
        assertThat(audit.history("api_token", id)).extracting(e -> e.action() + " by " + e.actor())
                .containsExactly("api-token.created by " + reporter.username(), "api-token.revoked by " + reporter.username());
        assertThat(mvc.delete().uri("/api/v1/me/tokens/{id}", id).with(httpBasic(reporter.username(), Platform.PASSWORD))
                .exchange()).hasStatus(200);
        assertThat(audit.history("api_token", id)).hasSize(2);
    }

    @Test
    void nobodyRevokesAnotherAccountsToken() {
        Account owner = platform.account(Role.REVIEWER);
        Account other = platform.account(Role.REVIEWER);
        String token = token(owner, "别人的令牌");

        MvcTestResult refused = mvc.delete().uri("/api/v1/me/tokens/{id}", idOf(owner))
                .with(httpBasic(other.username(), Platform.PASSWORD)).exchange();

        assertThat(refused).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(withToken("/api/v1/me", token)).hasStatus(200);
    }

    @Test
    void disablingAnAccountStopsItsTokensAtOnce() {
        Account reviewer = platform.account(Role.REVIEWER);
        String token = token(reviewer, "审核脚本");
        assertThat(withToken("/api/v1/review/queue", token)).hasStatus(200);

        Platform.signIn(platform.account(Role.ADMIN));
        registry.setEnabled(reviewer.id(), false);
        Platform.signOut();

        MvcTestResult refused = withToken("/api/v1/review/queue", token);
        assertThat(refused).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().startsWith("账号已停用");
    }

    @Test
    void aTokenActsWithItsAccountsRole() {
        var year = platform.year();
        Unit unit = platform.unit("令牌角色单位");
        ActivityRecord submitted = platform.submitted(unit, year, "norms-3c", LocalDate.of(2018, 5, 2), "待审核的记录");
        String reporterToken = token(platform.reporter(unit), "填报员的令牌");
        String leaderToken = token(platform.account(Role.LEADER), "领导的令牌");
        String reviewerToken = token(platform.account(Role.REVIEWER), "审核员的令牌");

        assertThat(post("/api/v1/records/" + submitted.id() + "/approve", reporterToken)).hasStatus(403);
        assertThat(post("/api/v1/records/" + submitted.id() + "/approve", leaderToken)).hasStatus(403);
        assertThat(withToken("/api/v1/records?unitId=" + unit.id(), leaderToken)).hasStatus(200);

        MvcTestResult approved = post("/api/v1/records/" + submitted.id() + "/approve", reviewerToken);
        assertThat(approved).hasStatus(200);
        assertThat(approved).bodyJson().extractingPath("$.state").isEqualTo("APPROVED");
    }

    @Test
    void anAccountThatMustChangeItsPasswordCannotUseTheApiWithATokenUntilItHas() {
        Platform.signIn(platform.account(Role.ADMIN));
        Account fresh = registry.create(new AccountForm("first-" + System.nanoTime(), "新审核员", Role.REVIEWER, null,
                "first-password-1"));
        Platform.signOut();
        assertThat(create(fresh, "{\"name\": \"第一天\"}")).hasStatus(403);
        String token = tokens.issue(Platform.user(fresh), "修改密码前的令牌", 7).secret();

        MvcTestResult refused = withToken("/api/v1/review/queue", token);

        assertThat(refused).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("PUT /api/v1/me/password");
        assertThat(withToken("/api/v1/me", token)).hasStatus(200);
        assertThat(mvc.put().uri("/api/v1/me/password").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"current\": \"first-password-1\", \"password\": "
                        + "\"second-password-2\", \"confirmation\": \"second-password-2\"}").exchange()).hasStatus(204);
        assertThat(withToken("/api/v1/review/queue", token)).hasStatus(200);
    }

    @Test
    void aTokenCannotMakeAnotherOne() {
        Account reviewer = platform.account(Role.REVIEWER);
        String token = token(reviewer, "只读脚本");

        MvcTestResult refused = mvc.post().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"更久的令牌\", \"expiresInDays\": 365}").exchange();

        assertThat(refused).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("/account/tokens", "HTTP Basic");
        assertThat(tokens.of(Platform.user(reviewer))).hasSize(1);
    }

    @Test
    void aNameAndAnExpiryWithinAYearAreNeededAndNothingIsSavedOtherwise() {
        Account reviewer = platform.account(Role.REVIEWER);

        MvcTestResult nameless = create(reviewer, "{\"name\": \"  \", \"expiresInDays\": 30}");
        MvcTestResult tooLong = create(reviewer, "{\"name\": \"两年\", \"expiresInDays\": 730}");
        MvcTestResult defaulted = create(reviewer, "{\"name\": \"默认有效期\"}");

        assertThat(nameless).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(nameless).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
        assertThat(tooLong).hasStatus(400);
        assertThat(tooLong).bodyJson().extractingPath("$.errors[0].field").isEqualTo("expiresInDays");
        assertThat(tooLong).bodyJson().extractingPath("$.errors[0].reason").asString().contains("1 至 365 天");
        assertThat(defaulted).hasStatus(201);
        assertThat(tokens.of(Platform.user(reviewer))).extracting(TokenView::name).containsExactly("默认有效期");
        TokenView only = tokens.of(Platform.user(reviewer)).get(0);
        assertThat(Duration.between(only.createdAt(), only.expiresAt())).isEqualTo(Duration.ofDays(90));
    }

    private MvcTestResult create(Account account, String json) {
        return mvc.post().uri("/api/v1/me/tokens").with(httpBasic(account.username(),
                        account.mustChangePassword() ? "first-password-1" : Platform.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private String token(Account account, String name) {
        MvcTestResult created = create(account, "{\"name\": \"" + name + "\", \"expiresInDays\": 7}");
        assertThat(created).hasStatus(201);
        return JsonPath.read(new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$.token");
    }

    private long idOf(Account account) {
        return tokens.of(Platform.user(account)).get(0).id();
    }

    private MvcTestResult withToken(String path, String token) {
        return mvc.get().uri(path).header("Authorization", "Bearer " + token).exchange();
    }

    private MvcTestResult post(String path, String token) {
        return mvc.post().uri(path).header("Authorization", "Bearer " + token).exchange();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

package com.xingping.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.support.Platform;

import jakarta.servlet.http.Cookie;

/** The audit administrator's page and API, the refusals around them, and the security events they show. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;

    Platform platform;
    Account auditor;

    @BeforeEach
    void platform() {
        platform = new Platform(context);
        platform.year();
        auditor = platform.account(Role.AUDITOR);
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void theAuditorReadsAFailedSignInFilteredByAccountAndOutcome() throws Exception {
        Account reviewer = platform.account(Role.REVIEWER);
        assertThat(mvc.perform(formLogin("/login").user(reviewer.username()).password("wrong-password-1")))
                .hasStatus(302).hasRedirectedUrl("/login?error");

        MvcTestResult page = mvc.get().uri("/audit?account={a}&outcome=failed", reviewer.username())
                .with(user(Platform.user(auditor))).exchange();

        assertThat(page).hasStatus(200);
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("共 1 条").contains("account.sign-in-failed").contains(reviewer.username()).contains("失败")
                .contains("BadCredentialsException");
    }

    @Test
    void eachEntrysBeforeAndAfterAreReadableAndTheListPages() throws Exception {
        String action = "test.page-" + System.nanoTime();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                audit.record(action, "record", 42L, Map.of("title", "旧标题" + i), Map.of("title", "新标题" + i));
            }
        });

        MvcTestResult second = mvc.get().uri("/audit?action={a}&objectType=record&objectId=42&size=2&page=2", action)
                .with(user(Platform.user(auditor))).exchange();

        String html = second.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("共 3 条").contains("第 2 / 2 页").contains("旧标题0").contains("新标题0").doesNotContain("新标题2")
                .contains("&quot;title&quot; : &quot;新标题0&quot;");
        assertThat(html).contains("action=" + action);
    }

    @Test
    void everyRoleButTheAuditorIsRefusedTheAuditAndTheRefusalIsAudited() {
        List<String> refused = new ArrayList<>();
        for (Role role : Role.values()) {
            Account account = platform.account(role == Role.REPORTER ? Role.REVIEWER : role);
            if (role == Role.REPORTER) {
                account = platform.reporter(platform.unit("审计测试单位"));
            }
            int page = mvc.get().uri("/audit").with(user(Platform.user(account))).exchange().getResponse().getStatus();
            int api = mvc.get().uri("/api/v1/audit").with(httpBasic(account.username(), Platform.PASSWORD)).exchange().getResponse().getStatus();
            int export = mvc.get().uri("/audit/export.xlsx").with(user(Platform.user(account))).exchange().getResponse().getStatus();
            refused.add(role + " " + page + " " + api + " " + export);
        }

        assertThat(refused).containsExactly("ADMIN 403 403 403", "REVIEWER 403 403 403", "REPORTER 403 403 403", "LEADER 403 403 403",
                "AUDITOR 200 200 200", "SECURITY 403 403 403");
        assertThat(jdbc.queryForList("select after_state from audit_event where action = 'access.denied' and outcome = 'denied'"
                + " and entity_type = 'account' order by id desc limit 12", String.class))
                .anySatisfy(detail -> assertThat(detail).contains("\"path\":\"/audit\""));
    }

    @Test
    void theAuditorReadsAndWritesNothingElse() {
        Platform.signIn(auditor);
        Map<String, Integer> statuses = new java.util.LinkedHashMap<>();
        for (String path : List.of("/records", "/review", "/results", "/units", "/scorecards", "/dashboard", "/facts", "/accounts", "/years")) {
            statuses.put("GET " + path, mvc.get().uri(path).with(user(Platform.user(auditor))).exchange().getResponse().getStatus());
        }
        statuses.put("GET /api/v1/units", mvc.get().uri("/api/v1/units").with(httpBasic(auditor.username(), Platform.PASSWORD)).exchange()
                .getResponse().getStatus());
        statuses.put("POST /units", mvc.post().uri("/units").param("code", "X1").param("name", "某单位").with(csrf())
                .with(user(Platform.user(auditor))).exchange().getResponse().getStatus());

        assertThat(statuses).allSatisfy((request, status) -> assertThat(status).as(request).isEqualTo(403));
        assertThat(mvc.get().uri("/").with(user(Platform.user(auditor))).exchange()).hasStatus(200).bodyText().contains("审计日志");
        assertThat(mvc.get().uri("/account/sign-ins").with(user(Platform.user(auditor))).exchange()).hasStatus(200);
    }

    @Test
    void theExportIsAWorkbookOfTheFilteredEntriesAndIsItselfAudited() throws Exception {
        String action = "test.export-" + System.nanoTime();
        transaction.executeWithoutResult(status -> audit.record(action, "unit", 5L, Map.of("name", "市财政局"), Map.of("name", "市财政局（改）")));

        MvcTestResult export = mvc.get().uri("/audit/export.xlsx?action={a}", action).with(user(Platform.user(auditor))).exchange();

        assertThat(export).hasStatus(200).hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheet("审计日志");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(action).contains("共 1 条");
            List<String> headings = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> headings.add(cell.getStringCellValue()));
            assertThat(headings).isEqualTo(AuditWorkbook.HEADINGS);
            Row entry = sheet.getRow(2);
            assertThat(entry.getCell(4).getStringCellValue()).isEqualTo(action);
            assertThat(entry.getCell(5).getStringCellValue()).isEqualTo("unit");
            assertThat(entry.getCell(6).getNumericCellValue()).isEqualTo(5);
            assertThat(entry.getCell(7).getStringCellValue()).isEqualTo("成功");
            assertThat(entry.getCell(8).getStringCellValue()).contains("\"name\" : \"市财政局\"");
            assertThat(entry.getCell(9).getStringCellValue()).contains("市财政局（改）");
            assertThat(entry.getCell(10).getStringCellValue()).matches("[0-9a-f]{64}");
            assertThat(sheet.getRow(3)).isNull();
        }
        Map<String, Object> exported = jdbc.queryForMap("select actor, outcome, after_state from audit_event where action = 'audit.exported'"
                + " order by id desc limit 1");
        assertThat(exported).containsEntry("actor", auditor.username()).containsEntry("outcome", "ok");
        assertThat(exported.get("after_state").toString()).contains(action).contains("\"rows\":1");
    }

    @Test
    void aSignInAndASignOutAreAudited() throws Exception {
        Account leader = platform.account(Role.LEADER);
        MvcTestResult signedIn = mvc.perform(formLogin("/login").user(leader.username()).password(Platform.PASSWORD));
        Cookie session = signedIn.getResponse().getCookie("SESSION");

        assertThat(mvc.post().uri("/logout").cookie(session).with(csrf()).exchange()).hasStatus(302);

        assertThat(jdbc.queryForList("select action || ' ' || outcome || ' ' || address from audit_event where actor = ? order by id",
                String.class, leader.username())).containsExactly("account.signed-in ok 127.0.0.1", "account.signed-out ok 127.0.0.1");
    }

    @Test
    void aBadFilterIsRefusedNamingTheField() {
        assertThat(mvc.get().uri("/api/v1/audit?outcome=maybe").with(httpBasic(auditor.username(), Platform.PASSWORD)).exchange())
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("outcome");
        assertThat(mvc.get().uri("/api/v1/audit?from=2018-06-02&to=2018-06-01").with(httpBasic(auditor.username(), Platform.PASSWORD))
                .exchange()).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("to");
        assertThat(mvc.get().uri("/audit?from=2018-06-02&to=2018-06-01").with(user(Platform.user(auditor))).exchange())
                .hasStatus(200).bodyText().contains("结束日期 2018-06-01 早于开始日期 2018-06-02");
    }

    @Test
    void theApiListsEntriesNewestFirst() throws Exception {
        String action = "test.api-" + System.nanoTime();
        transaction.executeWithoutResult(status -> {
            audit.record(action, "year", 1L, null, Map.of("n", 1));
            audit.record(action, "year", 1L, null, Map.of("n", 2));
        });

        MvcTestResult listed = mvc.get().uri("/api/v1/audit?action={a}", action).with(httpBasic(auditor.username(), Platform.PASSWORD))
                .exchange();

        assertThat(listed).hasStatus(200).bodyJson().extractingPath("$.total").isEqualTo(2);
        assertThat(listed).bodyJson().extractingPath("$.items[0].after").asString().contains("2");
        assertThat(listed).bodyJson().extractingPath("$.items[0].outcome").isEqualTo("ok");
    }
}

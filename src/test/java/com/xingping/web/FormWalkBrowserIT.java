package com.xingping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.TestFiles;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.support.Browser;
import com.xingping.support.FormWalk;
import com.xingping.support.Platform;
import com.xingping.support.Totps;
import com.xingping.support.Xlsx;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;
import com.xingping.year.YearStatus;

/**
 * Every form of the application, submitted in a browser by each role that may use it: once as a user
 * should fill it, once wrongly (a field left empty, a bad number or date, text too long, a file of the
 * wrong kind, a tampered hidden field). The browser's own checks are switched off so the server judges
 * what is sent. After every submission the page must show no raw JSON, no 5xx (of the page or of any
 * request it makes), no script or console error and no English code word; wrong input must be refused
 * with a Chinese message naming the field and leave nothing saved. {@link #FORMS} lists the forms; a
 * form in the templates that the list does not name fails the walk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "xingping.test.database=walk")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FormWalkBrowserIT {
    private static final Set<Role> ALL = Set.of(Role.values());
    private static final Set<Role> BUSINESS = Set.of(Role.ADMIN, Role.REVIEWER, Role.REPORTER, Role.LEADER);
    private static final Set<Role> AUDITOR = Set.of(Role.AUDITOR);
    private static final Set<Role> SECURITY = Set.of(Role.SECURITY);
    private static final Set<Role> ADMIN = Set.of(Role.ADMIN);
    private static final Set<Role> COMMITTEE = Set.of(Role.ADMIN, Role.REVIEWER);
    private static final Set<Role> REVIEWER = Set.of(Role.REVIEWER);
    private static final Set<Role> REPORTER = Set.of(Role.REPORTER);
    private static final Set<Role> LEADER = Set.of(Role.LEADER);
    private static final Set<Role> WRITERS = Set.of(Role.ADMIN, Role.REVIEWER, Role.REPORTER);
    private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.LEADER);

    /** A form of a template: its page, method, action (path variables as in the template) and the roles that walk it. */
    record Form(String template, String method, String action, Set<Role> roles) {
        String key() {
            return template + " " + method + " " + action;
        }
    }

    static final List<Form> FORMS = List.of(
            new Form("identity/login", "post", "/login", ALL),
            new Form("fragments/layout", "post", "/logout", ALL),
            new Form("identity/password", "post", "/account/password", ALL),
            new Form("identity/tokens", "post", "/account/tokens", ALL),
            new Form("identity/tokens", "post", "/account/tokens/{id}/revoke", ALL),
            new Form("scoring/simulator", "post", "/simulator", BUSINESS),
            new Form("identity/totp", "post", "/account/totp/start", AUDITOR),
            new Form("identity/totp", "post", "/account/totp/confirm", AUDITOR),
            new Form("identity/totp-check", "post", "/login/totp", AUDITOR),
            new Form("identity/totp-check", "post", "/logout", AUDITOR),
            new Form("audit/log", "get", "/audit", AUDITOR),
            new Form("notify/inbox", "post", "/inbox/email", ALL),
            new Form("notify/inbox", "post", "/inbox/read", REPORTER),
            new Form("notify/inbox", "post", "/inbox/{id}/open", REPORTER),
            new Form("unit/list", "get", "/units", Set.of(Role.ADMIN, Role.REVIEWER, Role.LEADER)),
            new Form("unit/list", "post", "/units/{id}/deactivate", ADMIN),
            new Form("unit/list", "post", "/units/{id}/reactivate", ADMIN),
            new Form("unit/form", "post", "/units", ADMIN),
            new Form("unit/form", "post", "/units/{id}", ADMIN),
            new Form("year/list", "post", "/years", ADMIN),
            new Form("year/list", "post", "/years/{id}/dates", ADMIN),
            new Form("year/close", "post", "/years/{id}/close", ADMIN),
            new Form("rubrics/list", "post", "/rubrics/drafts", ADMIN),
            new Form("rubrics/draft", "post", "/rubrics/{id}", ADMIN),
            new Form("rubrics/draft", "post", "/rubrics/{id}/tests", ADMIN),
            new Form("rubrics/draft", "post", "/rubrics/{id}/issue", ADMIN),
            new Form("rubrics/draft", "post", "/years", ADMIN),
            new Form("identity/accounts", "get", "/accounts", ADMIN),
            new Form("identity/accounts", "post", "/accounts", ADMIN),
            new Form("identity/accounts", "post", "/accounts/{id}/disable", ADMIN),
            new Form("identity/accounts", "post", "/accounts/{id}/enable", ADMIN),
            new Form("identity/account", "post", "/accounts/{id}", ADMIN),
            new Form("identity/account", "post", "/accounts/{id}/password", ADMIN),
            new Form("identity/security", "get", "/security", SECURITY),
            new Form("identity/security", "post", "/security/accounts/{id}/confirm", SECURITY),
            new Form("identity/security", "post", "/security/accounts/{id}/unlock", SECURITY),
            new Form("identity/security-account", "post", "/security/accounts/{id}/confirm", SECURITY),
            new Form("identity/security-account", "post", "/security/accounts/{id}/unlock", SECURITY),
            new Form("identity/security-account", "post", "/security/accounts/{id}/totp/reset", SECURITY),
            new Form("identity/security-account", "post", "/security/accounts/{id}/sessions/end", SECURITY),
            new Form("identity/security-account", "post", "/security/accounts/{id}/tokens/revoke", SECURITY),
            new Form("audit/log", "get", "/security/audit-trail", SECURITY),
            new Form("facts/overview", "get", "/facts", Set.of(Role.ADMIN, Role.REVIEWER, Role.LEADER)),
            new Form("facts/unit", "post", "/facts/units/{u}/assessed", COMMITTEE),
            new Form("facts/unit", "post", "/facts/units/{u}/penalties", COMMITTEE),
            new Form("facts/unit", "post", "/facts/units/{u}/baselines", COMMITTEE),
            new Form("facts/unit", "post", "/facts/units/{u}/serious", COMMITTEE),
            new Form("facts/unit", "post", "/facts/units/{u}/performance", COMMITTEE),
            new Form("facts/unit", "post", "/facts/units/{u}/commendations", COMMITTEE),
            new Form("facts/unit", "post", "/facts/units/{u}/innovations", COMMITTEE),
            new Form("facts/unit", "post", "/facts/units/{u}/pilot", COMMITTEE),
            new Form("facts/unit", "post", "/facts/units/{u}/inspections", COMMITTEE),
            new Form("facts/edit", "post", "/facts/{k}/{id}", COMMITTEE),
            new Form("facts/edit", "post", "/facts/{k}/{id}/withdraw", COMMITTEE),
            new Form("facts/conduct", "post", "/facts/conduct/official", COMMITTEE),
            new Form("facts/conduct", "post", "/facts/conduct/official/{id}/withdraw", COMMITTEE),
            new Form("facts/imports", "post", "/facts/imports/{k}", COMMITTEE),
            new Form("results/home", "post", "/results/publish", ADMIN),
            new Form("results/home", "post", "/results/rescore", ADMIN),
            new Form("results/home", "post", "/results/notice", ADMIN),
            new Form("results/home", "post", "/results/objections/{id}/decision", ADMIN),
            new Form("results/home", "post", "/results/notice/{id}/sign-off", LEADER),
            new Form("results/unit", "post", "/results/notice/{id}/objections", REPORTER),
            new Form("roster/pick", "get", "/roster", READERS),
            new Form("roster/roster", "post", "/roster/{u}/members", WRITERS),
            new Form("roster/roster", "post", "/roster/{u}/import", WRITERS),
            new Form("roster/roster", "post", "/roster/{u}/members/{id}/delete", WRITERS),
            new Form("roster/member", "post", "/roster/{u}/members/{id}", WRITERS),
            new Form("reporting/records", "get", "/records", REPORTER),
            new Form("reporting/record-form", "post", "/records", REPORTER),
            new Form("reporting/record-form", "post", "/records/{id}", REPORTER),
            new Form("reporting/record", "post", "/records/{id}/submit", REPORTER),
            new Form("reporting/record", "post", "/records/{id}/withdraw", REPORTER),
            new Form("reporting/record", "post", "/records/{id}/evidence", REPORTER),
            new Form("reporting/parts", "post", "/records/evidence/{id}/delete", REPORTER),
            new Form("reporting/review-queue", "get", "/review", COMMITTEE),
            new Form("reporting/review-queue", "post", "/review/bulk-approve", COMMITTEE),
            new Form("reporting/bulk-confirm", "post", "/review/bulk-approve", COMMITTEE),
            new Form("reporting/review-record", "post", "/review/{id}/decision", COMMITTEE),
            new Form("reporting/review-record", "post", "/review/{id}/falsify", COMMITTEE),
            new Form("integrity/signals", "get", "/integrity", COMMITTEE),
            new Form("reform/reform", "get", "/reform", COMMITTEE),
            new Form("reform/reform", "post", "/reform", COMMITTEE),
            new Form("reform/reform", "get", "/reform/compare", COMMITTEE));

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern FORM_TAG = Pattern.compile("<form\\b(?:[^>\"]|\"[^\"]*\")*>");
    private static final Pattern ACTION = Pattern.compile("\\b(?:th:)?action=\"([^\"]*)\"");
    private static final Pattern METHOD = Pattern.compile("\\bmethod=\"([^\"]*)\"");
    private static final String DATE = "2018-06-01";
    private static final String REFERENCE = "绍市机工委〔2018〕20号";
    private static final String TOO_LONG = "长".repeat(1001);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    Platform platform;
    AssessmentYear year;
    AssessmentYear closing;
    Unit unit;
    final Map<Role, Account> accounts = new EnumMap<>(Role.class);
    final Map<Role, String> passwords = new EnumMap<>(Role.class);
    final Set<String> walked = new TreeSet<>();
    final Set<String> madeNames = new HashSet<>();
    final Set<String> rubricWords = new HashSet<>();

    @BeforeAll
    void aYearWithWorkForEveryRole() {
        browser = new Browser(port);
        platform = new Platform(context);
        year = platform.year();
        unit = platform.unit("走查局");
        closing = context.getBean(YearRegistry.class).byYear(2016).orElseGet(() -> context.getBean(YearRegistry.class)
                .seed(new AssessmentYear(null, 2016, "shaoxing-2018", LocalDate.of(2015, 12, 16), LocalDate.of(2016, 12, 15),
                        YearStatus.OPEN, Instant.parse("2016-01-01T00:00:00Z"), null, null, null)));
        platform.submitted(unit, closing, "norms-3a", LocalDate.of(2016, 3, 1), "三会一课（待关闭年度）");
        for (Role role : Role.values()) {
            accounts.put(role, role == Role.REPORTER ? platform.reporter(unit) : platform.account(role));
            passwords.put(role, Platform.PASSWORD);
        }
        madeNames.addAll(List.of("no-such-rubric", "not-an-address", "reporter", "reviewer", "walk@example.cn"));
        Rubric rubric = RubricLoader.bundled("shaoxing-2018");
        rubricWords.add(rubric.id());
        rubric.elements().forEach(e -> rubricWords.add(e.id()));
        rubric.stars().forEach(s -> s.baselines().forEach(b -> rubricWords.add(b.id())));
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void everyFormOfTheTemplatesIsInTheWalk() throws IOException {
        Set<String> listed = new TreeSet<>(FORMS.stream().map(Form::key).toList());
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String template = TEMPLATES.relativize(file).toString().replace('\\', '/').replaceAll("\\.html$", "");
                Matcher tag = FORM_TAG.matcher(Files.readString(file));
                while (tag.find()) {
                    Matcher action = ACTION.matcher(tag.group());
                    Matcher method = METHOD.matcher(tag.group());
                    String verb = method.find() ? method.group(1).toLowerCase() : "get";
                    assertThat(action.find()).as("a form without an action in %s", template).isTrue();
                    paths(action.group(1)).forEach(path -> found.add(template + " " + verb + " " + path));
                }
            }
        }
        assertThat(found).as("forms in the templates").isEqualTo(listed);
    }

    /** The paths of a Thymeleaf link expression (both of a conditional), without their parameters. */
    static List<String> paths(String expression) {
        List<String> paths = new ArrayList<>();
        for (int at = expression.indexOf("@{"); at >= 0; at = expression.indexOf("@{", at + 2)) {
            StringBuilder path = new StringBuilder();
            int depth = 0;
            for (int i = at + 2; i < expression.length(); i++) {
                char c = expression.charAt(i);
                if (depth == 0 && (c == '(' || c == '}')) {
                    break;
                }
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                path.append(c);
            }
            paths.add(path.toString());
        }
        if (paths.isEmpty()) {
            paths.add(expression);
        }
        return paths;
    }

    @Test
    @Order(2)
    void theAdministratorsForms() {
        walkAs(Role.ADMIN, walk -> {
            unitForms(walk);
            yearForms(walk);
            rubricForms(walk);
            accountForms(walk);
            factForms(walk, platform.unit("走查事实甲局"));
            officialConduct(walk);
            imports(walk, true);
            get(walk, "/roster", "#roster-unit-search", "/roster");
            roster(walk, platform.unit("走查名册甲局"));
            review(walk);
            results(walk);
        });
    }

    @Test
    @Order(3)
    void theReviewersForms() {
        walkAs(Role.REVIEWER, walk -> {
            factForms(walk, platform.unit("走查事实乙局"));
            officialConduct(walk);
            imports(walk, false);
            roster(walk, platform.unit("走查名册乙局"));
            review(walk);
        });
    }

    @Test
    @Order(4)
    void theReportersForms() {
        walkAs(Role.REPORTER, walk -> {
            records(walk);
            roster(walk, unit);
            inbox(walk);
            objection(walk);
        });
    }

    @Test
    @Order(5)
    void theLeadersForms() {
        walkAs(Role.LEADER, walk -> {
            get(walk, "/roster", "#roster-unit-search", "/roster");
            signOff(walk);
        });
    }

    @Test
    @Order(5)
    void theSecurityAdministratorsForms() {
        walkAs(Role.SECURITY, this::securityForms);
    }

    @Test
    @Order(5)
    void theAuditorsForms() {
        walkAs(Role.AUDITOR, walk -> {
            get(walk, "/audit", "#audit-filter", "/audit");
            secondFactor(walk, Role.AUDITOR);
        });
    }

    /** Signs in, walks the forms every role has and then the role's own, signs out; fails on anything met on the way. */
    private void walkAs(Role role, Consumer<FormWalk> forms) {
        FormWalk walk = signIn(role);
        try {
            everyonesForms(role, walk);
            forms.accept(walk);
            Locator logout = walk.page().locator("form[action$='/logout']");
            walk.submit(logout, "/logout", true);
            assertThat(walk.page().url()).contains("/login");
        } catch (RuntimeException | AssertionError stopped) {
            String reason = String.valueOf(stopped);
            walk.findings().add("the walk stopped on " + walk.where() + ": " + reason.substring(0, Math.min(600, reason.length())));
        } finally {
            walk.walked().forEach(step -> walked.add(role + " " + step));
            walk.page().context().close();
        }
        assertThat(walk.findings()).as("what %s met", role).isEmpty();
    }

    @Test
    @Order(6)
    void everyFormWasWalkedByEveryRoleThatUsesIt() {
        Set<String> missing = new LinkedHashSet<>();
        for (Form form : FORMS) {
            for (Role role : form.roles()) {
                if (!walked.contains(role + " " + form.action() + " valid")) {
                    missing.add(role + " " + form.key());
                }
            }
        }
        assertThat(missing).as("forms not walked").isEmpty();
    }

    private void everyonesForms(Role role, FormWalk walk) {
        if (role.readsAllUnits()) {
            get(walk, "/units", "#unit-search", "/units");
            get(walk, "/facts", "#fact-unit-search", "/facts");
        }
        if (role != Role.AUDITOR && role != Role.SECURITY) {
            refused(walk, "/simulator", "form[action$='/simulator']", "/simulator", "评分数据", "select 1",
                    form -> set(form, "document", "{\"units\": ["));
            accepted(walk, "/simulator", "form[action$='/simulator']", "/simulator", form -> { });
        }
        String tokens = "select count(*) from api_token where account_id = " + accounts.get(role).id();
        refused(walk, "/account/tokens", "form[action$='/account/tokens']", "/account/tokens", "名称", tokens,
                form -> set(form, "name", ""));
        accepted(walk, "/account/tokens", "form[action$='/account/tokens']", "/account/tokens",
                form -> set(form, "name", "走查令牌"));
        accepted(walk, "/account/tokens", "form[action$='/revoke']", "/account/tokens/{id}/revoke", form -> { });
        String email = "select email from app_user where id = " + accounts.get(role).id();
        refused(walk, "/inbox", "#own-email", "/inbox/email", "邮箱", email, form -> set(form, "email", "not-an-address"));
        accepted(walk, "/inbox", "#own-email", "/inbox/email", form -> set(form, "email", "walk@example.cn"));
        String hash = "select password_hash from app_user where id = " + accounts.get(role).id();
        String changed = "Walk-changed-" + role.name().toLowerCase() + "-1";
        refused(walk, "/account/password", "form[action$='/account/password']", "/account/password", "密码", hash, form -> {
            set(form, "current", passwords.get(role));
            set(form, "password", changed);
            set(form, "confirmation", changed + "x");
        });
        accepted(walk, "/account/password", "form[action$='/account/password']", "/account/password", form -> {
            set(form, "current", passwords.get(role));
            set(form, "password", changed);
            set(form, "confirmation", changed);
        });
        passwords.put(role, changed);
    }

    /** A search form: any text, however long or odd, gives a page, never an error. */
    private void get(FormWalk walk, String path, String form, String action) {
        for (String q : List.of("走查", "%' " + "长".repeat(200))) {
            accepted(walk, path, form, action, f -> {
                if (f.locator("[name=q]").count() > 0) {
                    set(f, "q", q);
                }
            });
        }
    }

    private void unitForms(FormWalk walk) {
        String code = "W" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        refused(walk, "/units/new", "form[action$='/units']", "/units", "名称", "select count(*) from unit", form -> {
            set(form, "code", code);
            set(form, "name", "");
        });
        accepted(walk, "/units/new", "form[action$='/units']", "/units", form -> {
            set(form, "code", code);
            set(form, "name", "走查新建局");
        });
        long id = jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
        String row = "select name, version from unit where id = " + id;
        refused(walk, "/units/" + id + "/edit", "form[action$='/units/" + id + "']", "/units/{id}", "名称", row,
                form -> set(form, "name", TOO_LONG));
        accepted(walk, "/units/" + id + "/edit", "form[action$='/units/" + id + "']", "/units/{id}",
                form -> set(form, "name", "走查新建局（更名）"));
        accepted(walk, "/units?q=" + code, "form[action$='/deactivate']", "/units/{id}/deactivate", form -> { });
        accepted(walk, "/units?q=" + code, "form[action$='/reactivate']", "/units/{id}/reactivate", form -> { });
    }

    private void yearForms(FormWalk walk) {
        refused(walk, "/years", "form[action$='/years']", "/years", "细则", "select count(*) from assessment_year",
                form -> form.locator("select[name=storedRubricId]").evaluate("s => s.options[0].value = '999999'"));
        accepted(walk, "/years", "form[action$='/years']", "/years", form -> { });
        String dates = "form[action$='/years/" + year.id() + "/dates']";
        refused(walk, "/years", dates, "/years/{id}/dates", "审核截止", "select * from year_dates",
                form -> set(form, "reviewCloses", "2018-13-45"));
        accepted(walk, "/years", dates, "/years/{id}/dates", form -> { });
        String close = "/years/" + closing.id() + "/close";
        String status = "select status from assessment_year where id = " + closing.id();
        refused(walk, close, "#close-form", "/years/{id}/close", "理由", status, form -> set(form, "reason", ""));
        accepted(walk, close, "#close-form", "/years/{id}/close", form -> set(form, "reason", "走查：年度结束"));
    }

    /** A draft from the first stored rubric: refused empty, saved, tested, issued, and a year opened on it (2018: refused, open already). */
    private void rubricForms(FormWalk walk) {
        accepted(walk, "/rubrics", "form[action$='/rubrics/drafts']", "/rubrics/drafts", form -> { });
        Long id = jdbc.queryForObject("select max(id) from stored_rubric where state = 'DRAFT'", Long.class);
        String draft = "/rubrics/" + id;
        refused(walk, draft, "#rubric-form", "/rubrics/{id}", "细则内容", "select sha256, version from stored_rubric where id = " + id,
                form -> set(form, "yaml", ""));
        accepted(walk, draft, "#rubric-form", "/rubrics/{id}", form -> { });
        accepted(walk, draft, "form[action$='/tests']", "/rubrics/{id}/tests", form -> { });
        accepted(walk, draft, "form[action$='/issue']", "/rubrics/{id}/issue", form -> { });
        accepted(walk, draft, "form.rubric-open-year-form", "/years", form -> { });
    }

    private void accountForms(FormWalk walk) {
        String username = "walk-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Consumer<Locator> newAccount = form -> {
            set(form, "username", username);
            set(form, "displayName", "走查审核员");
            set(form, "role", "REVIEWER");
        };
        String create = "form[action$='/accounts'][method=post]";
        refused(walk, "/accounts", create, "/accounts", "密码", "select count(*) from app_user", newAccount.andThen(
                form -> set(form, "password", "short")));
        accepted(walk, "/accounts", create, "/accounts", newAccount.andThen(form -> set(form, "password", "walk-password-1")));
        get(walk, "/accounts", "#account-search", "/accounts");
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        String row = "select display_name, email, role from app_user where id = " + id;
        refused(walk, "/accounts/" + id, "#account-edit", "/accounts/{id}", "邮箱", row, form -> set(form, "email", "not-an-address"));
        accepted(walk, "/accounts/" + id, "#account-edit", "/accounts/{id}", form -> set(form, "displayName", "走查审核员（改）"));
        String hash = "select password_hash from app_user where id = " + id;
        refused(walk, "/accounts/" + id, "#account-reset", "/accounts/{id}/password", "密码", hash, form -> set(form, "password", "123"));
        accepted(walk, "/accounts/" + id, "#account-reset", "/accounts/{id}/password", form -> set(form, "password", "walk-temporary-2"));
        accepted(walk, "/accounts?q=" + username, "form[action$='/disable']", "/accounts/{id}/disable", form -> { });
        accepted(walk, "/accounts?q=" + username, "form[action$='/enable']", "/accounts/{id}/enable", form -> { });
    }

    /**
     * The security administrator's forms on an account of their own making: confirmed (from the list and
     * from its page), unlocked (both), its second factor reset, its page session ended and its tokens revoked.
     */
    private void securityForms(FormWalk walk) {
        get(walk, "/security", "#security-search", "/security");
        get(walk, "/security/audit-trail", "#audit-filter", "/security/audit-trail");
        Account other = platform.account(Role.AUDITOR);
        long id = other.id();
        String page = "/security/accounts/" + id;
        String awaiting = "update app_user set awaiting_confirmation = true where id = ?";
        jdbc.update(awaiting, id);
        accepted(walk, "/security", "form[action$='/security/accounts/" + id + "/confirm']", "/security/accounts/{id}/confirm", form -> { });
        jdbc.update(awaiting, id);
        accepted(walk, page, "form[action$='/confirm']", "/security/accounts/{id}/confirm", form -> { });
        String lock = "update app_user set failed_sign_ins = 5, locked_until = ? where id = ?";
        jdbc.update(lock, java.sql.Timestamp.from(Instant.now().plusSeconds(900)), id);
        accepted(walk, "/security", "form[action$='/security/accounts/" + id + "/unlock']", "/security/accounts/{id}/unlock", form -> { });
        jdbc.update(lock, java.sql.Timestamp.from(Instant.now().plusSeconds(900)), id);
        accepted(walk, page, "form[action$='/unlock']", "/security/accounts/{id}/unlock", form -> { });
        jdbc.update("update app_user set totp_secret = 'JBSWY3DPEHPK3PXP', totp_enabled = true where id = ?", id);
        accepted(walk, page, "form[action$='/totp/reset']", "/security/accounts/{id}/totp/reset", form -> { });
        try (var signedIn = browser.signIn(other.username(), Platform.PASSWORD).context()) {
            accepted(walk, page, "form[action$='/sessions/end']", "/security/accounts/{id}/sessions/end", form -> { });
        }
        jdbc.update("insert into api_token (account_id, name, sha256, created_at, expires_at) values (?, ?, ?, ?, ?)", id, "走查令牌",
                "f".repeat(64), java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now().plusSeconds(86_400)));
        accepted(walk, page, "form[action$='/tokens/revoke']", "/security/accounts/{id}/tokens/revoke", form -> { });
    }

    /**
     * Enrols a second factor (a wrong code refused, the app's code accepted), signs out, and signs in
     * again through the code step: a wrong code refused, then the right code.
     */
    private void secondFactor(FormWalk walk, Role role) {
        String enabled = "select totp_enabled from app_user where id = " + accounts.get(role).id();
        Locator start = walk.open("/account/totp", "form[action$='/account/totp/start']");
        walk.submit(start, "/account/totp/start", true);
        String secret = walk.page().locator("#totp-secret").innerText().replaceAll("\\s", "");
        madeNames.add(secret);
        String before = String.valueOf(jdbc.queryForList(enabled));
        Locator confirm = walk.page().locator("form[action$='/account/totp/confirm']");
        set(confirm, "code", "000000");
        walk.submit(confirm, "/account/totp/confirm", false);
        walk.assertRefused("/account/totp/confirm", "动态口令");
        assertThat(String.valueOf(jdbc.queryForList(enabled))).isEqualTo(before);
        confirm = walk.page().locator("form[action$='/account/totp/confirm']");
        set(confirm, "code", Totps.at(secret, Instant.now()));
        walk.submit(confirm, "/account/totp/confirm", true);
        walk.page().locator("#recovery-codes li").allInnerTexts().forEach(madeNames::add);

        walk.submit(walk.page().locator("form[action$='/logout']").first(), "/logout", true);
        Locator step = passwordStep(walk, role);
        set(step, "code", "000000");
        walk.submit(step, "/login/totp", false);
        walk.assertRefused("/login/totp", "动态口令");
        step = walk.page().locator("form[action$='/login/totp']");
        set(step, "code", Totps.at(secret, Instant.now().plusSeconds(30)));
        walk.submit(step, "/login/totp", true);
        assertThat(walk.page().url()).doesNotContain("/login");
    }

    private Locator passwordStep(FormWalk walk, Role role) {
        Locator login = walk.open("/login", "form[action$='/login']");
        login.getByLabel("用户名").fill(accounts.get(role).username());
        login.getByLabel("密码").fill(passwords.get(role));
        walk.submit(login, "/login", true);
        assertThat(walk.page().url()).contains("/login/totp");
        return walk.page().locator("form[action$='/login/totp']");
    }

    private void factForms(FormWalk walk, Unit target) {
        String page = "/facts/units/" + target.id() + "?yearId=" + year.id();
        String rows = "select count(*) from committee_fact where unit_id = " + target.id();
        for (String kind : List.of("assessed", "penalties", "baselines", "serious", "performance", "commendations",
                "innovations", "pilot", "inspections")) {
            String form = "form[action$='/facts/units/" + target.id() + "/" + kind + "']";
            String action = "/facts/units/{u}/" + kind;
            Consumer<Locator> source = f -> {
                set(f, "date", DATE);
                set(f, "reference", REFERENCE);
                set(f, "reason", "表单走查");
                if (f.locator("[name=score]").count() > 0) {
                    set(f, "score", "1");
                }
                if (f.locator("[name=project]").count() > 0) {
                    set(f, "project", "走查项目");
                }
                if ("serious".equals(kind)) {
                    set(f, "points", "2");
                }
            };
            refused(walk, page, form, action, "日期", "select count(*) from committee_fact where unit_id = " + target.id(),
                    source.andThen(f -> set(f, "date", "2018-02-30")));
            accepted(walk, page, form, action, source);
        }
        if (count(rows) != 9) {
            walk.findings().add("facts entered: " + count(rows) + " of 9");
        }
        long serious = jdbc.queryForObject("select id from committee_fact where unit_id = ? and kind = 'SERIOUS'", Long.class,
                target.id());
        String edit = "/facts/serious/" + serious + "/edit";
        String row = "select * from committee_fact where id = " + serious;
        refused(walk, edit, "#edit-form", "/facts/{k}/{id}", "扣分", row, form -> set(form, "points", "两分"));
        accepted(walk, edit, "#edit-form", "/facts/{k}/{id}", form -> set(form, "points", "3"));
        refused(walk, edit, "#withdraw-form", "/facts/{k}/{id}/withdraw", "撤销原因", row, form -> set(form, "reason", ""));
        accepted(walk, edit, "#withdraw-form", "/facts/{k}/{id}/withdraw", form -> set(form, "reason", "走查：录入有误"));
    }

    private void officialConduct(FormWalk walk) {
        String rows = "select * from conduct_official where year_id = " + year.id();
        Consumer<Locator> source = form -> {
            set(form, "mean", "86.25");
            set(form, "date", DATE);
            set(form, "reference", REFERENCE);
        };
        refused(walk, "/facts/conduct", "#official-form", "/facts/conduct/official", "平均分", rows,
                source.andThen(form -> set(form, "mean", "八十六")));
        accepted(walk, "/facts/conduct", "#official-form", "/facts/conduct/official", source);
        String withdraw = "form[action*='/facts/conduct/official/'][action$='/withdraw']";
        refused(walk, "/facts/conduct", withdraw, "/facts/conduct/official/{id}/withdraw", "理由", rows,
                form -> set(form, "reason", ""));
        accepted(walk, "/facts/conduct", withdraw, "/facts/conduct/official/{id}/withdraw",
                form -> set(form, "reason", "走查：撤销"));
    }

    private void imports(FormWalk walk, boolean units) {
        Unit a = platform.unit("走查导入局");
        Map<String, byte[]> sheets = new java.util.LinkedHashMap<>();
        if (units) {
            String code = "I" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
            madeNames.add(code);
            sheets.put("units", Xlsx.header("编码", "名称", "参加目标责任制考核", "工委机关").row(code, "走查导入新局", "是", "否").bytes());
        }
        sheets.put("rosters", Xlsx.header("单位编码", "姓名", "身份", "学时").row(a.code(), "张三", "普通党员", 30).bytes());
        sheets.put("conduct", Xlsx.header("单位编码", "单位名称", "得分", "未参评", "工委判定").row(a.code(), a.name(), 91.5, null, null).bytes());
        sheets.put("target", Xlsx.header("单位编码", "单位名称", "是否优胜").row(a.code(), a.name(), "是").bytes());
        sheets.put("conduct-official", Xlsx.header("单位编码", "列入末三位").row(a.code(), "是").bytes());
        String rows = "select (select count(*) from unit) + (select count(*) from member) + (select count(*) from committee_fact)"
                + " + (select count(*) from conduct_official)";
        String page = "/facts/imports?yearId=" + year.id();
        for (Map.Entry<String, byte[]> sheet : sheets.entrySet()) {
            String form = "section#" + sheet.getKey() + " form";
            String file = "走查" + sheet.getKey() + ".xlsx";
            madeNames.add(file);
            Consumer<Locator> source = f -> {
                if (f.locator("[name=date]").count() > 0) {
                    set(f, "date", DATE);
                    set(f, "reference", REFERENCE);
                }
                if (f.locator("[name=mean]").count() > 0) {
                    set(f, "mean", "86.25");
                }
            };
            refused(walk, page, form, "/facts/imports/{k}", "文件", rows, source.andThen(f -> f.locator("[name=file]")
                    .setInputFiles(new FilePayload(file, "application/pdf", Xlsx.pdf()))));
            accepted(walk, page, form, "/facts/imports/{k}", source.andThen(f -> f.locator("[name=file]")
                    .setInputFiles(new FilePayload(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            sheet.getValue()))));
            if (!walk.visibleText().matches(".*已(导入|替换|录入).*")) {
                walk.findings().add("import of " + sheet.getKey() + " not done: " + walk.visibleText());
            }
        }
    }

    private void results(FormWalk walk) {
        String page = "/results?yearId=" + year.id();
        refused(walk, page, "#publish-form", "/results/publish", "说明", "select count(*) from publication",
                form -> set(form, "note", TOO_LONG));
        accepted(walk, page, "#publish-form", "/results/publish", form -> set(form, "note", "走查发布"));
        accepted(walk, page, "#rescore-form", "/results/rescore", form -> { });
        notice(walk, page);
    }

    /** The committee posts the version just published and decides an objection filed here as the unit's reporter would. */
    private void notice(FormWalk walk, String page) {
        jdbc.update("delete from result_objection");
        jdbc.update("delete from result_notice");
        LocalDate today = today();
        refused(walk, page, "#notice-form", "/results/notice", "结束日期", "select count(*) from result_notice", form -> {
            set(form, "startsOn", today.plusDays(3).toString());
            set(form, "endsOn", today.plusDays(1).toString());
        });
        accepted(walk, page, "#notice-form", "/results/notice", form -> set(form, "endsOn", today.plusDays(7).toString()));
        Long notice = openNotice();
        jdbc.update("""
                insert into result_objection (notice_id, unit_id, subject, reason, evidence, filed_by, filed_at, state,
                    open_subject) values (?, ?, 'rank', '走查申诉', '走查材料', 'walk', current_timestamp, 'OPEN', 'rank')""",
                notice, unit.id());
        String objection = "select state, decision_reason from result_objection where notice_id = " + notice;
        refused(walk, page, ".decide-form", "/results/objections/{id}/decision", "复核理由", objection,
                form -> set(form, "outcome", "UPHELD"));
        accepted(walk, page, ".decide-form", "/results/objections/{id}/decision", form -> {
            set(form, "outcome", "UPHELD");
            set(form, "reason", "走查复核");
        });
    }

    private void objection(FormWalk walk) {
        String page = "/results/mine?yearId=" + year.id();
        String rows = "select count(*) from result_objection";
        refused(walk, page, "#objection-form", "/results/notice/{id}/objections", "申诉理由", rows, form -> {
            set(form, "subject", "star:study");
            set(form, "evidence", "走查材料");
        });
        accepted(walk, page, "#objection-form", "/results/notice/{id}/objections", form -> {
            set(form, "subject", "star:study");
            set(form, "reason", "走查申诉");
            set(form, "evidence", "走查材料");
        });
    }

    /** The leader signs off once the period has passed (moved here into the past) and every objection is decided. */
    private void signOff(FormWalk walk) {
        String page = "/results?yearId=" + year.id();
        Long notice = openNotice();
        refused(walk, page, "#sign-off-form", "/results/notice/{id}/sign-off", "审定意见",
                "select signed_at, final_version from result_notice where id = " + notice, form -> set(form, "note", TOO_LONG));
        jdbc.update("""
                update result_objection set state = 'UPHELD', decision_reason = '走查', decided_by = 'walk',
                    decided_at = current_timestamp, open_subject = null where notice_id = ? and state = 'OPEN'""", notice);
        jdbc.update("update result_notice set starts_on = ?, ends_on = ? where id = ?", today().minusDays(10),
                today().minusDays(1), notice);
        accepted(walk, page, "#sign-off-form", "/results/notice/{id}/sign-off", form -> set(form, "note", "走查审定"));
    }

    private Long openNotice() {
        return jdbc.queryForObject("select id from result_notice where open_year_id = ?", Long.class, year.id());
    }

    private LocalDate today() {
        return LocalDate.now(context.getBean(java.time.Clock.class));
    }

    /** 规则推演: a threshold that is no number is refused naming 星级门槛; a scenario simulated, saved and compared. */
    private void reform(FormWalk walk) {
        get(walk, "/reform", "#reform-year", "/reform");
        refused(walk, "/reform", "#reform-form", "/reform", "星级门槛", "select count(*) from reform_scenario", form -> {
            set(form, "starThreshold", "七成");
            set(form, "name", "走查方案");
        });
        accepted(walk, "/reform", "#reform-form", "/reform", form -> set(form, "starThreshold", "0.7"));
        Locator form = walk.open("/reform", "#reform-form");
        set(form, "bonusCap", "8");
        set(form, "name", "走查方案");
        walk.submit(form, form.locator("button[value=save]"), "/reform", true);
        accepted(walk, "/reform", "#reform-compare", "/reform/compare", f -> { });
    }

    private void review(FormWalk walk) {
        List<ActivityRecord> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waiting.add(platform.submitted(unit, year, "norms-3a", LocalDate.of(2018, 3, 1 + i), "三会一课（审核走查 " + (i + 1) + "）"));
        }
        get(walk, "/review", "#review-filter", "/review");
        get(walk, "/integrity", "#integrity-filter", "/integrity");
        reform(walk);
        String decision = "/review/{id}/decision";
        long first = waiting.get(0).id();
        String state = "select state, review_reason from activity_record where id = " + first;
        walk.open("/review/" + first, "#decision-form");
        Locator form = walk.page().locator("#decision-form");
        walk.submit(form, form.locator("#return"), decision, false);
        walk.assertRefused("return without a reason", "理由");
        assertThat(String.valueOf(jdbc.queryForList(state))).contains("SUBMITTED");
        accepted(walk, "/review/" + first, "#decision-form", decision, f -> { });
        for (int i = 1; i <= 2; i++) {
            walk.open("/review/" + waiting.get(i).id(), "#decision-form");
            form = walk.page().locator("#decision-form");
            set(form, "reason", "走查：请补充签到表");
            walk.submit(form, form.locator(i == 1 ? "#return" : "#reject"), decision, true);
        }
        String falsify = "/review/{id}/falsify";
        refused(walk, "/review/" + first, "#falsify-form", falsify, "理由", state, f -> set(f, "reason", ""));
        accepted(walk, "/review/" + first, "#falsify-form", falsify, f -> set(f, "reason", "走查：照片系挪用"));
        String rows = "select state from activity_record where unit_id = " + unit.id() + " order by id";
        refused(walk, "/review?unitId=" + unit.id(), "#bulk-form", "/review/bulk-approve", "记录", rows, f -> { });
        accepted(walk, "/review?unitId=" + unit.id(), "#bulk-form", "/review/bulk-approve",
                f -> f.locator("input[type=checkbox][name]").all().forEach(Locator::check));
        Locator confirm = walk.page().locator("form[action$='/review/bulk-approve']");
        walk.submit(confirm, "/review/bulk-approve", true);
    }

    private void records(FormWalk walk) {
        String rows = "select count(*) from activity_record where unit_id = " + unit.id();
        madeNames.add("walk.png");
        Consumer<Locator> content = form -> {
            set(form, "elementId", "norms-3a");
            set(form, "title", "三会一课（表单走查）");
            set(form, "activityDate", DATE);
            set(form, "place", "会议室");
        };
        String create = "#record-form";
        refused(walk, "/records/new", create, "/records", "标题", rows, content.andThen(f -> set(f, "title", "")));
        refused(walk, "/records/new", create, "/records", "活动日期", rows, content.andThen(f -> set(f, "activityDate", "2018-02-30")));
        refused(walk, "/records/new", create, "/records", "标题", rows, content.andThen(f -> set(f, "title", TOO_LONG)));
        refused(walk, "/records/new", create, "/records", "walk.png", "select count(*) from evidence", content.andThen(
                f -> f.locator("#chooser").setInputFiles(new FilePayload("walk.png", "image/png", TestFiles.html()))));
        Locator form = walk.open("/records/new", create);
        content.andThen(f -> f.locator("#chooser").setInputFiles(new FilePayload("walk.png", "image/png", TestFiles.png())))
                .accept(form);
        walk.submit(form, form.locator("#save-draft"), "/records", true);
        long id = jdbc.queryForObject("select max(id) from activity_record where unit_id = ?", Long.class, unit.id());
        String row = "select title, activity_date, version from activity_record where id = " + id;
        refused(walk, "/records/" + id + "/edit", create, "/records/{id}", "活动日期", row, f -> set(f, "activityDate", "18-6-1"));
        form = walk.open("/records/" + id + "/edit", create);
        set(form, "title", "三会一课（表单走查，改）");
        walk.submit(form, form.locator("#save-draft"), "/records/{id}", true);
        String files = "select count(*) from evidence where record_id = " + id;
        refused(walk, "/records/" + id, "#evidence-form", "/records/{id}/evidence", "walk.png", files,
                f -> f.locator("#chooser").setInputFiles(new FilePayload("walk.png", "image/png", TestFiles.html())));
        accepted(walk, "/records/" + id, "#evidence-form", "/records/{id}/evidence",
                f -> f.locator("#chooser").setInputFiles(new FilePayload("walk.png", "image/png", TestFiles.png())));
        accepted(walk, "/records/" + id, "form[action*='/records/evidence/']", "/records/evidence/{id}/delete", f -> { });
        String state = "select state, version from activity_record where id = " + id;
        refused(walk, "/records/" + id, "form[action$='/submit']", "/records/{id}/submit", "版本", state,
                f -> f.locator("[name=version]").evaluate("v => v.value = 'x'"));
        accepted(walk, "/records/" + id, "form[action$='/submit']", "/records/{id}/submit", f -> { });
        accepted(walk, "/records/" + id, "#withdraw-form", "/records/{id}/withdraw", f -> { });
        accepted(walk, "/records", "#records-year", "/records", f -> f.locator("select").selectOption(
                String.valueOf(year.id())));
    }

    private void roster(FormWalk walk, Unit target) {
        String page = "/roster?unitId=" + target.id();
        String rows = "select * from member where unit_id = " + target.id() + " order by id";
        refused(walk, page, "#add-member", "/roster/{u}/members", "学时", rows, form -> {
            set(form, "name", "走查党员");
            set(form, "studyHours", "三十");
        });
        accepted(walk, page, "#add-member", "/roster/{u}/members", form -> {
            set(form, "name", "走查党员");
            set(form, "studyHours", "30");
        });
        long member = jdbc.queryForObject("select max(id) from member where unit_id = ?", Long.class, target.id());
        String edit = "/roster/" + target.id() + "/members/" + member + "/edit";
        refused(walk, edit, "#edit-member", "/roster/{u}/members/{id}", "姓名", rows, form -> set(form, "name", ""));
        accepted(walk, edit, "#edit-member", "/roster/{u}/members/{id}", form -> set(form, "studyHours", "32.5"));
        accepted(walk, page, "form[action$='/delete']", "/roster/{u}/members/{id}/delete", form -> { });
        madeNames.add("walk-roster.xlsx");
        refused(walk, page, "#import-roster", "/roster/{u}/import", "文件", rows, form -> form.locator("[name=file]")
                .setInputFiles(new FilePayload("walk-roster.xlsx", "application/pdf", Xlsx.pdf())));
        accepted(walk, page, "#import-roster", "/roster/{u}/import", form -> form.locator("[name=file]")
                .setInputFiles(new FilePayload("walk-roster.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        Xlsx.header("姓名", "身份", "学时").row("李四", "普通党员", 26).bytes())));
    }

    private void inbox(FormWalk walk) {
        accepted(walk, "/inbox", "form[action*='/inbox/'][action$='/open']", "/inbox/{id}/open", form -> { });
        accepted(walk, "/inbox", "form[action$='/inbox/read']", "/inbox/read", form -> { });
    }

    // ---------------------------------------------------------------------------------------------------------
    // the walk's steps

    private FormWalk signIn(Role role) {
        FormWalk walk = new FormWalk(browser.anonymous(), this::allowed);
        Locator login = walk.open("/login", "form[action$='/login']");
        login.getByLabel("用户名").fill(accounts.get(role).username());
        login.getByLabel("密码").fill("wrong-password-000");
        walk.submit(login, "/login", false);
        walk.assertRefused("wrong password", "密码");
        login = walk.page().locator("form[action$='/login']");
        login.getByLabel("用户名").fill(accounts.get(role).username());
        login.getByLabel("密码").fill(passwords.get(role));
        walk.submit(login, "/login", true);
        assertThat(walk.page().url()).doesNotContain("/login");
        return walk;
    }

    /** Wrong input: refused with a message naming the field, and the rows the form would change unchanged. */
    private void refused(FormWalk walk, String path, String form, String action, String field, String rows,
                         Consumer<Locator> fill) {
        Locator found = walk.open(path, form);
        String before = String.valueOf(jdbc.queryForList(rows));
        fill.accept(found);
        walk.submit(found, action, false);
        walk.assertRefused(action, field);
        String after = String.valueOf(jdbc.queryForList(rows));
        if (!after.equals(before)) {
            walk.findings().add(action + ": wrong input saved " + before + " -> " + after);
        }
    }

    private void accepted(FormWalk walk, String path, String form, String action, Consumer<Locator> fill) {
        Locator found = walk.open(path, form);
        fill.accept(found);
        walk.submit(found, action, true);
    }

    private static void set(Locator form, String name, String value) {
        Locator field = form.locator("[name='" + name + "']").first();
        if ("SELECT".equals(field.evaluate("e => e.tagName"))) {
            field.selectOption(value);
        } else {
            field.fill(value);
        }
    }

    /** Formats, rubric ids, what the test typed, and the codes of units and names of accounts (of this or other tests). */
    private boolean allowed(String word) {
        if (FormWalk.PLAIN_WORDS.contains(word) || rubricWords.contains(word) || madeNames.contains(word)
                || word.matches("bonus-\\d+")) {
            return true;
        }
        // other tests of this context leave units and records named with random letters: data, not code words
        String within = "%" + word.toLowerCase() + "%";
        boolean stored = !jdbc.queryForList("select 1 from unit where lower(code) = lower(?) or lower(name) like ?"
                + " union all select 1 from app_user where username = ?"
                + " union all select 1 from activity_record where lower(title) like ? fetch first 1 rows only",
                word, within, word, within).isEmpty();
        if (stored) {
            madeNames.add(word);
        }
        return stored;
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}

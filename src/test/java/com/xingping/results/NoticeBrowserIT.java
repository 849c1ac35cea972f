package com.xingping.results;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import com.xingping.scoring.cli.ScoreCommand;
import com.xingping.support.Browser;
import com.xingping.support.Http;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

import tools.jackson.databind.JsonNode;

/**
 * The result's life in a real browser: the committee posts a version for notice, the unit's reporter objects
 * to two subjects (a second objection on the same subject refused), the period ends (objections refused on
 * the page and the API), the leader's sign-off is refused while objections are open, the committee upholds
 * one and adjusts the other once a record decision at the review desk changed the fact, and the leader signs
 * off a new final version that is what the score command gives on its frozen input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeBrowserIT {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    Unit unit;
    Account reporter;
    Account admin;
    Account leader;
    ActivityRecord pending;
    AssessmentYear year;
    final List<String> scriptErrors = new ArrayList<>();

    @BeforeAll
    void aUnitWithAMeetingAwaitingReview() {
        jdbc.update("delete from result_objection");
        jdbc.update("delete from result_notice");
        browser = new Browser(port);
        Platform platform = new Platform(context);
        year = platform.year();
        unit = platform.unit("市档案局");
        reporter = platform.reporter(unit);
        admin = platform.account(Role.ADMIN);
        leader = platform.account(Role.LEADER);
        platform.approved(unit, year, "norms-3a", LocalDate.of(2018, 3, 5), "支部党员大会");
        pending = platform.submitted(unit, year, "norms-3a", LocalDate.of(2018, 4, 5), "支部委员会");
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void postedObjectedDecidedAndSignedOff() {
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        Page committee = signedIn(admin);
        committee.navigate("/results?yearId=" + year.id());
        committee.onceDialog(dialog -> dialog.accept());
        committee.locator("#publish").click();
        committee.waitForURL(url -> url.matches(".*/results/\\d+\\?yearId=\\d+"));
        int posted = Integer.parseInt(committee.url().replaceAll(".*/results/(\\d+)\\?.*", "$1"));

        committee.navigate("/results?yearId=" + year.id());
        assertThat(committee.locator("#notice-none")).isVisible();
        assertThat(committee.locator("#starts-on")).hasValue(today.toString());
        committee.locator("#ends-on").fill(today.plusDays(5).toString());
        committee.onceDialog(dialog -> dialog.accept());
        committee.locator("#open-notice").click();
        assertThat(committee.locator(".alert-success")).containsText("第 " + posted + " 版已公示");
        assertThat(committee.locator("#notice-stage")).hasText("公示中");
        assertThat(committee.locator("#timeline .timeline-step")).hasCount(1);
        Long noticeId = jdbc.queryForObject("select id from result_notice where year_id = ? and open_year_id is not null",
                Long.class, year.id());

        Page unitPage = signedIn(reporter);
        unitPage.navigate("/results/mine?yearId=" + year.id());
        assertThat(unitPage.locator("#notice-stage")).hasText("公示中");
        object(unitPage, "element:norms-3a", "支部委员会 4 月的会议未计入", "会议记录已于 4 月上报",
                new FilePayload("会议记录.pdf", "application/pdf", "%PDF-1.4 会议记录".getBytes(StandardCharsets.UTF_8)));
        assertThat(unitPage.locator(".alert-success")).containsText("申诉已提交");
        object(unitPage, "rank", "排名与总分不符", "见得分明细", null);
        assertThat(unitPage.locator(".alert-success")).containsText("申诉已提交");
        object(unitPage, "element:norms-3a", "再提一次", "同上", null);
        assertThat(unitPage.locator(".alert-danger")).containsText("已有待复核的申诉");
        assertThat(unitPage.locator("#objections li")).hasCount(2);

        Http unitApi = new Http("http://localhost:" + port, reporter.username(), Platform.PASSWORD);
        HttpResponse<String> twice = unitApi.post("/api/v1/results/notice/" + noticeId + "/objections",
                "{\"subject\": \"rank\", \"reason\": \"再提\", \"evidence\": \"同上\"}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(ResultsJson.read(twice.body()).get("errors").get(0).get("field").asString()).isEqualTo("subject");
        HttpResponse<String> blank = unitApi.post("/api/v1/results/notice/" + noticeId + "/objections",
                "{\"subject\": \"star:study\", \"reason\": \"\", \"evidence\": \"材料\"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(ResultsJson.read(blank.body()).get("errors").get(0).get("field").asString()).isEqualTo("reason");

        jdbc.update("update result_notice set starts_on = ?, ends_on = ? where id = ?", today.minusDays(6),
                today.minusDays(1), noticeId);
        object(unitPage, "star:study", "学习星未获星", "见材料", null);
        assertThat(unitPage.locator(".alert-danger")).containsText("不在公示期内（" + today.minusDays(6) + " 至 "
                + today.minusDays(1) + "），不能申诉");
        HttpResponse<String> late = unitApi.post("/api/v1/results/notice/" + noticeId + "/objections",
                "{\"subject\": \"star:study\", \"reason\": \"学习星未获星\", \"evidence\": \"见材料\"}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("不在公示期内");

        Page leaderPage = signedIn(leader);
        leaderPage.navigate("/results?yearId=" + year.id());
        assertThat(leaderPage.locator("#notice-stage")).hasText("复核中");
        leaderPage.onceDialog(dialog -> dialog.accept());
        leaderPage.locator("#sign-off").click();
        assertThat(leaderPage.locator(".alert-danger")).containsText("还有 2 条申诉待复核，全部复核后才能审定");

        committee.navigate("/results?yearId=" + year.id());
        Locator rank = committee.locator("#objections tr[data-state=OPEN]").filter(new Locator.FilterOptions()
                .setHasText("排名"));
        decide(committee, rank, "UPHELD", "排名按总分计算，与公示表一致");
        assertThat(committee.locator(".alert-success")).containsText("申诉已复核：维持");
        Locator meeting = committee.locator("#objections tr[data-state=OPEN]");
        decide(committee, meeting, "ADJUSTED", "支部委员会 4 月的会议应予计入");
        assertThat(committee.locator(".alert-danger")).containsText("与公示版本相同");

        committee.navigate("/review/" + pending.id());
        committee.locator("#approve").click();
        assertThat(committee.locator(".alert-success")).containsText("已通过 #" + pending.id());
        committee.navigate("/results?yearId=" + year.id());
        decide(committee, committee.locator("#objections tr[data-state=OPEN]"), "ADJUSTED", "支部委员会 4 月的会议应予计入");
        assertThat(committee.locator(".alert-success")).containsText("申诉已复核：调整");
        assertThat(committee.locator("#objections tr[data-state=ADJUSTED] .change")).containsText("0.4 分 → 0.8 分");
        assertThat(committee.locator("#objections tr[data-state=UPHELD] .decision")).hasText("排名按总分计算，与公示表一致");

        leaderPage.navigate("/results?yearId=" + year.id());
        assertThat(leaderPage.locator("#notice-stage")).hasText("待审定");
        leaderPage.locator("#sign-note").fill("同意按复核结果审定");
        leaderPage.onceDialog(dialog -> dialog.accept());
        leaderPage.locator("#sign-off").click();
        int last = posted + 1;
        assertThat(leaderPage.locator(".alert-success")).containsText("最终版本为第 " + last + " 版");
        assertThat(leaderPage.locator("#notice-stage")).hasText("已审定");
        assertThat(leaderPage.locator("#notice-final")).hasText("最终版本：第 " + last + " 版");
        assertThat(leaderPage.locator("#timeline .step-title")).hasText(new String[] {"公示", "申诉", "申诉", "复核：维持",
                "复核：调整", "审定"});
        assertThat(leaderPage.locator("#sign-off-form")).hasCount(0);

        unitPage.navigate("/results/mine?yearId=" + year.id());
        assertThat(unitPage).hasURL(java.util.regex.Pattern.compile(".*/results/" + last + "/units/" + unit.id() + ".*"));
        assertThat(unitPage.locator("#value-norms-3a")).hasText("0.8");
        assertThat(unitPage.locator("#notice-stage")).hasText("已审定");
        assertThat(unitPage.locator("#objections li .change")).containsText("0.4 分 → 0.8 分");
        assertThat(unitPage.locator("#objection-form")).hasCount(0);
        unitPage.navigate("/inbox");
        assertThat(unitPage.locator("[data-kind='notice.signed']")).containsText("最终版本为第 " + last + " 版");
        assertThat(unitPage.locator("[data-kind='notice.decided']")).hasCount(2);

        Http leaderApi = new Http("http://localhost:" + port, leader.username(), Platform.PASSWORD);
        String input = body(leaderApi.get("/api/v1/results/" + last + "/input?yearId=" + year.id()));
        JsonNode stored = ResultsJson.read(body(leaderApi.get("/api/v1/results/" + last + "?yearId=" + year.id())));
        JsonNode scored = ResultsJson.read(score(input));
        assertThat(stored).isEqualTo(scored);
        assertThat(ResultsJson.unit(stored, unit.id()).get("elements").get("norms-3a").decimalValue())
                .isEqualByComparingTo("0.8");
        committee.navigate("/results/" + last + "?yearId=" + year.id());
        assertThat(new java.math.BigDecimal(committee.locator("#row-" + unit.id() + " .total").innerText()))
                .isEqualByComparingTo(ResultsJson.unit(scored, unit.id()).get("total").decimalValue());

        JsonNode notice = ResultsJson.read(body(leaderApi.get("/api/v1/results/notice?yearId=" + year.id())));
        assertThat(notice.get("stage").asString()).isEqualTo("FINAL");
        assertThat(notice.get("finalVersion").asInt()).isEqualTo(last);
        assertThat(notice.get("objections")).hasSize(2);
        assertThat(scriptErrors).isEmpty();
    }

    private Page signedIn(Account account) {
        Page page = browser.signIn(account.username(), Platform.PASSWORD);
        page.onPageError(scriptErrors::add);
        return page;
    }

    private static void object(Page page, String subject, String reason, String evidence, FilePayload file) {
        page.locator("#subject").selectOption(subject);
        page.locator("#objection-reason").fill(reason);
        page.locator("#evidence").fill(evidence);
        if (file != null) {
            page.locator("#evidence-file").setInputFiles(file);
        }
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#object").click();
        page.waitForLoadState();
    }

    private static void decide(Page page, Locator row, String outcome, String reason) {
        row.locator("select[name=outcome]").selectOption(outcome);
        row.locator("textarea[name=reason]").fill(reason);
        page.onceDialog(dialog -> dialog.accept());
        row.locator("button[type=submit]").click();
        page.waitForLoadState();
    }

    private static String body(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String score(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ScoreCommand.run(new String[] {"--explain", "-"},
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}

package com.xingping.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.RecordSeeds;
import com.xingping.roster.MemberRole;
import com.xingping.roster.RosterMember;
import com.xingping.roster.RosterSeeds;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;

/**
 * Closing a year: the page and the API list what is still open, refuse to leave records waiting for
 * good, settle them with one reason (all or nothing, audited, each reporter told), and the closed
 * year stays readable by its reporters (records and scorecard). Its own database: each test opens
 * and closes a year of its own. Run on H2 and on PostgreSQL by its subclasses.
 */
@SpringBootTest(properties = "xingping.test.database=year-closing")
@AutoConfigureMockMvc
abstract class YearClosingContract {
    private static final AtomicInteger CALENDAR = new AtomicInteger(2040);
    private static final Instant NOW = Instant.parse("2018-06-01T08:00:00Z");
    private static final LocalDate MARCH = LocalDate.of(2018, 3, 5);
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    YearRegistry years;
    @Autowired
    RecordSeeds records;
    @Autowired
    RosterSeeds rosters;
    @Autowired
    JdbcTemplate jdbc;

    Platform platform;
    AssessmentYear year;
    Unit education;
    Unit finance;
    Account reporter;
    Account admin;
    ActivityRecord waitingOne;
    ActivityRecord waitingTwo;
    ActivityRecord approved;

    @BeforeEach
    void aYearOfItsOwn() {
        platform = new Platform(context);
        fill(years.seed(new AssessmentYear(null, CALENDAR.getAndIncrement(), "shaoxing-2018", LocalDate.of(2017, 12, 16),
                LocalDate.of(2018, 12, 15), YearStatus.OPEN, NOW, null, null, null)));
    }

    /** Records waiting in two units, one approved, a draft, and a unit without roster. */
    private void fill(AssessmentYear filled) {
        year = filled;
        education = platform.unit("市教育局");
        finance = platform.unit("市财政局");
        reporter = platform.reporter(education);
        admin = platform.account(Role.ADMIN);
        waitingOne = platform.submitted(education, year, "norms-3a", MARCH, "教育局支部党员大会");
        waitingTwo = platform.submitted(finance, year, "norms-3a", MARCH, "财政局支委会");
        approved = platform.approved(education, year, "norms-3b", MARCH, "教育局党课");
        records.seed(ActivityRecord.draft(year.id(), education.id(), "norms-3a",
                new ActivityRecord.Content("教育局未提交的草稿", MARCH, null, null, null, null, null, null), reporter.username(), NOW));
        rosters.seed(List.of(new RosterMember(null, education.id(), year.id(), "张三", MemberRole.LEADERSHIP, BigDecimal.TEN, null)));
    }

    @Test
    void theClosePageListsWhatIsOpenAndRefusesToLeaveRecordsWaiting() {
        assertThat(mvc.get().uri("/years/{id}/close", year.id()).with(as(admin))).hasStatusOk().bodyText()
                .contains("待审核记录", "教育局支部党员大会", "财政局支委会", "各单位未提交的草稿", "教育局未提交的草稿",
                        "没有党员名册的单位", finance.name(), "2 条待审核记录一并")
                .doesNotContain("教育局党课");

        assertThat(mvc.post().uri("/years/{id}/close", year.id()).with(as(admin))).hasStatusOk().bodyText()
                .contains("还有 2 条记录待审核：关闭年度前请选择一并退回或不予认定，并填写理由");
        assertThat(mvc.post().uri("/years/{id}/close", year.id()).param("decision", "REJECT").param("reason", " ").with(as(admin)))
                .hasStatusOk().bodyText().contains("请填写退回或不予认定这 2 条待审核记录的理由");
        assertThat(years.get(year.id()).isOpen()).as("nothing half-done").isTrue();
        assertThat(states()).containsExactly("SUBMITTED", "SUBMITTED");
    }

    @Test
    void closingRejectsEveryWaitingRecordWithTheOneReasonAuditedAndTold() {
        assertThat(mvc.post().uri("/years/{id}/close", year.id()).param("decision", "REJECT").param("reason", "年度已结束，未及审核")
                .with(as(admin))).hasRedirectedUrl("/years");

        assertThat(years.get(year.id()).isOpen()).isFalse();
        assertThat(states()).containsExactly("REJECTED", "REJECTED");
        assertThat(jdbc.queryForList("select review_reason from activity_record where id in (?, ?)", String.class,
                waitingOne.id(), waitingTwo.id())).containsOnly("年度已结束，未及审核");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'record.rejected' and entity_id in (?, ?)",
                Long.class, waitingOne.id(), waitingTwo.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select after_state from audit_event where action = 'year.closed' and entity_id = ?",
                String.class, year.id())).contains("\"settled\":2", "年度已结束，未及审核");
        assertThat(jdbc.queryForList("select text from notification where account_id = ?", String.class, reporter.id()))
                .containsExactly("你单位上报的记录《教育局支部党员大会》不予认定：年度已结束，未及审核。");
    }

    @Test
    void aClosedYearStaysReadableByItsReporterRecordsAndScorecard() {
        mvc.post().uri("/years/{id}/close", year.id()).param("decision", "RETURN").param("reason", "请下年度再报").with(as(admin)).exchange();

        assertThat(mvc.get().uri("/records?year={id}", year.id()).with(as(reporter))).hasStatusOk().bodyText()
                .contains("教育局支部党员大会", "教育局党课", "教育局未提交的草稿", "年度已关闭，记录只读")
                .doesNotContain("财政局支委会", "填报新记录");
        assertThat(mvc.get().uri("/records/{id}", waitingOne.id()).with(as(reporter))).hasStatusOk().bodyText()
                .contains("请下年度再报");
    }

    /** The scorecard needs the rubric's own year: 2018, closed the old way, with a record still waiting. */
    @Test
    void aYearClosedWithRecordsStillWaitingShowsItsScorecardAndSaysTheyNeverCounted() {
        fill(platform.year());
        jdbc.update("update assessment_year set status = 'CLOSED', closed_at = ? where id = ?", java.sql.Timestamp.from(NOW), year.id());

        assertThat(mvc.get().uri("/scorecard?yearId={id}", year.id()).with(as(reporter))).hasStatusOk().bodyText()
                .contains("教育局党课", "年度已关闭：有 1 条记录未经审核，不计入得分。").doesNotContain("审核通过后计入得分");
        assertThat(mvc.get().uri("/records?year={id}", year.id()).with(as(reporter))).hasStatusOk().bodyText()
                .contains("教育局支部党员大会", "教育局党课");
    }

    @Test
    void theApiListsWhatIsOpenAndClosesWithASettlement() {
        assertThat(mvc.get().uri("/api/v1/years/{id}/closing", year.id()).with(as(admin))).hasStatusOk()
                .bodyJson().extractingPath("$.waiting").isEqualTo(2);
        assertThat(mvc.post().uri("/api/v1/years/{id}/close", year.id()).with(as(admin))).hasStatus4xxClientError()
                .bodyText().contains("还有 2 条记录待审核");
        assertThat(mvc.post().uri("/api/v1/years/{id}/closing", year.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"RETURN\"}").with(as(admin))).hasStatus4xxClientError().bodyText().contains("reason");
        assertThat(years.get(year.id()).isOpen()).isTrue();

        assertThat(mvc.post().uri("/api/v1/years/{id}/closing", year.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"RETURN\",\"reason\":\"年度已结束\"}").with(as(admin))).hasStatusOk()
                .bodyJson().extractingPath("$.settled").isEqualTo(2);
        assertThat(states()).containsExactly("RETURNED", "RETURNED");
        assertThat(mvc.post().uri("/api/v1/years/{id}/closing", year.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"RETURN\",\"reason\":\"x\"}").with(as(reporter))).hasStatus(403);
    }

    @Test
    void theAdminSetsTheYearsDeadlinesAndTheHomePageCountsTheDaysLeft() {
        assertThat(mvc.post().uri("/years/{id}/dates", year.id()).param("reportingCloses", "2018-12-15")
                .param("reviewCloses", "2018-12-10").param("assessmentOn", "2018-12-28").with(as(admin)))
                .hasRedirectedUrl("/years");
        assertThat(years.dates(year).reviewCloses()).as("refused: review cannot close before reporting").isEqualTo("2018-12-25");

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(mvc.post().uri("/years/{id}/dates", year.id()).param("reportingCloses", today.plusDays(3).toString())
                .param("reviewCloses", today.plusDays(10).toString()).param("assessmentOn", today.plusDays(20).toString())
                .with(as(admin))).hasRedirectedUrl("/years");

        assertThat(mvc.get().uri("/").with(as(reporter))).hasStatusOk().bodyText()
                .contains("填报截止", today.plusDays(3).toString(), "还有 3 天", "还有 10 天", "还有 20 天",
                        "1 条草稿尚未提交", "1 条记录待审核");
        assertThat(mvc.get().uri("/").with(as(platform.account(Role.REVIEWER)))).hasStatusOk().bodyText()
                .contains("审核 2 条待审核记录", "其中 2 条已等待超过 5 天");
    }

    private List<String> states() {
        return jdbc.queryForList("select state from activity_record where id in (?, ?) order by id", String.class,
                waitingOne.id(), waitingTwo.id());
    }

    private static RequestPostProcessor as(Account account) {
        RequestPostProcessor signedIn = user(Platform.user(account));
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }
}

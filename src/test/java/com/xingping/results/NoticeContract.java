package com.xingping.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.xingping.audit.AuditEvent;
import com.xingping.audit.AuditLog;
import com.xingping.identity.Account;
import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.kernel.Conflict;
import com.xingping.kernel.Refusal;
import com.xingping.reporting.ActivityRecord;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * A result's notice against a real database: posted on the latest version, one open notice a year, objections
 * only within the period and one open objection per subject and unit (also when the check is passed by two at
 * once: the table's key), an adjustment only once a fact change moved the subject, the sign-off only after the
 * period with every objection decided, freezing a new version only when the draft moved; each step audited and
 * notified. Run on H2 and on PostgreSQL.
 */
@SpringBootTest
abstract class NoticeContract {
    @Autowired
    ApplicationContext context;
    @Autowired
    NoticeDesk desk;
    @Autowired
    NoticeStore store;
    @Autowired
    Publishing publishing;
    @Autowired
    ProgressBoard progress;
    @Autowired
    Editions editions;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    Platform platform;
    AssessmentYear year;
    Unit unit;
    Account reporter;
    Account admin;
    Account leader;
    ActivityRecord pending;
    int posted;
    LocalDate today;

    @BeforeEach
    void aPublishedVersionWithAMeetingAwaitingReview() {
        jdbc.update("delete from result_objection");
        jdbc.update("delete from result_notice");
        platform = new Platform(context);
        year = platform.year();
        unit = platform.unit("市档案馆");
        reporter = platform.reporter(unit);
        admin = platform.account(Role.ADMIN);
        leader = platform.account(Role.LEADER);
        platform.approved(unit, year, "norms-3a", LocalDate.of(2018, 3, 1), "支部党员大会");
        pending = platform.submitted(unit, year, "norms-3a", LocalDate.of(2018, 4, 1), "支部委员会");
        CurrentUser publisher = Platform.signIn(admin);
        posted = publishing.publish(publisher, year, null, "年终", progress.start(null, "发布", Publishing.STEPS, "核对"))
                .version();
        today = LocalDate.now(context.getBean(java.time.Clock.class));
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void theWholeChainEndsInANewFinalVersionWhenAnAdjustmentMovedTheDraft() {
        ResultNotice notice = desk.open(Platform.signIn(admin), year, posted, today, today.plusDays(7));
        CurrentUser unitReporter = Platform.signIn(reporter);
        Objection meeting = desk.object(unitReporter, notice.id(), null, "element:norms-3a", "支部委员会未计入",
                "会议记录已上报", new NoticeStore.EvidenceFile("会议记录.pdf", "application/pdf",
                        "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        Objection rank = desk.object(unitReporter, notice.id(), null, "rank", "排名有误", "见得分明细", null);
        assertThatThrownBy(() -> desk.object(unitReporter, notice.id(), null, "element:norms-3a", "再提一次", "同上", null))
                .isInstanceOf(Conflict.class).hasMessageContaining("已有待复核的申诉");

        CurrentUser committee = Platform.signIn(admin);
        desk.decide(committee, rank.id(), "UPHELD", "排名按总分计算，无误");
        assertThatThrownBy(() -> desk.decide(committee, meeting.id(), "ADJUSTED", "支部委员会应计入"))
                .isInstanceOf(Conflict.class).hasMessageContaining("与公示版本相同");
        platform.approve(pending);
        Objection adjusted = desk.decide(Platform.signIn(admin), meeting.id(), "ADJUSTED", "支部委员会应计入");
        assertThat(adjusted.state()).isEqualTo(Objection.State.ADJUSTED);
        assertThat(adjusted.changeMade()).isEqualTo("norms-3a " + editions.published(year, posted).rubric()
                .element("norms-3a").orElseThrow().name() + "：0.4 分 → 0.8 分");

        assertThatThrownBy(() -> desk.signOff(Platform.signIn(leader), notice.id(), null))
                .isInstanceOf(Conflict.class).hasMessageContaining("期满后才能审定");
        periodPassed(notice);
        ResultNotice signed = desk.signOff(Platform.signIn(leader), notice.id(), "同意");

        assertThat(signed.finalVersion()).isEqualTo(posted + 1);
        assertThat(editions.latestVersion(year)).isEqualTo(posted + 1);
        Standings.Standing last = line(editions.published(year, posted + 1));
        assertThat(last.element("norms-3a")).isEqualByComparingTo("0.8");
        assertThat(line(editions.published(year, posted)).element("norms-3a")).isEqualByComparingTo("0.4");
        assertThat(store.file(meeting.id()).orElseThrow().bytes()).asString(StandardCharsets.US_ASCII).isEqualTo("%PDF-1.4");

        assertThat(audit.history("result_notice", notice.id())).extracting(AuditEvent::action)
                .containsExactly("results.notice.opened", "results.notice.signed");
        assertThat(audit.history("result_notice", notice.id()).get(1).afterState())
                .contains("\"finalVersion\":" + (posted + 1), "\"newVersion\":true");
        assertThat(audit.history("result_objection", meeting.id())).extracting(AuditEvent::action)
                .containsExactly("results.objection.filed", "results.objection.decided");
        assertThat(audit.history("result_objection", meeting.id()).get(1).afterState()).contains("ADJUSTED", "0.8 分");
        assertThat(jdbc.queryForList("select kind from notification where account_id = ? order by id", String.class,
                reporter.id())).containsExactly("notice.posted", "notice.decided", "notice.decided", "notice.signed");
        assertThat(jdbc.queryForList("select kind from notification where account_id = ? order by id", String.class,
                leader.id())).containsExactly("notice.posted");
        assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and kind = 'notice.objected'",
                Integer.class, admin.id())).isEqualTo(2);
    }

    @Test
    void withNothingChangedTheFinalVersionIsThePostedOne() {
        ResultNotice notice = desk.open(Platform.signIn(admin), year, null, today, today);
        Objection rank = desk.object(Platform.signIn(reporter), notice.id(), null, "rank", "排名有误", "见得分明细", null);
        periodPassed(notice);
        assertThatThrownBy(() -> desk.signOff(Platform.signIn(leader), notice.id(), null))
                .isInstanceOf(Conflict.class).hasMessage("还有 1 条申诉待复核，全部复核后才能审定");
        desk.decide(Platform.signIn(admin), rank.id(), "UPHELD", "无误");

        ResultNotice signed = desk.signOff(Platform.signIn(leader), notice.id(), null);

        assertThat(signed.finalVersion()).isEqualTo(posted);
        assertThat(editions.latestVersion(year)).isEqualTo(posted);
        assertThatThrownBy(() -> desk.signOff(Platform.signIn(leader), notice.id(), null)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> desk.open(Platform.signIn(admin), year, null, today, today.plusDays(3)))
                .isInstanceOf(Conflict.class).hasMessageContaining("已审定为最终版本");
    }

    @Test
    void anObjectionOutsideThePeriodIsRefusedAndNothingIsSaved() {
        ResultNotice later = desk.open(Platform.signIn(admin), year, null, today.plusDays(2), today.plusDays(9));
        assertThatThrownBy(() -> desk.object(Platform.signIn(reporter), later.id(), null, "rank", "排名有误", "见明细", null))
                .isInstanceOf(Conflict.class).hasMessage("不在公示期内（" + today.plusDays(2) + " 至 " + today.plusDays(9)
                        + "），不能申诉");
        periodPassed(later);
        assertThatThrownBy(() -> desk.object(Platform.signIn(reporter), later.id(), null, "rank", "排名有误", "见明细", null))
                .isInstanceOf(Conflict.class).hasMessageContaining("不在公示期内");
        assertThat(jdbc.queryForObject("select count(*) from result_objection", Integer.class)).isZero();
    }

    @Test
    void badInputNamesItsFieldAndWrongRolesAreRefused() {
        CurrentUser committee = Platform.signIn(admin);
        assertThatThrownBy(() -> desk.open(committee, year, null, today, today.minusDays(1)))
                .isInstanceOf(Refusal.class).extracting("field").isEqualTo("endsOn");
        assertThatThrownBy(() -> desk.open(committee, year, posted - 1 < 1 ? posted + 1 : posted - 1, today, today))
                .isInstanceOf(Conflict.class).extracting("field").isEqualTo("version");
        ResultNotice notice = desk.open(committee, year, null, today, today.plusDays(7));
        assertThatThrownBy(() -> desk.open(committee, year, null, today, today.plusDays(7)))
                .isInstanceOf(Conflict.class).hasMessageContaining("正在公示");
        CurrentUser unitReporter = Platform.signIn(reporter);
        assertThatThrownBy(() -> desk.object(unitReporter, notice.id(), null, "element:no-such", "理由", "材料", null))
                .isInstanceOf(Refusal.class).extracting("field").isEqualTo("subject");
        assertThatThrownBy(() -> desk.object(unitReporter, notice.id(), null, "star:study", " ", "材料", null))
                .isInstanceOf(Refusal.class).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> desk.object(Platform.signIn(leader), notice.id(), null, "rank", "理由", "材料", null))
                .isInstanceOf(AccessDeniedException.class);
        Objection star = desk.object(Platform.signIn(reporter), notice.id(), null, "star:study", "学习星", "材料", null);
        assertThatThrownBy(() -> desk.decide(Platform.signIn(admin), star.id(), "MAYBE", "理由"))
                .isInstanceOf(Refusal.class).extracting("field").isEqualTo("outcome");
        assertThatThrownBy(() -> desk.decide(Platform.signIn(leader), star.id(), "UPHELD", "理由"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.signOff(Platform.signIn(admin), notice.id(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTablesKeyHoldsOneOpenObjectionPerSubjectAndUnitAndOneOpenNoticePerYear() {
        ResultNotice notice = desk.open(Platform.signIn(admin), year, null, today, today.plusDays(7));
        Long first = store.object(notice.id(), unit.id(), "rank", "理由", "材料", null, "r", java.time.Instant.now());
        assertThatThrownBy(() -> store.object(notice.id(), unit.id(), "rank", "理由", "材料", null, "r",
                java.time.Instant.now())).isInstanceOf(DuplicateKeyException.class);
        store.decide(first, Objection.State.UPHELD, "无误", null, "admin", java.time.Instant.now());
        Objection again = desk.object(Platform.signIn(reporter), notice.id(), null, "rank", "仍有异议", "新材料", null);
        assertThat(store.objections(notice.id())).extracting(Objection::id).containsExactly(first, again.id());
        assertThatThrownBy(() -> store.insert(year.id(), editions.published(year, posted).publicationId(), posted,
                today, today, "admin", java.time.Instant.now())).isInstanceOf(DuplicateKeyException.class);
    }

    private Standings.Standing line(Edition edition) {
        return edition.standings().units().stream().filter(l -> l.unitId().equals(unit.id())).findFirst().orElseThrow();
    }

    /** The period as if it had ended yesterday (the platform's clock is the real one). */
    private void periodPassed(ResultNotice notice) {
        jdbc.update("update result_notice set starts_on = ?, ends_on = ? where id = ?", today.minusDays(10),
                today.minusDays(1), notice.id());
    }
}

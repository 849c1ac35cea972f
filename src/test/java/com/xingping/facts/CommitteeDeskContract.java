package com.xingping.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.xingping.audit.AuditEvent;
import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.kernel.Refusal;
import com.xingping.scorecard.LiveFacts;
import com.xingping.scorecard.LiveFacts.ScoredYear;
import com.xingping.scoring.PerformanceResult;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * The committee's desk against a real database, run on H2 and PostgreSQL by its subclasses: every
 * kind entered, edited and withdrawn with its audit, stale versions, single-valued slots, refusals
 * that save nothing, closed years, deactivated units and who may write.
 */
@SpringBootTest
abstract class CommitteeDeskContract {
    @Autowired
    ApplicationContext context;
    @Autowired
    CommitteeDesk desk;
    @Autowired
    CommitteeBook book;
    @Autowired
    CommitteeFacts facts;
    @Autowired
    AuditLog audit;
    @Autowired
    OfficialConductDesk officialDesk;
    @Autowired
    OfficialConductEntries official;
    @Autowired
    LiveFacts live;

    Platform platform;
    AssessmentYear year;
    Unit unit;
    CurrentUser reviewer;

    @BeforeEach
    void signInAsAReviewer() {
        platform = new Platform(context);
        year = platform.year();
        unit = platform.unit("市司法局");
        reviewer = Platform.signIn(platform.account(Role.REVIEWER));
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    /** One kind with a form to enter and another to change it to. */
    record Sample(FactKind kind, FactForm entered, FactForm changed, String changedText) {
    }

    static List<Sample> samples() {
        return List.of(
                new Sample(FactKind.ASSESSED, Forms.assessed("norms-1d", "5.5"), Forms.assessed("norms-1d", "4"), "\"amount\":4"),
                new Sample(FactKind.PENALTY, Forms.penalty("study-2b", "criticized", 1),
                        Forms.penalty("democracy-3a", "criticized", 2), "democracy-3a"),
                new Sample(FactKind.BASELINE, Forms.baseline("study-B1", "1"), Forms.baseline("study-B2", "2"), "study-B2"),
                new Sample(FactKind.SERIOUS, Forms.serious("3"), Forms.serious("2.5"), "2.5"),
                new Sample(FactKind.PERFORMANCE, Forms.performance("conduct", "91.5", null),
                        Forms.performance("conduct", null, true), "\"flag\":true"),
                new Sample(FactKind.COMMENDATION, Forms.commendation("机关党建品牌", "provincial"),
                        Forms.commendation("机关党建品牌", "central"), "central"),
                new Sample(FactKind.INNOVATION, Forms.innovation("智慧党建", "national", null),
                        Forms.innovation("智慧党建", "national", "exchange"), "\"flag\":true"),
                new Sample(FactKind.PILOT, Forms.pilot(false), Forms.pilot(true), "\"flag\":true"),
                new Sample(FactKind.INSPECTION, Forms.inspection("year", "good"), Forms.inspection("year", "excellent"),
                        "excellent"));
    }

    @Test
    void entersEditsAndWithdrawsEveryKindWithAnAuditLineBeforeAndAfterEachChange() {
        for (Sample sample : samples()) {
            CommitteeFact entered = desk.enter(reviewer, unit.id(), null, sample.kind(), sample.entered());
            CommitteeFact edited = desk.edit(reviewer, sample.kind(), entered.id(),
                    Forms.version(sample.changed(), entered.version()));
            CommitteeFact withdrawn = desk.withdraw(reviewer, sample.kind(), entered.id(), "录入有误", edited.version());

            assertThat(entered.yearId()).as(sample.kind().name()).isEqualTo(year.id());
            assertThat(entered.enteredBy()).isEqualTo(reviewer.username());
            assertThat(edited.version()).isGreaterThan(entered.version());
            assertThat(withdrawn.state()).isEqualTo(FactState.WITHDRAWN);
            assertThat(withdrawn.withdrawalReason()).isEqualTo("录入有误");
            assertThat(facts.findById(entered.id())).get().extracting(CommitteeFact::active).isEqualTo(false);
            List<AuditEvent> trail = audit.history("fact", entered.id());
            assertThat(trail).extracting(e -> e.action() + " by " + e.actor()).as(sample.kind().name()).containsExactly(
                    "fact.entered by " + reviewer.username(), "fact.edited by " + reviewer.username(),
                    "fact.withdrawn by " + reviewer.username());
            assertThat(trail.get(0).beforeState()).isNull();
            assertThat(trail.get(1).afterState()).as(sample.kind().name()).contains(sample.changedText());
            assertThat(trail.get(2).beforeState()).contains("\"state\":\"ACTIVE\"");
            assertThat(trail.get(2).afterState()).contains("\"state\":\"WITHDRAWN\"", "录入有误");
        }
        assertThat(book.unit(reviewer, unit.id(), null).withdrawn()).hasSize(samples().size());
    }

    @Test
    void officialConductStandingsReplaceTheComputedOnesWhereverTheYearIsScoredUntilWithdrawn() {
        Unit listed = platform.unit("市人防办");
        Unit other = platform.unit("市侨办");
        desk.enter(reviewer, listed.id(), null, FactKind.PERFORMANCE, Forms.performance("conduct", "99", null));
        desk.enter(reviewer, other.id(), null, FactKind.PERFORMANCE, Forms.performance("conduct", "70", null));
        Unit unrated = platform.unit("市台办");
        long before = official.findAll().size();

        assertThatThrownBy(() -> officialDesk.enter(reviewer, year.id(), new OfficialConductDesk.Form(new BigDecimal("80"),
                List.of(listed.code(), unrated.code()), LocalDate.of(2018, 12, 1), "绍市纠风办〔2018〕9号", null)))
                .isInstanceOf(Refusal.class).hasMessageContaining(unrated.code() + "（市台办）本年度没有行风评议成绩");
        assertThat(official.findAll()).hasSize((int) before);

        OfficialConductEntry entered = officialDesk.enter(reviewer, year.id(), new OfficialConductDesk.Form(
                new BigDecimal("99.5"), List.of(listed.code()), LocalDate.of(2018, 12, 1), "绍市纠风办〔2018〕9号", "官方通报"));

        ScoredYear scored = live.scored(year);
        PerformanceResult listedResult = scored.result().unit(String.valueOf(listed.id())).orElseThrow().performance();
        PerformanceResult otherResult = scored.result().unit(String.valueOf(other.id())).orElseThrow().performance();
        assertThat(listedResult.official()).isTrue();
        assertThat(listedResult.vetoed()).isTrue();
        assertThat(listedResult.conductPassed()).isFalse();
        assertThat(otherResult.vetoed()).isFalse();
        assertThat(otherResult.conductMean()).isEqualByComparingTo("99.5");
        assertThat(scored.input().conduct().bottom()).containsExactly(String.valueOf(listed.id()));
        ConductTable table = book.conduct(year.id(), com.xingping.kernel.Paging.first());
        assertThat(table.official().bottom()).containsExactly(listed.code() + " 市人防办");
        assertThat(table.lastSafePlace()).isNull();

        OfficialConductEntry withdrawn = officialDesk.withdraw(reviewer, entered.id(), "录入有误", entered.version());

        assertThat(withdrawn.active()).isFalse();
        PerformanceResult computed = live.scored(year).result().unit(String.valueOf(listed.id())).orElseThrow().performance();
        assertThat(computed.official()).isFalse();
        assertThat(computed.conductPassed()).isTrue();
        assertThat(live.scored(year).input().conduct()).isNull();
        assertThat(audit.history("conduct-official", entered.id())).extracting(AuditEvent::action)
                .containsExactly("conduct.official.entered", "conduct.official.withdrawn");
    }

    @Test
    void aStaleVersionIsAConflictAndAMissingOneIsRefused() {
        CommitteeFact entered = desk.enter(reviewer, unit.id(), year.id(), FactKind.BASELINE, Forms.baseline("norms-B1", "1"));
        desk.edit(reviewer, FactKind.BASELINE, entered.id(), Forms.version(Forms.baseline("norms-B1", "2"), entered.version()));

        assertThatThrownBy(() -> desk.edit(reviewer, FactKind.BASELINE, entered.id(),
                Forms.version(Forms.baseline("norms-B2", "1"), entered.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> desk.withdraw(reviewer, FactKind.BASELINE, entered.id(), "录错", entered.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> desk.edit(reviewer, FactKind.BASELINE, entered.id(), Forms.baseline("norms-B2", "1")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("version"));
        assertThat(facts.findById(entered.id())).get().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("norms-B1");
            assertThat(f.amount()).isEqualByComparingTo("2");
            assertThat(f.active()).isTrue();
        });
    }

    @Test
    void aWithdrawnFactNoLongerChanges() {
        CommitteeFact entered = desk.enter(reviewer, unit.id(), null, FactKind.SERIOUS, Forms.serious("2"));
        CommitteeFact withdrawn = desk.withdraw(reviewer, FactKind.SERIOUS, entered.id(), "重复录入", entered.version());

        assertThatThrownBy(() -> desk.edit(reviewer, FactKind.SERIOUS, entered.id(),
                Forms.version(Forms.serious("1"), withdrawn.version()))).isInstanceOf(Refusal.class)
                .hasMessageContaining("已撤销");
        assertThatThrownBy(() -> desk.withdraw(reviewer, FactKind.SERIOUS, entered.id(), "再撤一次", withdrawn.version()))
                .isInstanceOf(Refusal.class).hasMessageContaining("已撤销");
        assertThatThrownBy(() -> desk.withdraw(reviewer, FactKind.BASELINE, entered.id(), "换个类别", withdrawn.version()))
                .isInstanceOf(com.xingping.kernel.NotFound.class);
    }

    @Test
    void aSingleValuedSlotTakesOneStandingFactUntilItIsWithdrawn() {
        CommitteeFact first = desk.enter(reviewer, unit.id(), null, FactKind.ASSESSED, Forms.assessed("norms-1d", "5"));

        assertThatThrownBy(() -> desk.enter(reviewer, unit.id(), null, FactKind.ASSESSED, Forms.assessed("norms-1d", "6")))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).isEqualTo("elementId");
                    assertThat(r.reason()).contains("已录入过", "请修改或撤销原记录");
                });
        desk.enter(reviewer, unit.id(), null, FactKind.INSPECTION, Forms.inspection("q1", "excellent"));
        desk.enter(reviewer, unit.id(), null, FactKind.INSPECTION, Forms.inspection("year", "good"));
        desk.enter(reviewer, unit.id(), null, FactKind.PILOT, Forms.pilot(false));
        assertThatThrownBy(() -> desk.enter(reviewer, unit.id(), null, FactKind.PILOT, Forms.pilot(true)))
                .isInstanceOf(Refusal.class);
        desk.enter(reviewer, unit.id(), null, FactKind.PENALTY, Forms.penalty("study-2b", "criticized", 1));
        desk.enter(reviewer, unit.id(), null, FactKind.PENALTY, Forms.penalty("study-2b", "criticized", 1));

        desk.withdraw(reviewer, FactKind.ASSESSED, first.id(), "分数录错", first.version());
        CommitteeFact again = desk.enter(reviewer, unit.id(), null, FactKind.ASSESSED, Forms.assessed("norms-1d", "6"));

        assertThat(book.unit(reviewer, unit.id(), null).stars().get(1).assessed().get(0).fact().id()).isEqualTo(again.id());
    }

    @Test
    void whatTheRubricDoesNotAllowIsRefusedAndNothingIsSaved() {
        Map<FactKind, FactForm> refused = Map.of(
                FactKind.ASSESSED, Forms.assessed("norms-1d", "5.3"),
                FactKind.BASELINE, Forms.baseline("study-B9", "1"),
                FactKind.PENALTY, Forms.penalty("norms-3a", "criticized", 1),
                FactKind.COMMENDATION, Forms.commendation("品牌", "county"),
                FactKind.INSPECTION, Forms.inspection("year", "outstanding"));

        refused.forEach((kind, form) -> assertThatThrownBy(() -> desk.enter(reviewer, unit.id(), null, kind, form))
                .as(kind.name()).isInstanceOf(Refusal.class));
        assertThatThrownBy(() -> desk.enter(reviewer, unit.id(), null, FactKind.BASELINE, Forms.baseline("study-B1", "3")))
                .isInstanceOf(Refusal.class).hasMessage("违反底线标准每项扣 1 或 2 分，不是 3 分");

        assertThat(facts.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id())).isEmpty();
    }

    @Test
    void anAwardOutsideTheWindowIsKeptButShownAsNotCounting() {
        CommitteeFact late = desk.enter(reviewer, unit.id(), null, FactKind.COMMENDATION,
                Forms.dated(Forms.commendation("机关党建品牌", "central"), LocalDate.of(2018, 12, 20)));

        FactView view = book.fact(FactKind.COMMENDATION, late.id());

        assertThat(view.counts()).isFalse();
        assertThat(view.note()).isEqualTo("不在考核期内（2017-12-16 至 2018-12-15），不计分");
        assertThat(view.title()).isEqualTo("机关党建品牌：受到中央表彰");
    }

    @Test
    void aClosedYearAndADeactivatedUnitAreReadOnly() {
        AssessmentYear closed = platform.closedYear();
        CommitteeFact standing = desk.enter(reviewer, unit.id(), null, FactKind.SERIOUS, Forms.serious("1"));

        assertThatThrownBy(() -> desk.enter(reviewer, unit.id(), closed.id(), FactKind.SERIOUS, Forms.serious("1")))
                .isInstanceOf(Refusal.class).hasMessageContaining("已关闭");
        platform.deactivated(unit);
        assertThatThrownBy(() -> desk.enter(reviewer, unit.id(), null, FactKind.SERIOUS, Forms.serious("1")))
                .isInstanceOf(Refusal.class).hasMessageContaining("已停用");
        assertThatThrownBy(() -> desk.edit(reviewer, FactKind.SERIOUS, standing.id(),
                Forms.version(Forms.serious("2"), standing.version()))).isInstanceOf(Refusal.class)
                .hasMessageContaining("已停用");
        assertThat(book.unit(reviewer, unit.id(), null).writable()).isFalse();
    }

    @Test
    void onlyTheCommitteeWritesAndLeadersRead() {
        CurrentUser leader = Platform.signIn(platform.account(Role.LEADER));
        assertThatThrownBy(() -> desk.enter(leader, unit.id(), null, FactKind.SERIOUS, Forms.serious("1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(book.unit(leader, unit.id(), null).writable()).isFalse();

        CurrentUser reporter = Platform.signIn(platform.reporter(unit));
        assertThatThrownBy(() -> desk.enter(reporter, unit.id(), null, FactKind.SERIOUS, Forms.serious("1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> book.unit(reporter, unit.id(), null)).isInstanceOf(AccessDeniedException.class);
        assertThat(facts.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id())).isEmpty();
    }
}

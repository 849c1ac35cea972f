package com.xingping.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.xingping.scoring.Award;
import com.xingping.scoring.BaselineViolation;
import com.xingping.scoring.PerformanceFacts;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.Withholding;
import com.xingping.scoring.YearResult;

/** The committee's facts as the engine reads them, and what the engine then makes of them. */
class EngineFactsTest {
    static final Instant NOW = Instant.parse("2019-01-05T08:00:00Z");
    final FactRules rules = new FactRules(FactRulesTest.RUBRIC, FactRulesTest.YEAR, FactRulesTest.TODAY);
    final List<CommitteeFact> facts = new ArrayList<>();

    @Test
    void theTimesOfAnElementsPenaltyAddUpAndWithdrawnFactsCountForNothing() {
        add(FactKind.PENALTY, Forms.penalty("study-2b", "criticized", 1));
        add(FactKind.PENALTY, Forms.penalty("study-2b", "criticized", 2));
        withdraw(add(FactKind.PENALTY, Forms.penalty("study-2b", "criticized", 5)));
        add(FactKind.ASSESSED, Forms.assessed("norms-1d", "5.5"));
        withdraw(add(FactKind.BASELINE, Forms.baseline("study-B1", "2")));
        add(FactKind.BASELINE, Forms.baseline("norms-B1", "1"));
        add(FactKind.SERIOUS, Forms.serious("3"));

        UnitFacts unit = facts();

        assertThat(unit.penaltyCount("study-2b", "criticized")).isEqualTo(3);
        assertThat(unit.assessed().get("norms-1d")).isEqualByComparingTo("5.5");
        assertThat(unit.baselineViolations()).extracting(BaselineViolation::baselineId).containsExactly("norms-B1");
        assertThat(unit.seriousDeductions()).singleElement().satisfies(d -> {
            assertThat(d.points()).isEqualByComparingTo("3");
            assertThat(d.reason()).isEqualTo("测试事由（绍市机工委〔2019〕3号）");
        });
    }

    @Test
    void performanceIsTheCommitteesYesOrNoAndTheConductScoreOrItsJudgement() {
        add(FactKind.PERFORMANCE, Forms.performance("target", null, true));
        add(FactKind.PERFORMANCE, Forms.performance("leadership", null, true));
        add(FactKind.PERFORMANCE, Forms.performance("improved", null, false));
        add(FactKind.PERFORMANCE, Forms.performance("conduct", "88.5", null));

        assertThat(EngineFacts.performance(facts)).isEqualTo(new PerformanceFacts(true, true, new java.math.BigDecimal("88.5"),
                false, false));

        facts.clear();
        add(FactKind.PERFORMANCE, Forms.performance("conduct", null, true));
        assertThat(EngineFacts.performance(facts)).isEqualTo(new PerformanceFacts(false, false, null, false, true));
        assertThat(EngineFacts.performance(List.of())).isEqualTo(PerformanceFacts.NONE);
    }

    @Test
    void bonusCarriesDatedAwardsThePilotAndOnlyTheYearsOverallInspectionRating() {
        add(FactKind.COMMENDATION, Forms.commendation("机关党建品牌", "provincial"));
        add(FactKind.INNOVATION, Forms.innovation("智慧党建", "national", "exchange"));
        add(FactKind.PILOT, Forms.pilot(true));
        add(FactKind.INSPECTION, Forms.inspection("q1", "excellent"));
        add(FactKind.INSPECTION, Forms.inspection("year", "good"));

        var bonus = facts().bonus();

        assertThat(bonus.commendations()).containsExactly(new Award("机关党建品牌", "provincial", false, Forms.DATE));
        assertThat(bonus.innovationAwards()).containsExactly(new Award("智慧党建", "national", true, Forms.DATE));
        assertThat(bonus.pilot()).isTrue();
        assertThat(bonus.pilotSucceeded()).isTrue();
        assertThat(bonus.inspection()).isEqualTo("good");
    }

    @Test
    void theEngineHalvesAnExchangeAndLeavesOutAnAwardOutsideTheWindowAndAQuarterlyRating() {
        add(FactKind.INNOVATION, Forms.innovation("智慧党建", "national", "exchange"));
        add(FactKind.COMMENDATION, Forms.dated(Forms.commendation("迟到的表彰", "central"), LocalDate.of(2018, 12, 20)));
        add(FactKind.INSPECTION, Forms.inspection("q1", "excellent"));

        UnitResult result = score(facts()).units().get(0);

        assertThat(result.bonus().total()).isEqualByComparingTo("1.5");
        assertThat(result.bonus().items()).anySatisfy(item -> {
            assertThat(item.counted()).isFalse();
            assertThat(item.note()).startsWith("不在考核期内");
        });
    }

    @Test
    void aBaselineViolationTakesItsPointsOffTheStarAndWithholdsIt() {
        add(FactKind.BASELINE, Forms.baseline("democracy-B1", "1"));
        UnitFacts.Builder unit = UnitFacts.builder("U").check("democracy-1a").check("democracy-1b").check("democracy-1d")
                .check("democracy-2a").check("democracy-2b").count("democracy-1c", 2).count("democracy-3b", 1)
                .count("democracy-3c", 1);
        UnitResult clean = score(unit.build()).units().get(0);
        EngineFacts.addTo(facts, unit);

        UnitResult violated = score(unit.build()).units().get(0);

        assertThat(clean.star("democracy").orElseThrow().awarded()).isTrue();
        assertThat(violated.star("democracy").orElseThrow().score()).isEqualByComparingTo("13");
        assertThat(violated.star("democracy").orElseThrow().withheld()).containsExactly(Withholding.BASELINE_VIOLATED);
    }

    @Test
    void aConductScoreAmongTheBottomThreeVetoesTheUnitsPerformance() {
        List<UnitFacts> units = new ArrayList<>();
        String[] scores = {"95", "90", "85", "80", "70"};
        for (int i = 0; i < scores.length; i++) {
            facts.clear();
            add(FactKind.PERFORMANCE, Forms.performance("target", null, true));
            add(FactKind.PERFORMANCE, Forms.performance("leadership", null, true));
            add(FactKind.PERFORMANCE, Forms.performance("improved", null, true));
            add(FactKind.PERFORMANCE, Forms.performance("conduct", scores[i], null));
            UnitFacts.Builder unit = UnitFacts.builder("U" + i);
            EngineFacts.addTo(facts, unit);
            units.add(unit.build());
        }

        YearResult result = score(units.toArray(UnitFacts[]::new));

        assertThat(result.units()).extracting(u -> u.id() + ":" + u.performance().vetoed() + ":" + u.performanceExcellent())
                .containsExactly("U0:false:true", "U1:false:true", "U2:true:false", "U3:true:false", "U4:true:false");
    }

    private CommitteeFact add(FactKind kind, FactForm form) {
        CommitteeFact entered = CommitteeFact.enter(1L, 7L, kind, rules.check(kind, form), "admin", NOW);
        CommitteeFact saved = withId(entered, (long) facts.size() + 1);
        facts.add(saved);
        return saved;
    }

    private void withdraw(CommitteeFact fact) {
        facts.set(facts.indexOf(fact), fact.withdraw("录错了", "admin", NOW, fact.version()));
    }

    private UnitFacts facts() {
        UnitFacts.Builder unit = UnitFacts.builder("U");
        EngineFacts.addTo(facts, unit);
        return unit.build();
    }

    private static YearResult score(UnitFacts... units) {
        return new ScoringEngine(FactRulesTest.RUBRIC).score(List.of(units));
    }

    private static CommitteeFact withId(CommitteeFact f, Long id) {
        return new CommitteeFact(id, f.yearId(), f.unitId(), f.kind(), f.subject(), f.item(), f.amount(), f.times(),
                f.flag(), f.project(), f.factDate(), f.reference(), f.reason(), f.state(), f.withdrawalReason(),
                f.enteredBy(), f.enteredAt(), f.changedBy(), f.changedAt(), f.withdrawnBy(), f.withdrawnAt(), 0);
    }
}

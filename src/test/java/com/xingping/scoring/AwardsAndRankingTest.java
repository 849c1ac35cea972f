package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.PERFORMING;
import static com.xingping.scoring.ScoringFixtures.d;
import static com.xingping.scoring.ScoringFixtures.fullMarks;
import static com.xingping.scoring.ScoringFixtures.score;
import static com.xingping.scoring.ScoringFixtures.scoreOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** 党建优 (five stars), 双优, 先进 / 视同先进 and the ranking. */
class AwardsAndRankingTest {

    @Test
    void partyExcellenceNeedsAllFiveStars() {
        assertThat(scoreOne(fullMarks("U01")).partyExcellent()).isTrue();
        // study 20 − 3 − 1.5 = 15.5 < 16: four stars
        UnitResult fourStars = scoreOne(fullMarks("U01").count("study-1b", 0).count("study-2b", 5));
        assertThat(fourStars.starCount()).isEqualTo(4);
        assertThat(fourStars.partyExcellent()).isFalse();
    }

    @Test
    void starAtExactlyItsThresholdIsAwarded() {
        // study 20 − 3 (主题教育实施) − 1 (思想状况研判, both halves) = 16 = 80 % of 20
        UnitResult result = scoreOne(fullMarks("U01").count("study-1b", 0)
                .count("study-3b", "first-half", 0).count("study-3b", "second-half", 0));

        assertThat(result.star("study").orElseThrow().score()).isEqualByComparingTo("16");
        assertThat(result.star("study").orElseThrow().awarded()).isTrue();
        assertThat(result.partyExcellent()).isTrue();
    }

    @Test
    void doubleExcellenceNeedsBothPartyAndPerformanceExcellence() {
        UnitResult both = scoreOne(fullMarks("U01").performance(PERFORMING));
        UnitResult partyOnly = scoreOne(fullMarks("U01"));
        UnitResult performanceOnly = scoreOne(fullMarks("U01").count("study-1b", 0).count("study-2b", 0)
                .performance(PERFORMING));

        assertThat(both.doubleExcellent()).isTrue();
        assertThat(partyOnly.partyExcellent()).isTrue();
        assertThat(partyOnly.performanceExcellent()).isFalse();
        assertThat(partyOnly.doubleExcellent()).isFalse();
        assertThat(performanceOnly.performanceExcellent()).isTrue();
        assertThat(performanceOnly.partyExcellent()).isFalse();
        assertThat(performanceOnly.doubleExcellent()).isFalse();
    }

    @Test
    void doubleExcellentUnitInTheTargetAssessmentIsAdvanced() {
        assertThat(scoreOne(fullMarks("U01").inTargetAssessment(true).performance(PERFORMING)).advanced())
                .isEqualTo(Advanced.ADVANCED);
    }

    @Test
    void doubleExcellentUnitOutsideTheTargetAssessmentIsDeemedAdvanced() {
        assertThat(scoreOne(fullMarks("U01").inTargetAssessment(false).performance(PERFORMING)).advanced())
                .isEqualTo(Advanced.DEEMED_ADVANCED);
    }

    @Test
    void committeesOwnOrganisationIsOnlyDeemedAdvanced() {
        assertThat(scoreOne(fullMarks("U01").inTargetAssessment(true).committeeOwn(true).performance(PERFORMING))
                .advanced()).isEqualTo(Advanced.DEEMED_ADVANCED);
    }

    @Test
    void unitWithoutDoubleExcellenceIsNeitherAdvancedNorDeemedAdvanced() {
        assertThat(scoreOne(fullMarks("U01").inTargetAssessment(true)).advanced()).isNull();
        assertThat(scoreOne(fullMarks("U01").inTargetAssessment(false)).advanced()).isNull();
    }

    @Test
    void ranksByTotalWithEqualTotalsSharingARank() {
        // totals 95, 90, 90, 85 → 1, 2, 2, 4
        YearResult year = score(
                fullMarks("B").seriousDeduction("10", "违纪").build(),    // 90
                fullMarks("A").seriousDeduction("5", "违纪").build(),     // 95
                fullMarks("D").seriousDeduction("15", "违纪").build(),    // 85
                fullMarks("C").seriousDeduction("10.0", "违纪").build()); // 90.0

        assertThat(year.units()).extracting(UnitResult::id).containsExactly("B", "A", "D", "C");
        assertThat(year.units()).extracting(UnitResult::rank).containsExactly(2, 1, 4, 2);
    }

    @Test
    void equalTotalsThenPartyScoresAreOrderedByStarCount() {
        // both total 96 and party 96; S keeps five stars, T loses 民主星
        UnitFacts five = fullMarks("S").count("norms-3a", 0).build();              // norms 21, five stars, party 96
        UnitFacts four = fullMarks("T").count("democracy-1c", 0).count("democracy-1e", 0)
                .penalty("democracy-3a", "criticized", 2).build();                  // democracy 15 − 2 − 1 − 1 = 11 < 12
        YearResult year = score(four, five);

        UnitResult t = year.unit("T").orElseThrow();
        UnitResult s = year.unit("S").orElseThrow();
        assertThat(t.total()).isEqualByComparingTo("96");
        assertThat(s.total()).isEqualByComparingTo("96");
        assertThat(t.partyScore()).isEqualByComparingTo(s.partyScore());
        assertThat(s.starCount()).isEqualTo(5);
        assertThat(t.starCount()).isEqualTo(4);
        assertThat(s.rank()).isEqualTo(1);
        assertThat(t.rank()).isEqualTo(2);
    }

    @Test
    void unitsEqualOnEveryKeyShareARankAndTheNextRankSkips() {
        YearResult year = score(UnitFacts.builder("E1").build(), fullMarks("TOP").build(), UnitFacts.builder("E2").build(),
                UnitFacts.builder("LAST").seriousDeduction("1", "违纪").build());

        assertThat(year.units()).extracting(UnitResult::id).containsExactly("E1", "TOP", "E2", "LAST");
        assertThat(year.units()).extracting(UnitResult::rank).containsExactly(2, 1, 2, 4);
    }

    @Test
    void partyScoreBreaksATieOfTotals() {
        // both total 97 with five stars; P has party 97, Q has party 95 + bonus 2
        UnitFacts p = fullMarks("P").count("study-1b", 0).build();                                   // 100 − 3 = 97
        UnitFacts q = fullMarks("Q").count("study-1b", 0).assessed("norms-1d", "4")                 // 100 − 3 − 2 = 95
                .bonus(new BonusFacts(List.of(), List.of(), false, false, "excellent")).build();    // + 2 = 97
        YearResult year = score(q, p);

        assertThat(year.unit("P").orElseThrow().total()).isEqualByComparingTo(d("97"));
        assertThat(year.unit("Q").orElseThrow().total()).isEqualByComparingTo(d("97"));
        assertThat(year.unit("P").orElseThrow().rank()).isEqualTo(1);
        assertThat(year.unit("Q").orElseThrow().rank()).isEqualTo(2);
    }
}

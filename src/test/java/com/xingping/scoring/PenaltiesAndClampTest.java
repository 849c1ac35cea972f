package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.element;
import static com.xingping.scoring.ScoringFixtures.fullMarks;
import static com.xingping.scoring.ScoringFixtures.scoreOne;
import static com.xingping.scoring.ScoringFixtures.star;
import static com.xingping.scoring.ScoringFixtures.valueOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Penalties subtract from their element; the element is then clamped to [0, max] (备注4). */
class PenaltiesAndClampTest {

    private static UnitFacts.Builder unit() {
        return UnitFacts.builder("U01");
    }

    @Test
    void criticizedMondayEveningStudyLosesHalfAPointEachTime() {
        // 6 × 0.3 = 1.8, criticized once: 1.8 − 0.5 = 1.3
        assertThat(valueOf(unit().count("study-2b", 6).penalty("study-2b", "criticized", 1), "study-2b"))
                .isEqualByComparingTo("1.3");
        // 10 × 0.3 = 3, criticized twice: 3 − 1 = 2
        assertThat(valueOf(unit().count("study-2b", 10).penalty("study-2b", "criticized", 2), "study-2b"))
                .isEqualByComparingTo("2");
    }

    @Test
    void missedTrainingCostsHalfAPointOfStudyHours() {
        // everyone meets their hours: 4; missed the committee's training 3 times: 4 − 1.5 = 2.5
        UnitFacts.Builder unit = unit().member(Role.LEADERSHIP, "40").member(Role.ORDINARY, "24")
                .penalty("study-2c", "missed-training", 3);
        assertThat(valueOf(unit, "study-2c")).isEqualByComparingTo("2.5");
    }

    @Test
    void missedTrainingIsTakenFromTheRoundedRatio() {
        // 4 × 2/3 = 2.67 (rounded), then − 0.5 = 2.17
        UnitFacts.Builder unit = unit().member(Role.ORDINARY, "24").member(Role.ORDINARY, "24").member(Role.ORDINARY, "3")
                .penalty("study-2c", "missed-training", 1);
        assertThat(valueOf(unit, "study-2c")).isEqualByComparingTo("2.17");
    }

    @Test
    void eachUnimplementedInstructionCostsPointTwo() {
        // 2 − 3 × 0.2 = 1.4
        assertThat(valueOf(unit().penalty("study-3a", "unimplemented", 3), "study-3a")).isEqualByComparingTo("1.4");
    }

    @Test
    void criticismInDisciplineInspectionCostsHalfAPoint() {
        // 3 − 2 × 0.5 = 2
        assertThat(valueOf(unit().penalty("democracy-3a", "criticized", 2), "democracy-3a")).isEqualByComparingTo("2");
    }

    @Test
    void penaltySubtractsFromTheCappedScore() {
        // 15 × 0.3 = 4.5 is capped at 3 first; criticized once: 3 − 0.5 = 2.5 (not 4.5 − 0.5 = 4 → 3)
        UnitResult result = scoreOne(unit().count("study-2b", 15).penalty("study-2b", "criticized", 1));

        assertThat(element(result, "study-2b").raw()).isEqualByComparingTo("4.5");
        assertThat(element(result, "study-2b").capped()).isTrue();
        assertThat(element(result, "study-2b").value()).isEqualByComparingTo("2.5");
    }

    @Test
    void penaltiesNeverTakeAnElementBelowZero() {
        // 1 × 0.3 = 0.3, criticized once: 0.3 − 0.5 would be −0.2; the element stays at 0
        UnitResult result = scoreOne(unit().count("study-2b", 1).penalty("study-2b", "criticized", 1)
                .check("study-2a"));

        assertThat(element(result, "study-2b").value()).isEqualByComparingTo("0");
        // and nothing spills over to the rest of the criterion: study-2 = study-2a 1 + 0 + study-2c 0
        assertThat(ScoringFixtures.criterion(result, "study-2").value()).isEqualByComparingTo("1");
    }

    @Test
    void penaltiesOnAnElementWithNothingEarnedLeaveItAtZero() {
        // no roster, missed training twice: 0, not −1
        assertThat(valueOf(unit().penalty("study-2c", "missed-training", 2), "study-2c")).isEqualByComparingTo("0");
    }

    @Test
    void deductionsAreLimitedToTheElementsPoints() {
        // 扣分以该项分值为上限: 15 unimplemented × 0.2 = 3 exceeds study-3a's 2 points; the element loses 2, not 3
        UnitResult study = scoreOne(fullMarks("U01").penalty("study-3a", "unimplemented", 15));
        assertThat(element(study, "study-3a").penaltyPoints()).isEqualByComparingTo("3");
        assertThat(element(study, "study-3a").value()).isEqualByComparingTo("0");
        assertThat(star(study, "study").score()).isEqualByComparingTo("18");

        // 10 criticisms × 0.5 = 5 exceed democracy-3a's 3 points; the star loses 3: 15 − 3 = 12
        UnitResult democracy = scoreOne(fullMarks("U01").penalty("democracy-3a", "criticized", 10));
        assertThat(element(democracy, "democracy-3a").value()).isEqualByComparingTo("0");
        assertThat(star(democracy, "democracy").score()).isEqualByComparingTo("12");
        assertThat(democracy.partyScore()).isEqualByComparingTo("97");
    }

    @Test
    void penaltyOfExactlyTheElementsPointsLeavesZero() {
        // 10 × 0.2 = 2 = study-3a's points
        assertThat(valueOf(unit().penalty("study-3a", "unimplemented", 10), "study-3a")).isEqualByComparingTo("0");
    }
}

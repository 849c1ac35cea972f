package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.criterion;
import static com.xingping.scoring.ScoringFixtures.element;
import static com.xingping.scoring.ScoringFixtures.fullMarks;
import static com.xingping.scoring.ScoringFixtures.scoreOne;
import static com.xingping.scoring.ScoringFixtures.star;
import static com.xingping.scoring.ScoringFixtures.valueOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each element kind of rubric-2018.md turns its fact into points as its table says. */
class ElementKindsTest {

    private static UnitFacts.Builder unit() {
        return UnitFacts.builder("U01");
    }

    @Test
    void fullMarksUnitEarnsEveryPointOfEveryStar() {
        UnitResult result = scoreOne(fullMarks("U01"));

        assertThat(star(result, "study").score()).isEqualByComparingTo("20");
        assertThat(star(result, "norms").score()).isEqualByComparingTo("25");
        assertThat(star(result, "service").score()).isEqualByComparingTo("20");
        assertThat(star(result, "democracy").score()).isEqualByComparingTo("15");
        assertThat(star(result, "innovation").score()).isEqualByComparingTo("20");
        assertThat(result.partyScore()).isEqualByComparingTo("100");
        assertThat(result.starCount()).isEqualTo(5);
    }

    @Test
    void emptyUnitScoresOnlyItsFullMinusElements() {
        UnitResult result = scoreOne(unit());

        // study-3a (2) and democracy-3a (3) start at their maximum; everything else needs a fact
        assertThat(result.partyScore()).isEqualByComparingTo("5");
        assertThat(result.stars()).flatExtracting(StarResult::criteria).flatExtracting(CriterionResult::elements)
                .hasSize(65);
    }

    // CHECK

    @Test
    void doneCheckEarnsItsMaximum() {
        assertThat(valueOf(unit().check("study-3d"), "study-3d")).isEqualByComparingTo("2");
        assertThat(valueOf(unit().check("norms-1f"), "norms-1f")).isEqualByComparingTo("0.5");
    }

    @Test
    void absentCheckEarnsNothing() {
        assertThat(valueOf(unit().check("study-1c"), "study-1a")).isEqualByComparingTo("0");
    }

    // COUNT

    @Test
    void countEarnsItsPointsEachExactly() {
        // 7 × 0.3 = 2.1 exactly, not 2.0999999999999996
        assertThat(valueOf(unit().count("study-2b", 7), "study-2b")).isEqualByComparingTo("2.1");
        assertThat(element(scoreOne(unit().count("study-2b", 7)), "study-2b").value().toPlainString()).isEqualTo("2.1");
        assertThat(valueOf(unit().count("norms-3a", 3), "norms-3a")).isEqualByComparingTo("1.2");
        assertThat(valueOf(unit().count("norms-3c", 1), "norms-3c")).isEqualByComparingTo("0.2");
    }

    @Test
    void capsMondayEveningStudyAtThreePoints() {
        assertThat(valueOf(unit().count("study-2b", 10), "study-2b")).isEqualByComparingTo("3");
        assertThat(valueOf(unit().count("study-2b", 11), "study-2b")).isEqualByComparingTo("3");
        assertThat(valueOf(unit().count("study-2b", 52), "study-2b")).isEqualByComparingTo("3");
    }

    @Test
    void capsThreeMeetingsAndOneLessonAtFourPoints() {
        // 12 × 0.4 = 4.8, capped at 4
        assertThat(valueOf(unit().count("norms-3a", 12), "norms-3a")).isEqualByComparingTo("4");
    }

    @Test
    void absentOrZeroCountEarnsNothing() {
        assertThat(valueOf(unit(), "study-1b")).isEqualByComparingTo("0");
        assertThat(valueOf(unit().count("study-1b", 0), "study-1b")).isEqualByComparingTo("0");
    }

    @Test
    void criterionAndStarAreTheSumsOfTheirElements() {
        UnitResult result = scoreOne(unit().check("study-1a").count("study-1b", 2).count("study-2b", 4).check("study-3c"));

        assertThat(criterion(result, "study-1").value()).isEqualByComparingTo("3");   // 1 + 2
        assertThat(criterion(result, "study-2").value()).isEqualByComparingTo("1.2"); // 4 × 0.3
        assertThat(criterion(result, "study-3").value()).isEqualByComparingTo("3");   // study-3a 2 + study-3c 1
        assertThat(star(result, "study").score()).isEqualByComparingTo("7.2");
    }

    // FULL_MINUS

    @Test
    void fullMinusStartsAtItsMaximum() {
        assertThat(valueOf(unit(), "study-3a")).isEqualByComparingTo("2");
        assertThat(valueOf(unit(), "democracy-3a")).isEqualByComparingTo("3");
    }

    // RATIO

    @Test
    void ratioIsTheShareOfMembersMeetingTheirOwnRequiredHours() {
        UnitFacts.Builder unit = unit()
                .member(Role.LEADERSHIP, "40")   // meets 40 exactly
                .member(Role.LEADERSHIP, "39.5") // short of 40
                .member(Role.LEADERSHIP, "30")   // over 24 but a leader needs 40
                .member(Role.ORDINARY, "24")     // meets 24 exactly
                .member(Role.ORDINARY, "23.9")   // short of 24
                .member(Role.ORDINARY, "56");    // meets
        // 3 of 6 → 4 × 3/6 = 2
        assertThat(valueOf(unit, "study-2c")).isEqualByComparingTo("2");
    }

    @Test
    void everyMemberMeetingTheirHoursEarnsTheWholeRatio() {
        assertThat(valueOf(unit().member(Role.LEADERSHIP, "41").member(Role.ORDINARY, "24"), "study-2c"))
                .isEqualByComparingTo("4");
    }

    @Test
    void ratioIsRoundedHalfUpToTheHundredth() {
        // 4 × 2/3 = 2.666… → 2.67; 4 × 1/3 = 1.333… → 1.33
        assertThat(valueOf(unit().member(Role.ORDINARY, "24").member(Role.ORDINARY, "24").member(Role.ORDINARY, "1"),
                "study-2c")).isEqualByComparingTo("2.67");
        assertThat(valueOf(unit().member(Role.ORDINARY, "24").member(Role.ORDINARY, "0").member(Role.ORDINARY, "1"),
                "study-2c")).isEqualByComparingTo("1.33");
        // 4 × 1/32 = 0.125 → 0.13 (half up; half even would give 0.12)
        UnitFacts.Builder oneOfThirtyTwo = unit().member(Role.ORDINARY, "24");
        for (int i = 0; i < 31; i++) {
            oneOfThirtyTwo.member(Role.ORDINARY, "10");
        }
        assertThat(valueOf(oneOfThirtyTwo, "study-2c")).isEqualByComparingTo("0.13");
    }

    @Test
    void emptyRosterScoresRatioZero() {
        assertThat(valueOf(unit().emptyRoster(), "study-2c")).isEqualByComparingTo("0");
    }

    @Test
    void absentRosterScoresRatioZero() {
        assertThat(valueOf(unit(), "study-2c")).isEqualByComparingTo("0");
    }

    @Test
    void rosterOfNobodyMeetingTheirHoursScoresRatioZero() {
        assertThat(valueOf(unit().member(Role.LEADERSHIP, "39.99"), "study-2c")).isEqualByComparingTo("0");
    }

    // TIER

    @Test
    void tierEarnsThePointsOfTheHighestLevelReached() {
        // a 规范化阵地 is also an 有活动阵地; the higher level's 3 points count, not 2 + 3
        assertThat(valueOf(unit().tier("innovation-2e", "standard"), "innovation-2e")).isEqualByComparingTo("3");
        assertThat(valueOf(unit().tier("innovation-2e", "active"), "innovation-2e")).isEqualByComparingTo("2");
    }

    @Test
    void tierWithNoLevelReachedEarnsNothing() {
        assertThat(valueOf(unit(), "innovation-2e")).isEqualByComparingTo("0");
    }

    // THRESHOLD

    @Test
    void thresholdEarnsItsMaximumAtSixtyPercent() {
        assertThat(valueOf(unit().rate("innovation-3d", "0.60"), "innovation-3d")).isEqualByComparingTo("1");
        assertThat(valueOf(unit().rate("innovation-3d", "0.6"), "innovation-3d")).isEqualByComparingTo("1");
        assertThat(valueOf(unit().rate("innovation-3d", "1"), "innovation-3d")).isEqualByComparingTo("1");
    }

    @Test
    void thresholdEarnsNothingBelowSixtyPercent() {
        assertThat(valueOf(unit().rate("innovation-3d", "0.59"), "innovation-3d")).isEqualByComparingTo("0");
        assertThat(valueOf(unit().rate("innovation-3d", "0.5999"), "innovation-3d")).isEqualByComparingTo("0");
        assertThat(valueOf(unit().rate("innovation-3d", "0"), "innovation-3d")).isEqualByComparingTo("0");
    }

    @Test
    void absentRateEarnsNothing() {
        assertThat(valueOf(unit(), "innovation-3d")).isEqualByComparingTo("0");
    }

    // ASSESS

    @Test
    void assessEarnsTheCommitteesScore() {
        assertThat(valueOf(unit().assessed("norms-1d", "5.5"), "norms-1d")).isEqualByComparingTo("5.5");
        assertThat(valueOf(unit().assessed("norms-1d", "6"), "norms-1d")).isEqualByComparingTo("6");
        assertThat(valueOf(unit().assessed("norms-1d", "0"), "norms-1d")).isEqualByComparingTo("0");
    }

    @Test
    void notYetAssessedEarnsNothing() {
        assertThat(valueOf(unit(), "norms-1d")).isEqualByComparingTo("0");
    }
}

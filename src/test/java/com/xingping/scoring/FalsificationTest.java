package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.criterion;
import static com.xingping.scoring.ScoringFixtures.element;
import static com.xingping.scoring.ScoringFixtures.fullMarks;
import static com.xingping.scoring.ScoringFixtures.scoreOne;
import static com.xingping.scoring.ScoringFixtures.star;
import static com.xingping.scoring.ScoringFixtures.valueOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * 备注5 "加倍倒扣": a false record is scored as if never submitted, and the points it claimed are
 * deducted once more; that deduction is exempt from the [0, max] clamp.
 */
class FalsificationTest {

    private static UnitFacts.Builder unit() {
        return UnitFacts.builder("U01");
    }

    @Test
    void falseOccurrencesAreDroppedAndTheirPointsDeductedOnceMore() {
        // 10 meetings, 2 false: as if 8 were submitted, 8 × 0.4 = 3.2; then 2 × 0.4 = 0.8 deducted: 2.4
        UnitResult result = scoreOne(unit().count("norms-3a", 10).falsified("norms-3a", 2));
        ElementResult meetings = element(result, "norms-3a");

        assertThat(meetings.earned()).isEqualByComparingTo("3.2");
        assertThat(meetings.claimed()).isEqualByComparingTo("0.8");
        assertThat(meetings.falsificationPenalty()).isEqualByComparingTo("0.8");
        assertThat(meetings.value()).isEqualByComparingTo("2.4");
    }

    @Test
    void trueOccurrencesOverTheCapStillFillItButTheFalseOnesAreDeducted() {
        // 主题教育实施: 5 submitted, 2 false; the 3 true ones still earn the full 3; then 2 × 1 = 2 deducted: 1
        assertThat(valueOf(unit().count("study-1b", 5).falsified("study-1b", 2), "study-1b")).isEqualByComparingTo("1");
    }

    @Test
    void falseOccurrencesClaimAtMostTheElementsPoints() {
        // 15 Monday evenings, 12 false: 3 true × 0.3 = 0.9; the false claim min(3, 12 × 0.3 = 3.6) = 3: 0.9 − 3 = −2.1
        UnitResult result = scoreOne(unit().count("study-2b", 15).falsified("study-2b", 12));

        assertThat(element(result, "study-2b").claimed()).isEqualByComparingTo("3");
        assertThat(element(result, "study-2b").value()).isEqualByComparingTo("-2.1");
    }

    @Test
    void falsificationMayMakeTheElementStarAndTotalNegative() {
        // all 10 Monday evenings false: 0 earned, min(3, 3) = 3 deducted → −3;
        // study-3a and democracy-3a are wiped out by their penalties, so nothing else is earned
        UnitResult result = scoreOne(unit().count("study-2b", 10).falsified("study-2b", 10)
                .penalty("study-3a", "unimplemented", 10).penalty("democracy-3a", "criticized", 6));

        assertThat(element(result, "study-2b").value()).isEqualByComparingTo("-3");
        assertThat(criterion(result, "study-2").value()).isEqualByComparingTo("-3");
        assertThat(star(result, "study").score()).isEqualByComparingTo("-3");
        assertThat(result.partyScore()).isEqualByComparingTo("-3");
        assertThat(result.total()).isEqualByComparingTo("-3");
    }

    @Test
    void falseCheckCostsTwiceItsPoints() {
        // 教育培训 (2) found false: 0 instead of 2, and −2: value −2
        UnitResult result = scoreOne(fullMarks("U01").falsified("study-3d", 1));

        assertThat(element(result, "study-3d").value()).isEqualByComparingTo("-2");
        assertThat(star(result, "study").score()).isEqualByComparingTo("16"); // 20 − 2 − 2
        assertThat(result.partyScore()).isEqualByComparingTo("96");
    }

    @Test
    void falseTierLevelCostsTwiceTheClaimedLevel() {
        assertThat(valueOf(unit().tier("innovation-2e", "standard").falsified("innovation-2e", 1), "innovation-2e"))
                .isEqualByComparingTo("-3");
        assertThat(valueOf(unit().tier("innovation-2e", "active").falsified("innovation-2e", 1), "innovation-2e"))
                .isEqualByComparingTo("-2");
    }

    @Test
    void falseRateCostsTwiceTheThresholdPoints() {
        // a claimed 75 % installation rate found false: 0 instead of 1, and −1
        assertThat(valueOf(unit().rate("innovation-3d", "0.75").falsified("innovation-3d", 1), "innovation-3d"))
                .isEqualByComparingTo("-1");
    }

    @Test
    void falseAssessedRecordCostsTwiceTheScore() {
        // 三级书记 assessed 4.5 on records found false: 0 instead of 4.5, and −4.5
        UnitResult result = scoreOne(fullMarks("U01").assessed("norms-1d", "4.5").falsified("norms-1d", 1));

        assertThat(element(result, "norms-1d").value()).isEqualByComparingTo("-4.5");
        // norms earned 25 − 6 = 19, then − 4.5 = 14.5
        assertThat(star(result, "norms").score()).isEqualByComparingTo("14.5");
    }

    @Test
    void falsificationIsDeductedAfterPenaltiesAndClamp() {
        // 15 submitted, 2 false: 13 × 0.3 = 3.9 → capped 3; criticized 10 times: 3 − 5 → clamped 0;
        // then the false claim 2 × 0.3 = 0.6 is deducted outside the clamp: −0.6
        UnitFacts.Builder unit = unit().count("study-2b", 15).falsified("study-2b", 2).penalty("study-2b", "criticized", 10);
        assertThat(valueOf(unit, "study-2b")).isEqualByComparingTo("-0.6");
    }

    @Test
    void falsifiedStarIsWithheldEvenAboveItsThreshold() {
        // one false meeting: 9 × 0.4 = 3.6 − 0.4 = 3.2; norms 25 − 0.8 = 24.2 ≥ 20 but withheld
        UnitResult result = scoreOne(fullMarks("U01").falsified("norms-3a", 1));

        assertThat(star(result, "norms").score()).isEqualByComparingTo("24.2");
        assertThat(star(result, "norms").awarded()).isFalse();
        assertThat(star(result, "norms").withheld()).containsExactly(Withholding.FALSIFIED);
        assertThat(result.starCount()).isEqualTo(4);
        assertThat(result.partyExcellent()).isFalse();
    }
}

package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.factFalse;
import static com.xingping.scoring.ScoringFixtures.fullMarks;
import static com.xingping.scoring.ScoringFixtures.rubricWith;
import static com.xingping.scoring.ScoringFixtures.scoreOne;
import static com.xingping.scoring.ScoringFixtures.star;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.xingping.rubric.Rubric;

/**
 * 备注3: a violated 底线标准 deducts 1 or 2 points from its star (floored at 0) and withholds it;
 * a member's serious violation is deducted from the total.
 */
class StarDeductionsTest {

    @Test
    void baselineViolationDeductsOneOrTwoPointsFromItsStar() {
        assertThat(star(scoreOne(fullMarks("U01").baselineViolation("study-B1", "1")), "study").score())
                .isEqualByComparingTo("19");
        assertThat(star(scoreOne(fullMarks("U01").baselineViolation("study-B1", "2")), "study").score())
                .isEqualByComparingTo("18");
    }

    @Test
    void everyViolatedBaselineDeducts() {
        UnitResult result = scoreOne(fullMarks("U01").baselineViolation("study-B1", "2").baselineViolation("study-B2", "1"));

        assertThat(star(result, "study").baselineDeduction()).isEqualByComparingTo("3");
        assertThat(star(result, "study").score()).isEqualByComparingTo("17");
        assertThat(result.partyScore()).isEqualByComparingTo("97");
        assertThat(result.total()).isEqualByComparingTo("97");
    }

    @Test
    void baselineViolationDeductsOnlyFromTheStarItBelongsTo() {
        UnitResult result = scoreOne(fullMarks("U01").baselineViolation("norms-B1", "2"));

        assertThat(star(result, "norms").score()).isEqualByComparingTo("23");
        assertThat(star(result, "norms").violations()).extracting(BaselineViolation::baselineId).containsExactly("norms-B1");
        assertThat(star(result, "study").score()).isEqualByComparingTo("20");
        assertThat(star(result, "study").violations()).isEmpty();
        assertThat(star(result, "study").awarded()).isTrue();
    }

    @Test
    void violatedBaselineWithholdsItsStarWhateverItsScore() {
        UnitResult result = scoreOne(fullMarks("U01").baselineViolation("democracy-B2", "1"));

        // 15 − 1 = 14 ≥ 12, but the baseline withholds the star
        assertThat(star(result, "democracy").score()).isEqualByComparingTo("14");
        assertThat(star(result, "democracy").awarded()).isFalse();
        assertThat(star(result, "democracy").withheld()).containsExactly(Withholding.BASELINE_VIOLATED);
        assertThat(result.starCount()).isEqualTo(4);
        assertThat(result.partyExcellent()).isFalse();
    }

    @Test
    void baselineDeductionFloorsTheStarAtZero() {
        // study earns only study-3a: 2 − 5 × 0.2 = 1; a 2-point baseline violation: max(0, 1 − 2) = 0, not −1
        UnitResult result = scoreOne(UnitFacts.builder("U01").penalty("study-3a", "unimplemented", 5)
                .baselineViolation("study-B2", "2"));

        assertThat(star(result, "study").earned()).isEqualByComparingTo("1");
        assertThat(star(result, "study").score()).isEqualByComparingTo("0");
        assertThat(result.partyScore()).isEqualByComparingTo("3"); // democracy-3a's 3 only
    }

    @Test
    void starIsFlooredAtZeroBeforeFalsificationPenaltiesAreSubtracted() {
        // earned: study-1a false → 0, study-1c 1, study-3a wiped out → 0: 1
        // baseline 2: max(0, 1 − 2) = 0; then twice the false study-1a (1) is deducted: 0 − 2 = −2
        UnitResult result = scoreOne(factFalse(UnitFacts.builder("U01").check("study-1a"), "study-1a").check("study-1c")
                .penalty("study-3a", "unimplemented", 10).baselineViolation("study-B1", "2"));

        assertThat(star(result, "study").earned()).isEqualByComparingTo("1");
        assertThat(star(result, "study").baselineDeduction()).isEqualByComparingTo("2");
        assertThat(star(result, "study").falsificationPenalty()).isEqualByComparingTo("2");
        assertThat(star(result, "study").score()).isEqualByComparingTo("-2");
        assertThat(star(result, "study").withheld())
                .containsExactly(Withholding.BELOW_THRESHOLD, Withholding.BASELINE_VIOLATED, Withholding.FALSIFIED);
    }

    @Test
    void baselineDeductionAndFalsificationBothComeOffAStarWithPointsToSpare() {
        // norms: earned 25 − 6 (norms-1d false) = 19; − baseline 1 = 18; − falsification 2 × 6 = 6
        UnitResult result = scoreOne(factFalse(fullMarks("U01"), "norms-1d").baselineViolation("norms-B2", "1"));

        assertThat(star(result, "norms").score()).isEqualByComparingTo("6");
        assertThat(star(result, "norms").withheld())
                .containsExactly(Withholding.BELOW_THRESHOLD, Withholding.BASELINE_VIOLATED, Withholding.FALSIFIED);
    }

    @Test
    void severalIncidentsOfOneBaselineItemDeductTheirLargestPointsOnce() {
        // 每项扣1-2分: study-B1 recorded three times (1, 2, 1) is one violated item: 2, not 4
        UnitResult result = scoreOne(fullMarks("U01").baselineViolation("study-B1", "1")
                .baselineViolation("study-B1", "2").baselineViolation("study-B1", "1"));

        assertThat(star(result, "study").violations()).hasSize(3);
        assertThat(star(result, "study").baselineDeduction()).isEqualByComparingTo("2");
        assertThat(star(result, "study").score()).isEqualByComparingTo("18");
        // two items, one of them twice: 1 (B1 at its largest) + 2 (B2)
        UnitResult two = scoreOne(fullMarks("U01").baselineViolation("study-B1", "1").baselineViolation("study-B1", "1")
                .baselineViolation("study-B2", "2"));
        assertThat(star(two, "study").baselineDeduction()).isEqualByComparingTo("3");
        assertThat(star(two, "study").score()).isEqualByComparingTo("17");
    }

    @Test
    void baselineDeductionPerViolationDeductsEveryIncident() {
        Rubric perViolation = rubricWith("baselineDeduction: perItem", "baselineDeduction: perViolation");

        UnitResult result = scoreOne(perViolation, fullMarks("U01").baselineViolation("study-B1", "1")
                .baselineViolation("study-B1", "2").baselineViolation("study-B1", "1"));

        assertThat(star(result, "study").baselineDeduction()).isEqualByComparingTo("4");
        assertThat(star(result, "study").score()).isEqualByComparingTo("16");
        assertThat(star(result, "study").withheld()).containsExactly(Withholding.BASELINE_VIOLATED);
    }

    @Test
    void seriousViolationIsDeductedFromTheTotalOnly() {
        UnitResult result = scoreOne(fullMarks("U01").seriousDeduction("3", "市纪委通报 2018-07"));

        assertThat(result.partyScore()).isEqualByComparingTo("100");
        assertThat(result.starCount()).isEqualTo(5);
        assertThat(result.seriousDeductionPoints()).isEqualByComparingTo("3");
        assertThat(result.seriousDeductions()).extracting(SeriousDeduction::reason).containsExactly("市纪委通报 2018-07");
        assertThat(result.total()).isEqualByComparingTo("97");
        assertThat(result.partyExcellent()).isTrue();
    }

    @Test
    void seriousDeductionsAddUpAndComeOffTheBonusToo() {
        // 100 + 2 (一季一督查 优秀) − (3 + 1.5) = 97.5
        UnitResult result = scoreOne(fullMarks("U01")
                .bonus(new BonusFacts(List.of(), List.of(), false, false, "excellent"))
                .seriousDeduction("3", "违纪 A").seriousDeduction("1.5", "违纪 B"));

        assertThat(result.bonus().total()).isEqualByComparingTo("2");
        assertThat(result.seriousDeductionPoints()).isEqualByComparingTo("4.5");
        assertThat(result.total()).isEqualByComparingTo("97.5");
    }

    @Test
    void seriousDeductionsMayMakeTheTotalNegative() {
        // an empty unit has the two FULL_MINUS elements only: 2 + 3 = 5; − 8 = −3
        UnitResult result = scoreOne(UnitFacts.builder("U01").seriousDeduction("8", "严重违纪"));

        assertThat(result.partyScore()).isEqualByComparingTo("5");
        assertThat(result.total()).isEqualByComparingTo("-3");
    }
}

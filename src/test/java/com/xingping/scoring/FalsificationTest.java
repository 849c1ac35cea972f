package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.criterion;
import static com.xingping.scoring.ScoringFixtures.d;
import static com.xingping.scoring.ScoringFixtures.element;
import static com.xingping.scoring.ScoringFixtures.factFalse;
import static com.xingping.scoring.ScoringFixtures.fullMarks;
import static com.xingping.scoring.ScoringFixtures.scoreOne;
import static com.xingping.scoring.ScoringFixtures.star;
import static com.xingping.scoring.ScoringFixtures.valueOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * 备注5 "加倍倒扣": a false record is scored as if never submitted, and twice (the multiplier ×) the
 * points it claimed are deducted; that deduction is exempt from the [0, max] clamp. True records of
 * the same element still earn what they earn.
 */
class FalsificationTest {

    private static UnitFacts.Builder unit() {
        return UnitFacts.builder("U01");
    }

    @Test
    void falseOccurrencesAreDroppedAndTwiceTheirPointsDeducted() {
        // 10 meetings, 2 false: as if 8 were submitted, 8 × 0.4 = 3.2; the false ones claimed 2 × 0.4 = 0.8,
        // 2 × 0.8 = 1.6 deducted: 1.6
        UnitResult result = scoreOne(unit().count("norms-3a", 10).falsified("norms-3a", 2));
        ElementResult meetings = element(result, "norms-3a");

        assertThat(meetings.earned()).isEqualByComparingTo("3.2");
        assertThat(meetings.falsified()).isEqualTo(2);
        assertThat(meetings.claimed()).isEqualByComparingTo("0.8");
        assertThat(meetings.falsificationPenalty()).isEqualByComparingTo("1.6");
        assertThat(meetings.value()).isEqualByComparingTo("1.6");
    }

    @Test
    void trueOccurrencesOverTheCapStillFillItButTheFalseOnesAreDeductedTwice() {
        // 主题教育实施: 5 submitted, 2 false; the 3 true ones still earn the full 3; claimed 2 × 1 = 2, −4: −1
        assertThat(valueOf(unit().count("study-1b", 5).falsified("study-1b", 2), "study-1b")).isEqualByComparingTo("-1");
    }

    @Test
    void falseOccurrencesClaimAtMostTheElementsPoints() {
        // 15 Monday evenings, 12 false: 3 true × 0.3 = 0.9; the claim min(3, 12 × 0.3 = 3.6) = 3, −6: 0.9 − 6 = −5.1
        UnitResult result = scoreOne(unit().count("study-2b", 15).falsified("study-2b", 12));

        assertThat(element(result, "study-2b").claimed()).isEqualByComparingTo("3");
        assertThat(element(result, "study-2b").falsificationPenalty()).isEqualByComparingTo("6");
        assertThat(element(result, "study-2b").value()).isEqualByComparingTo("-5.1");
    }

    @Test
    void falsificationMayMakeTheElementStarAndTotalNegative() {
        // all 10 Monday evenings false: 0 earned, min(3, 3) = 3 claimed, 2 × 3 = 6 deducted → −6;
        // study-3a and democracy-3a are wiped out by their penalties, so nothing else is earned
        UnitResult result = scoreOne(unit().count("study-2b", 10).falsified("study-2b", 10)
                .penalty("study-3a", "unimplemented", 10).penalty("democracy-3a", "criticized", 6));

        assertThat(element(result, "study-2b").value()).isEqualByComparingTo("-6");
        assertThat(criterion(result, "study-2").value()).isEqualByComparingTo("-6");
        assertThat(star(result, "study").score()).isEqualByComparingTo("-6");
        assertThat(result.partyScore()).isEqualByComparingTo("-6");
        assertThat(result.total()).isEqualByComparingTo("-6");
    }

    @Test
    void falseCheckCostsTwiceItsPoints() {
        // 教育培训 (2) found false: 0 instead of 2, and −2 × 2: value −4
        UnitResult result = scoreOne(factFalse(fullMarks("U01"), "study-3d"));

        assertThat(element(result, "study-3d").earned()).isEqualByComparingTo("0");
        assertThat(element(result, "study-3d").claim()).isEqualTo(FalseClaim.checked());
        assertThat(element(result, "study-3d").value()).isEqualByComparingTo("-4");
        assertThat(star(result, "study").score()).isEqualByComparingTo("14"); // 20 − 2 − 4
        assertThat(result.partyScore()).isEqualByComparingTo("94");
    }

    @Test
    void falseCheckBesideATrueOneEarnsItsPointsAndIsChargedTwice() {
        // rubric-2018.md: "a false CHECK record beside a true one earns 1 and is charged 2 (value −1)"
        ElementResult plan = element(scoreOne(unit().check("study-1a").falseClaim("study-1a", FalseClaim.checked())),
                "study-1a");

        assertThat(plan.earned()).isEqualByComparingTo("1");
        assertThat(plan.claimed()).isEqualByComparingTo("1");
        assertThat(plan.falsificationPenalty()).isEqualByComparingTo("2");
        assertThat(plan.value()).isEqualByComparingTo("-1");
    }

    @Test
    void falseTierLevelCostsTwiceTheClaimedLevel() {
        assertThat(valueOf(factFalse(unit().tier("innovation-2e", "standard"), "innovation-2e"), "innovation-2e"))
                .isEqualByComparingTo("-6");
        assertThat(valueOf(factFalse(unit().tier("innovation-2e", "active"), "innovation-2e"), "innovation-2e"))
                .isEqualByComparingTo("-4");
    }

    @Test
    void falseStandardBesideATrueActiveEarnsTwoAndIsChargedSix() {
        // rubric-2018.md: "a false `standard` 阵地 beside a true `active` one earns 2 and is charged 6 (value −4)"
        ElementResult positions = element(scoreOne(unit().tier("innovation-2e", "active")
                .falseClaim("innovation-2e", FalseClaim.level("standard"))), "innovation-2e");

        assertThat(positions.earned()).isEqualByComparingTo("2");
        assertThat(positions.claimed()).isEqualByComparingTo("3");
        assertThat(positions.falsificationPenalty()).isEqualByComparingTo("6");
        assertThat(positions.value()).isEqualByComparingTo("-4");
    }

    @Test
    void falseRateCostsTwiceTheThresholdPoints() {
        // a claimed 75 % installation rate found false: 0 instead of 1, and −2
        assertThat(valueOf(factFalse(unit().rate("innovation-3d", "0.75"), "innovation-3d"), "innovation-3d"))
                .isEqualByComparingTo("-2");
        // a true 50 % beside a false 70 %: the true rate earns nothing, the false one claimed 1: −2
        assertThat(valueOf(unit().rate("innovation-3d", "0.50").falseClaim("innovation-3d", FalseClaim.measured(d("0.70"))),
                "innovation-3d")).isEqualByComparingTo("-2");
    }

    @Test
    void falseRateBelowTheThresholdClaimedNothingButStillWithholdsTheStar() {
        // a false 50 % claims the points 50 % earns: none; the record is still false
        UnitResult result = scoreOne(factFalse(fullMarks("U01").rate("innovation-3d", "0.50"), "innovation-3d"));

        assertThat(element(result, "innovation-3d").claimed()).isEqualByComparingTo("0");
        assertThat(element(result, "innovation-3d").value()).isEqualByComparingTo("0");
        assertThat(star(result, "innovation").score()).isEqualByComparingTo("19");
        assertThat(star(result, "innovation").withheld()).containsExactly(Withholding.FALSIFIED);
    }

    @Test
    void falseAssessedRecordCostsTwiceTheScore() {
        // 三级书记 assessed 4.5 on records found false: 0 instead of 4.5, and −9
        UnitResult result = scoreOne(factFalse(fullMarks("U01").assessed("norms-1d", "4.5"), "norms-1d"));

        assertThat(element(result, "norms-1d").value()).isEqualByComparingTo("-9");
        // norms earned 25 − 6 = 19, then − 9 = 10
        assertThat(star(result, "norms").score()).isEqualByComparingTo("10");
    }

    @Test
    void falseAssessedClaimBesideATrueAssessment() {
        // the committee's true 4 earns 4; a false record claimed 5: 4 − 2 × 5 = −6
        assertThat(valueOf(unit().assessed("norms-1d", "4").falseClaim("norms-1d", FalseClaim.measured(d("5"))), "norms-1d"))
                .isEqualByComparingTo("-6");
    }

    @Test
    void falsificationIsDeductedAfterPenaltiesAndClamp() {
        // 15 submitted, 2 false: 13 × 0.3 = 3.9 → capped 3; criticized 10 times: 3 − 5 → clamped 0;
        // then twice the false claim 2 × 0.3 = 0.6 is deducted outside the clamp: −1.2
        UnitFacts.Builder unit = unit().count("study-2b", 15).falsified("study-2b", 2).penalty("study-2b", "criticized", 10);
        assertThat(valueOf(unit, "study-2b")).isEqualByComparingTo("-1.2");
    }

    @Test
    void falsifiedStarIsWithheldEvenAboveItsThreshold() {
        // one false meeting of 10: 9 × 0.4 = 3.6 − 2 × 0.4 = 2.8; norms 25 − 0.4 − 0.8 = 23.8 ≥ 20 but withheld
        UnitResult result = scoreOne(fullMarks("U01").falsified("norms-3a", 1));

        assertThat(star(result, "norms").score()).isEqualByComparingTo("23.8");
        assertThat(star(result, "norms").awarded()).isFalse();
        assertThat(star(result, "norms").withheld()).containsExactly(Withholding.FALSIFIED);
        assertThat(result.starCount()).isEqualTo(4);
        assertThat(result.partyExcellent()).isFalse();
    }

    @Test
    void falseOccurrencesOfAPartClaimAtMostThatPartsPoints() {
        // 党建汇报: 4 counted, 3 false: 1 true × 0.5 = 0.5; claimed min(1, 3 × 0.5 = 1.5) = 1;
        // 群团汇报: 1 counted, 1 false: 0 earned; claimed min(0.5, 0.5) = 0.5; claimed 1.5 in all, −3: 0.5 − 3 = −2.5
        ElementResult reports = element(scoreOne(unit().count("norms-1a", "party", 4).falsified("norms-1a", "party", 3)
                .count("norms-1a", "mass", 1).falsified("norms-1a", "mass", 1)), "norms-1a");

        assertThat(reports.parts()).extracting(PartResult::claimed).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(d("1"), d("0.5"));
        assertThat(reports.earned()).isEqualByComparingTo("0.5");
        assertThat(reports.claimed()).isEqualByComparingTo("1.5");
        assertThat(reports.falsificationPenalty()).isEqualByComparingTo("3");
        assertThat(reports.value()).isEqualByComparingTo("-2.5");
    }

    @Test
    void falseOccurrencesOfOneHalfYearLeaveTheOtherHalfEarning() {
        // 研判: first half 2 counted, 1 false → 1 true earns 0.5 (cap 0.5), claimed 0.5;
        // second half 1 true → 0.5: earned 1, value 1 − 1 = 0
        ElementResult review = element(scoreOne(unit().count("study-3b", "first-half", 2)
                .falsified("study-3b", "first-half", 1).count("study-3b", "second-half", 1)), "study-3b");

        assertThat(review.earned()).isEqualByComparingTo("1");
        assertThat(review.claimed()).isEqualByComparingTo("0.5");
        assertThat(review.value()).isEqualByComparingTo("0");
    }
}

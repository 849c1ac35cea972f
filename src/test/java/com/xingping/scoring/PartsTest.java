package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.d;
import static com.xingping.scoring.ScoringFixtures.element;
import static com.xingping.scoring.ScoringFixtures.rubricWith;
import static com.xingping.scoring.ScoringFixtures.scoreOne;
import static com.xingping.scoring.ScoringFixtures.valueOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.xingping.rubric.Rubric;

/**
 * Parts of a COUNT element (rubric-2018.md): norms-1a 机关党建 (max 1) and 群团 (max 0.5) reports,
 * study-3b one 研判 per half-year (max 0.5 each). A part scores min(part max, n × each); the element's
 * raw score is the sum of its parts, then its penalties and the clamp as usual.
 */
class PartsTest {

    private static UnitFacts.Builder unit() {
        return UnitFacts.builder("U01");
    }

    @Test
    void threePartyReportsAndNoMassReportEarnOneNotOneAndAHalf() {
        ElementResult reports = element(scoreOne(unit().count("norms-1a", "party", 3)), "norms-1a");

        assertThat(reports.value()).isEqualByComparingTo("1");
        assertThat(reports.parts()).extracting(p -> p.part().id()).containsExactly("party", "mass");
        assertThat(reports.parts()).extracting(PartResult::earned).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("1"), d("0"));
        assertThat(reports.parts().get(0).capped()).isTrue();
    }

    @Test
    void twoPartyReportsAndOneMassReportEarnTheWholeElement() {
        assertThat(valueOf(unit().count("norms-1a", "party", 2).count("norms-1a", "mass", 1), "norms-1a"))
                .isEqualByComparingTo("1.5");
        // more 群团 reports than one do not stand in for a missing 党建 report: 0.5 + 0.5
        assertThat(valueOf(unit().count("norms-1a", "party", 1).count("norms-1a", "mass", 3), "norms-1a"))
                .isEqualByComparingTo("1");
    }

    @Test
    void twoReviewsInOneHalfYearEarnHalfAPointNotOne() {
        assertThat(valueOf(unit().count("study-3b", "first-half", 2), "study-3b")).isEqualByComparingTo("0.5");
        assertThat(valueOf(unit().count("study-3b", "second-half", 2), "study-3b")).isEqualByComparingTo("0.5");
        assertThat(valueOf(unit().count("study-3b", "first-half", 1).count("study-3b", "second-half", 1), "study-3b"))
                .isEqualByComparingTo("1");
        assertThat(valueOf(unit().count("study-3b", "first-half", 5).count("study-3b", "second-half", 4), "study-3b"))
                .isEqualByComparingTo("1");
    }

    @Test
    void absentPartsEarnNothing() {
        ElementResult review = element(scoreOne(unit()), "study-3b");

        assertThat(review.value()).isEqualByComparingTo("0");
        assertThat(review.parts()).hasSize(2).allSatisfy(p -> assertThat(p.earned()).isEqualByComparingTo("0"));
    }

    @Test
    void penaltiesComeOffTheSumOfTheCappedPartsAndTheClampHolds() {
        // the bundled rubric has no penalty on norms-1a; give it one to see the order: parts' caps, sum, penalty, clamp
        Rubric withPenalty = rubricWith("""
                              - id: mass
                                name: 群团工作汇报
                                max: 0.5
                """, """
                              - id: mass
                                name: 群团工作汇报
                                max: 0.5
                            penalties:
                              - id: late
                                name: 未按时汇报
                                points: 0.4
                """);

        // parts: 党建 5 × 0.5 = 2.5 → 1, 群团 2 × 0.5 = 1 → 0.5: 1.5; one late report: 1.5 − 0.4 = 1.1
        UnitFacts.Builder reports = unit().count("norms-1a", "party", 5).count("norms-1a", "mass", 2);
        assertThat(element(scoreOne(withPenalty, reports.penalty("norms-1a", "late", 1)), "norms-1a").value())
                .isEqualByComparingTo("1.1");
        // five late reports: 1.5 − 2 → clamped at 0
        assertThat(element(scoreOne(withPenalty, reports.penalty("norms-1a", "late", 5)), "norms-1a").value())
                .isEqualByComparingTo("0");
        // the clamp does not take the false claim's deduction: one false 群团 report of one: 1 − 0.4 = 0.6, − 2 × 0.5 = −0.4
        UnitFacts.Builder oneFalse = unit().count("norms-1a", "party", 2).count("norms-1a", "mass", 1)
                .falsified("norms-1a", "mass", 1).penalty("norms-1a", "late", 1);
        assertThat(element(scoreOne(withPenalty, oneFalse), "norms-1a").value()).isEqualByComparingTo("-0.4");
    }

    @Test
    void aPlainCountForAnElementWithPartsIsRefusedRatherThanLost() {
        assertThatThrownBy(() -> scoreOne(unit().count("norms-1a", 3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("norms-1a has parts");
    }

    @Test
    void aSingleFactCannotBeFalsifiedByCount() {
        // a false record of a single-fact element is a false claim (falseClaim / factIsFalse), never a count
        assertThatThrownBy(() -> scoreOne(unit().check("study-1a").falsified("study-1a", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("study-1a is a single fact");
    }
}

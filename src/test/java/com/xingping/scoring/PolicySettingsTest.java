package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.PERFORMING;
import static com.xingping.scoring.ScoringFixtures.RUBRIC;
import static com.xingping.scoring.ScoringFixtures.element;
import static com.xingping.scoring.ScoringFixtures.factFalse;
import static com.xingping.scoring.ScoringFixtures.fullMarks;
import static com.xingping.scoring.ScoringFixtures.rated;
import static com.xingping.scoring.ScoringFixtures.rubricWith;
import static com.xingping.scoring.ScoringFixtures.score;
import static com.xingping.scoring.ScoringFixtures.scoreOne;
import static com.xingping.scoring.ScoringFixtures.star;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.xingping.rubric.Rubric;

/** The rubric file's policy settings steer the engine; each is changed by editing the YAML text. */
class PolicySettingsTest {

    /** study at 17: full marks less 主题教育实施 (3). */
    private static UnitFacts.Builder studyAtSeventeen() {
        return fullMarks("U01").count("study-1b", 0);
    }

    @Test
    void starThresholdDecidesHowManyPointsAStarNeeds() {
        Rubric ninety = rubricWith("starThreshold: 0.8", "starThreshold: 0.9");

        StarResult byDefault = star(scoreOne(studyAtSeventeen()), "study");
        StarResult stricter = star(scoreOne(ninety, studyAtSeventeen()), "study");

        assertThat(byDefault.threshold()).isEqualByComparingTo("16");
        assertThat(byDefault.awarded()).isTrue();
        assertThat(stricter.threshold()).isEqualByComparingTo("18");
        assertThat(stricter.score()).isEqualByComparingTo("17");
        assertThat(stricter.awarded()).isFalse();
        assertThat(stricter.withheld()).containsExactly(Withholding.BELOW_THRESHOLD);
        assertThat(star(scoreOne(ninety, studyAtSeventeen().count("study-1b", 1)), "study").awarded()).isTrue(); // 18
    }

    @Test
    void lowerStarThresholdAwardsWeakerStars() {
        Rubric half = rubricWith("starThreshold: 0.8", "starThreshold: 0.5");
        // democracy with only its FULL_MINUS 3, 民主生活会 1, 组织生活会 1, 信息公开 2, 四权 2 = 9: below 12, at least 7.5
        UnitFacts.Builder unit = UnitFacts.builder("U01").check("democracy-1a").check("democracy-1b")
                .check("democracy-2a").check("democracy-2b");

        assertThat(star(scoreOne(unit), "democracy").awarded()).isFalse();
        assertThat(star(scoreOne(half, unit), "democracy").threshold()).isEqualByComparingTo("7.5");
        assertThat(star(scoreOne(half, unit), "democracy").awarded()).isTrue();
    }

    @Test
    void baselineViolationStillDeductsButNeedNotWithholdTheStar() {
        Rubric lenient = rubricWith("baselineWithholdsStar: true", "baselineWithholdsStar: false");

        UnitResult result = scoreOne(lenient, fullMarks("U01").baselineViolation("study-B1", "1"));

        assertThat(star(result, "study").score()).isEqualByComparingTo("19");
        assertThat(star(result, "study").awarded()).isTrue();
        assertThat(result.starCount()).isEqualTo(5);
        // but a baseline deduction that drops the star below 16 still withholds it through its score
        UnitResult low = scoreOne(lenient, studyAtSeventeen().baselineViolation("study-B1", "2"));
        assertThat(star(low, "study").score()).isEqualByComparingTo("15");
        assertThat(star(low, "study").withheld()).containsExactly(Withholding.BELOW_THRESHOLD);
    }

    @Test
    void falsificationNeedNotWithholdTheStar() {
        Rubric lenient = rubricWith("falsificationWithholdsStar: true", "falsificationWithholdsStar: false");
        // one false meeting of 10: norms 25 − 0.4 (lost) − 2 × 0.4 (deducted) = 23.8
        UnitFacts.Builder unit = fullMarks("U01").falsified("norms-3a", 1);

        assertThat(star(scoreOne(unit), "norms").awarded()).isFalse();
        StarResult norms = star(scoreOne(lenient, unit), "norms");
        assertThat(norms.score()).isEqualByComparingTo("23.8");
        assertThat(norms.awarded()).isTrue();
        assertThat(norms.withheld()).isEmpty();
    }

    @Test
    void falsificationMultiplierIsTheFactorOfTheDeduction() {
        Rubric triple = rubricWith("falsificationMultiplier: 2", "falsificationMultiplier: 3");

        // 10 meetings, 2 false: 8 × 0.4 = 3.2; claimed 0.8, deducted 3 × 0.8 = 2.4: 0.8
        ElementResult meetings = element(scoreOne(triple, UnitFacts.builder("U01").count("norms-3a", 10)
                .falsified("norms-3a", 2)), "norms-3a");
        assertThat(meetings.falsificationPenalty()).isEqualByComparingTo("2.4");
        assertThat(meetings.value()).isEqualByComparingTo("0.8");
        // a false 教育培训 (2): 0 − 3 × 2 = −6
        assertThat(element(scoreOne(triple, factFalse(fullMarks("U01"), "study-3d")), "study-3d").value())
                .isEqualByComparingTo("-6");
    }

    @Test
    void falsificationMultiplierOfOneDeductsTheClaimOnce() {
        Rubric once = rubricWith("falsificationMultiplier: 2", "falsificationMultiplier: 1");

        // 8 true × 0.4 = 3.2; the false 0.8 deducted once: 2.4
        ElementResult meetings = element(scoreOne(once, UnitFacts.builder("U01").count("norms-3a", 10)
                .falsified("norms-3a", 2)), "norms-3a");
        assertThat(meetings.falsificationPenalty()).isEqualByComparingTo("0.8");
        assertThat(meetings.value()).isEqualByComparingTo("2.4");
    }

    @Test
    void partyExcellenceMayBeDecidedByAMinimumTotal() {
        Rubric byTotal = rubricWith("rule: allStars", "rule: minimumTotal\n    minimum: 90");

        // five stars but a total of 89: 100 − 11 (serious violation)
        UnitFacts fiveStars = fullMarks("U01").seriousDeduction("11", "违纪").build();
        // total 90 exactly with three stars:
        // study 20 − 3 (study-1b) − 1 (study-3b) − 5 × 0.2 (study-3a) = 15 < 16,
        // democracy 15 − 2 (democracy-1c) − 1 (democracy-1e) − 4 × 0.5 (democracy-3a) = 10 < 12
        UnitFacts ninety = fullMarks("U02").count("study-1b", 0)
                .count("study-3b", "first-half", 0).count("study-3b", "second-half", 0).penalty("study-3a", "unimplemented", 5)
                .count("democracy-1c", 0).count("democracy-1e", 0).penalty("democracy-3a", "criticized", 4).build();

        assertThat(scoreOne(fiveStars).partyExcellent()).isTrue();
        UnitResult fiveStarsByTotal = scoreOne(byTotal, fiveStars);
        assertThat(fiveStarsByTotal.total()).isEqualByComparingTo("89");
        assertThat(fiveStarsByTotal.starCount()).isEqualTo(5);
        assertThat(fiveStarsByTotal.partyExcellent()).isFalse();

        UnitResult ninetyByTotal = scoreOne(byTotal, ninety);
        assertThat(ninetyByTotal.total()).isEqualByComparingTo("90");
        assertThat(ninetyByTotal.starCount()).isEqualTo(3);
        assertThat(ninetyByTotal.partyExcellent()).isTrue();
        assertThat(scoreOne(ninety).partyExcellent()).isFalse();
    }

    @Test
    void minimumTotalCountsTheBonus() {
        // rubric-2018.md: "total ≥ a threshold" — the total includes 加分
        Rubric byTotal = rubricWith("rule: allStars", "rule: minimumTotal\n    minimum: 90");
        // party 100 − 6 (norms-1d assessed 0) − 3 (study-1b) − 3 (study-2b) = 88; + 一季一督查 优秀 2 = 90
        UnitFacts.Builder unit = fullMarks("U01").assessed("norms-1d", "0").count("study-1b", 0).count("study-2b", 0)
                .bonus(new BonusFacts(List.of(), List.of(), false, false, "excellent"));

        UnitResult result = scoreOne(byTotal, unit);
        assertThat(result.partyScore()).isEqualByComparingTo("88");
        assertThat(result.total()).isEqualByComparingTo("90");
        assertThat(result.partyExcellent()).isTrue();
        assertThat(scoreOne(byTotal, unit.bonus(BonusFacts.NONE)).partyExcellent()).isFalse();
    }

    @Test
    void studyHoursRequiredComeFromTheRubric() {
        Rubric longer = rubricWith("ordinary: 24 ", "ordinary: 30 ");
        Rubric longerForLeaders = rubricWith("leadership: 40 ", "leadership: 48 ");
        UnitFacts unit = UnitFacts.builder("U01").member(Role.LEADERSHIP, "40").member(Role.ORDINARY, "24")
                .member(Role.ORDINARY, "30").member(Role.LEADERSHIP, "48").build();

        // by default all four meet: 4
        assertThat(element(scoreOne(unit), "study-2c").value()).isEqualByComparingTo("4");
        // ordinary 30: the ordinary member with 24 falls short: 3 of 4 → 3
        assertThat(longer.policy().ordinaryHours()).isEqualByComparingTo("30");
        assertThat(element(scoreOne(longer, unit), "study-2c").value()).isEqualByComparingTo("3");
        // leadership 48: the leader with 40 falls short: 3 of 4 → 3
        assertThat(element(scoreOne(longerForLeaders, unit), "study-2c").value()).isEqualByComparingTo("3");
    }

    @Test
    void conductVetoBottomSetsHowManyLowestRatedUnitsAreVetoed() {
        List<UnitFacts> units = List.of(rated("U1", "70"), rated("U2", "75"), rated("U3", "80"), rated("U4", "85"),
                rated("U5", "90"), rated("U6", "95"));

        assertThat(vetoed(RUBRIC, units)).containsExactly("U1", "U2", "U3");
        assertThat(vetoed(rubricWith("conductVetoBottom: 3", "conductVetoBottom: 1"), units)).containsExactly("U1");
        assertThat(vetoed(rubricWith("conductVetoBottom: 3", "conductVetoBottom: 5"), units))
                .containsExactly("U1", "U2", "U3", "U4", "U5");
        assertThat(vetoed(rubricWith("conductVetoBottom: 3", "conductVetoBottom: 0"), units)).isEmpty();
    }

    private static List<String> vetoed(Rubric rubric, List<UnitFacts> units) {
        return score(rubric, units.toArray(UnitFacts[]::new)).units().stream()
                .filter(u -> u.performance().vetoed()).map(UnitResult::id).toList();
    }

    @Test
    void unitNotRatedIsJudgedWithoutTheVetoUnderAnySetting() {
        Rubric everyone = rubricWith("conductVetoBottom: 3", "conductVetoBottom: 10");
        UnitResult result = score(everyone, fullMarks("U01").performance(PERFORMING).build(),
                rated("U02", "99")).units().get(0);

        assertThat(result.performance().vetoed()).isFalse();
        assertThat(result.performanceExcellent()).isTrue();
    }
}

package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.award;
import static com.xingping.scoring.ScoringFixtures.criterion;
import static com.xingping.scoring.ScoringFixtures.d;
import static com.xingping.scoring.ScoringFixtures.element;
import static com.xingping.scoring.ScoringFixtures.exchange;
import static com.xingping.scoring.ScoringFixtures.star;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three whole units of one assessment year, every figure worked out by hand from rubric-2018.md
 * (the arithmetic is in the comments), then compared with the engine's scorecards.
 *
 * <p>The year also holds three units with nothing but a 行风评议 score (X1 78, X2 80.5, X3 82.5):
 * rated scores 91.5 (U01) + 82.5 (U02) + 78 + 80.5 + 82.5 = 415, n = 5, mean 415 / 5 = 83. Places,
 * equal scores sharing the better one: 91.5 → 1, 82.5 → 2 (U02 and X3), 80.5 → 4, 78 → 5. 末三位 are
 * the places greater than n − 3 = 2: X2 and X1 are vetoed; U02 and X3 share place 2 across the
 * cut-off and both pass (conductVetoTies: pass). Each X unit scores only its two FULL_MINUS
 * elements, study-3a 2 + democracy-3a 3 = 5.
 */
class HandScoredUnitsTest {

    private static YearResult year;

    /**
     * 市财政局: strong, one criticism and a few small gaps, five stars, rated 91.5 in 行风评议. Its two
     * 研判 fall in the first half-year and its three 汇报 are all 机关党建 reports (no 群团).
     */
    private static UnitFacts finance() {
        return UnitFacts.builder("U01").name("市财政局").inTargetAssessment(true)
                // 学习星
                .check("study-1a").count("study-1b", 4).check("study-1c").check("study-1d")
                .check("study-2a").count("study-2b", 9).penalty("study-2b", "criticized", 1)
                .member(Role.LEADERSHIP, "42").member(Role.LEADERSHIP, "38").member(Role.ORDINARY, "24")
                .member(Role.ORDINARY, "30").member(Role.ORDINARY, "26.5").member(Role.ORDINARY, "20")
                .member(Role.ORDINARY, "25")
                .penalty("study-3a", "unimplemented", 2).count("study-3b", "first-half", 2).check("study-3c").check("study-3d")
                // 规范星
                .count("norms-1a", "party", 3).check("norms-1b").check("norms-1c").assessed("norms-1d", "5").check("norms-1e")
                .check("norms-1f")
                .check("norms-2a").check("norms-2b").check("norms-2c").check("norms-2d")
                .count("norms-3a", 12).check("norms-3b").count("norms-3c", 4).count("norms-3d", 3).check("norms-3e")
                .check("norms-3f").check("norms-3g")
                // 服务星
                .count("service-1a", 2).check("service-1b").check("service-1c")
                .check("service-2a").check("service-2b").count("service-2c", 2).count("service-2d", 4)
                .check("service-3a").check("service-3b").check("service-3c").check("service-3d").check("service-3e")
                .check("service-3f").count("service-3h", 2)
                // 民主星
                .check("democracy-1a").check("democracy-1b").count("democracy-1c", 2).check("democracy-1d")
                .count("democracy-1e", 1)
                .check("democracy-2a").check("democracy-2b")
                .penalty("democracy-3a", "criticized", 1).count("democracy-3b", 1).count("democracy-3c", 2)
                // 创新星
                .check("innovation-1a").check("innovation-1b")
                .check("innovation-2a").check("innovation-2b").check("innovation-2c").tier("innovation-2e", "standard")
                .check("innovation-3a").check("innovation-3b").check("innovation-3c").rate("innovation-3d", "0.82")
                .performance(new PerformanceFacts(true, true, d("91.5"), false, false))
                .bonus(new BonusFacts(
                        List.of(award("机关党建品牌", "municipal", "2018-01-10"), award("机关党建品牌", "provincial", "2018-05-02")),
                        List.of(exchange("智慧财政党建", "provincial", "2018-09-10")), false, false, "excellent"))
                .build();
    }

    /**
     * 市住房和城乡建设局: middling; one baseline item violated twice, two false 三会一课 records, a
     * false record of a 规范化阵地 beside its true 有活动阵地, a serious violation; rated 82.5 (below
     * the mean) but marked as clearly improved.
     */
    private static UnitFacts housing() {
        return UnitFacts.builder("U02").name("市住房和城乡建设局").inTargetAssessment(true)
                // 学习星
                .check("study-1a").count("study-1b", 2).check("study-1c")
                .check("study-2a").count("study-2b", 6)
                .member(Role.LEADERSHIP, "40").member(Role.ORDINARY, "23.5").member(Role.ORDINARY, "24")
                .penalty("study-2c", "missed-training", 1)
                .count("study-3b", "first-half", 1).check("study-3c").check("study-3d")
                .baselineViolation("study-B1", "1").baselineViolation("study-B1", "2")
                // 规范星
                .count("norms-1a", "party", 1).count("norms-1a", "mass", 1).check("norms-1b").check("norms-1c").assessed("norms-1d", "4.5").check("norms-1e")
                .check("norms-1f")
                .check("norms-2a").check("norms-2b").check("norms-2c")
                .count("norms-3a", 10).falsified("norms-3a", 2).check("norms-3b").count("norms-3c", 5)
                .count("norms-3d", 2).check("norms-3e").check("norms-3f").check("norms-3g")
                // 服务星
                .count("service-1a", 3).check("service-1b")
                .check("service-2a").check("service-2b").count("service-2c", 3).count("service-2d", 3)
                .check("service-3a").check("service-3b").check("service-3c").check("service-3d").check("service-3e")
                .check("service-3f").check("service-3g").count("service-3h", 3)
                // 民主星
                .check("democracy-1a").check("democracy-1b").count("democracy-1c", 1).check("democracy-1d")
                .count("democracy-1e", 2)
                .check("democracy-2a").check("democracy-2b")
                .penalty("democracy-3a", "criticized", 3).count("democracy-3b", 1)
                // 创新星
                .check("innovation-1a").check("innovation-1c")
                .check("innovation-2a").check("innovation-2c").tier("innovation-2e", "active")
                .falseClaim("innovation-2e", FalseClaim.level("standard"))
                .check("innovation-3a").check("innovation-3b").rate("innovation-3d", "0.58")
                .seriousDeduction("2", "党员违纪，市纪委通报 2018-09")
                .performance(new PerformanceFacts(true, true, d("82.5"), true, false))
                .bonus(new BonusFacts(List.of(award("旧城改造先锋队", "municipal", "2017-12-15")), List.of(), true, false,
                        "good"))
                .build();
    }

    /**
     * 市直机关工委机关党委: the committee's own organisation, outside the 目标责任制考核, not rated in
     * 行风评议 (the committee accepts its conduct); nearly full marks, no 加分.
     */
    private static UnitFacts committee() {
        return UnitFacts.builder("U03").name("市直机关工委机关党委").inTargetAssessment(false).committeeOwn(true)
                // 学习星
                .check("study-1a").count("study-1b", 3).check("study-1c").check("study-1d")
                .check("study-2a").count("study-2b", 10)
                .member(Role.LEADERSHIP, "45").member(Role.LEADERSHIP, "40").member(Role.ORDINARY, "24")
                .member(Role.ORDINARY, "36")
                .count("study-3b", "first-half", 1).count("study-3b", "second-half", 1).check("study-3c").check("study-3d")
                // 规范星
                .count("norms-1a", "party", 2).count("norms-1a", "mass", 1).check("norms-1b").check("norms-1c")
                .assessed("norms-1d", "6").check("norms-1e")
                .check("norms-1f")
                .check("norms-2a").check("norms-2b").check("norms-2c").check("norms-2d")
                .count("norms-3a", 8).check("norms-3b").count("norms-3c", 3).count("norms-3d", 5).check("norms-3e")
                .check("norms-3f").check("norms-3g")
                // 服务星
                .count("service-1a", 1).check("service-1b").check("service-1c")
                .check("service-2a").check("service-2b").count("service-2c", 1).count("service-2d", 2)
                .check("service-3a").check("service-3b").check("service-3c").check("service-3d").check("service-3e")
                .check("service-3f").check("service-3g").count("service-3h", 3)
                // 民主星
                .check("democracy-1a").check("democracy-1b").count("democracy-1c", 2).check("democracy-1d")
                .count("democracy-1e", 2)
                .check("democracy-2a").check("democracy-2b")
                .count("democracy-3b", 1).count("democracy-3c", 1)
                // 创新星
                .check("innovation-1a").check("innovation-1b").check("innovation-1c")
                .check("innovation-2a").check("innovation-2b").check("innovation-2c").check("innovation-2d")
                .tier("innovation-2e", "standard")
                .check("innovation-3a").check("innovation-3b").check("innovation-3c").rate("innovation-3d", "0.60")
                .performance(new PerformanceFacts(true, true, null, false, true))
                .build();
    }

    private static UnitFacts conductOnly(String id, String conduct) {
        return UnitFacts.builder(id).inTargetAssessment(true)
                .performance(new PerformanceFacts(false, false, d(conduct), false, false)).build();
    }

    @BeforeAll
    static void scoreTheYear() {
        year = new ScoringEngine(ScoringFixtures.RUBRIC).score(List.of(finance(), housing(), committee(),
                conductOnly("X1", "78"), conductOnly("X2", "80.5"), conductOnly("X3", "82.5")));
    }

    private static UnitResult unit(String id) {
        return year.unit(id).orElseThrow();
    }

    private static void assertCriteria(UnitResult unit, String... idsAndValues) {
        for (int i = 0; i < idsAndValues.length; i += 2) {
            assertThat(criterion(unit, idsAndValues[i]).value()).as(unit.id() + " " + idsAndValues[i])
                    .isEqualByComparingTo(idsAndValues[i + 1]);
        }
    }

    private static void assertStars(UnitResult unit, String study, String norms, String service, String democracy,
                                    String innovation) {
        assertThat(star(unit, "study").score()).as(unit.id() + " study").isEqualByComparingTo(study);
        assertThat(star(unit, "norms").score()).as(unit.id() + " norms").isEqualByComparingTo(norms);
        assertThat(star(unit, "service").score()).as(unit.id() + " service").isEqualByComparingTo(service);
        assertThat(star(unit, "democracy").score()).as(unit.id() + " democracy").isEqualByComparingTo(democracy);
        assertThat(star(unit, "innovation").score()).as(unit.id() + " innovation").isEqualByComparingTo(innovation);
    }

    private static void assertAwarded(UnitResult unit, boolean... awarded) {
        assertThat(unit.stars()).extracting(StarResult::awarded).as(unit.id() + " stars awarded")
                .containsExactly(awarded[0], awarded[1], awarded[2], awarded[3], awarded[4]);
    }

    @Test
    void financeBureauByHand() {
        UnitResult u = unit("U01");

        // 学习星
        // study-1: 1a 1 + 1b min(3, 4 × 1) = 3 + 1c 1 + 1d 1 = 6
        // study-2: 2a 1
        //          + 2b 9 × 0.3 = 2.7, criticized 1 × 0.5: 2.2
        //          + 2c roster of 7: L42 ✓, L38 ✗ (needs 40), O24 ✓, O30 ✓, O26.5 ✓, O20 ✗, O25 ✓ → 5/7;
        //               4 × 5/7 = 2.857142… → 2.86
        //          = 1 + 2.2 + 2.86 = 6.06
        // study-3: 3a 2 − 2 × 0.2 = 1.6
        //          + 3b first half 2 × 0.5 = 1 → its part's cap 0.5, second half 0 = 0.5
        //          + 3c 1 + 3d 2 = 5.1
        // study = 6 + 6.06 + 5.1 = 17.16 ≥ 16 → awarded
        assertThat(element(u, "study-2b").value()).isEqualByComparingTo("2.2");
        assertThat(element(u, "study-2c").value()).isEqualByComparingTo("2.86");
        assertThat(element(u, "study-3b").value()).isEqualByComparingTo("0.5");
        assertCriteria(u, "study-1", "6", "study-2", "6.06", "study-3", "5.1");

        // 规范星
        // norms-1: 1a 党建 3 × 0.5 = 1.5 → its part's cap 1, 群团 0 = 1
        //          + 1b 1 + 1c 1 + 1d 5 + 1e 1 + 1f 0.5 = 9.5
        // norms-2: 0.5 + 0.5 + 1 + 2 = 4
        // norms-3: 3a 12 × 0.4 = 4.8 → cap 4 + 3b 1 + 3c 4 × 0.2 = 0.8 + 3d 3 × 0.2 = 0.6 + 3e 1 + 3f 1 + 3g 1 = 9.4
        // norms = 9.5 + 4 + 9.4 = 22.9 ≥ 20 → awarded
        assertThat(element(u, "norms-1a").value()).isEqualByComparingTo("1");
        assertThat(element(u, "norms-3a").value()).isEqualByComparingTo("4");
        assertCriteria(u, "norms-1", "9.5", "norms-2", "4", "norms-3", "9.4");

        // 服务星
        // service-1: 1a 2 × 1 = 2 + 1b 1 + 1c 2 = 5
        // service-2: 2a 1 + 2b 2 + 2c 2 × 0.5 = 1 + 2d 4 × 0.5 = 2 → cap 1.5 = 5.5
        // service-3: 3a 0.5 + 3b 1 + 3c 1 + 3d 1 + 3e 1 + 3f 1 + 3g (not done) 0 + 3h 2 × 0.5 = 1 = 6.5
        // service = 5 + 5.5 + 6.5 = 17 ≥ 16 → awarded
        assertCriteria(u, "service-1", "5", "service-2", "5.5", "service-3", "6.5");

        // 民主星
        // democracy-1: 1a 1 + 1b 1 + 1c 2 × 1 = 2 + 1d 1 + 1e 1 × 0.5 = 0.5 = 5.5
        // democracy-2: 2 + 2 = 4
        // democracy-3: 3a 3 − 1 × 0.5 = 2.5 + 3b 1 + 3c 2 × 1 → cap 1 = 4.5
        // democracy = 5.5 + 4 + 4.5 = 14 ≥ 12 → awarded
        assertCriteria(u, "democracy-1", "5.5", "democracy-2", "4", "democracy-3", "4.5");

        // 创新星
        // innovation-1: 1a 1 + 1b 1 + 1c (not done) 0 = 2
        // innovation-2: 2a 2 + 2b 2 + 2c 2 + 2d (not done) 0 + 2e standard 3 = 9
        // innovation-3: 3a 2 + 3b 2 + 3c 2 + 3d 82 % ≥ 60 % → 1 = 7
        // innovation = 2 + 9 + 7 = 18 ≥ 16 → awarded
        assertCriteria(u, "innovation-1", "2", "innovation-2", "9", "innovation-3", "7");

        assertStars(u, "17.16", "22.9", "17", "14", "18");
        assertAwarded(u, true, true, true, true, true);
        assertThat(u.starCount()).isEqualTo(5);
        // 党建 = 17.16 + 22.9 + 17 + 14 + 18 = 89.06
        assertThat(u.partyScore()).isEqualByComparingTo("89.06");
        // 加分: 机关党建品牌 municipal 1 and provincial 2 → once at its highest, 2;
        //       智慧财政党建 provincial 2, exchange form, halved → 1; 一季一督查 优秀 2; 2 + 1 + 2 = 5
        assertThat(u.bonus().total()).isEqualByComparingTo("5");
        assertThat(u.seriousDeductionPoints()).isEqualByComparingTo("0");
        // total = 89.06 + 5 = 94.06
        assertThat(u.total()).isEqualByComparingTo("94.06");
        // 党建优: five stars. 业绩优: winner, sound leadership, 91.5 ≥ 83, place 1 of 5
        assertThat(u.partyExcellent()).isTrue();
        assertThat(u.performance().conductMean()).isEqualByComparingTo("83");
        assertThat(u.performance().conductPassed()).isTrue();
        assertThat(u.performance().place()).isEqualTo(1);
        assertThat(u.performance().rated()).isEqualTo(5);
        assertThat(u.performance().vetoed()).isFalse();
        assertThat(u.performanceExcellent()).isTrue();
        assertThat(u.doubleExcellent()).isTrue();
        // in the 目标责任制考核, not the committee's own → 先进
        assertThat(u.advanced()).isEqualTo(Advanced.ADVANCED);
        // 95.3 (U03) > 94.06 > 65.97 (U02) > 5 (X1–X3)
        assertThat(u.rank()).isEqualTo(2);
    }

    @Test
    void housingBureauByHand() {
        UnitResult u = unit("U02");

        // 学习星
        // study-1: 1a 1 + 1b 2 × 1 = 2 + 1c 1 + 1d (not done) 0 = 4
        // study-2: 2a 1
        //          + 2b 6 × 0.3 = 1.8
        //          + 2c roster of 3: L40 ✓, O23.5 ✗, O24 ✓ → 2/3; 4 × 2/3 = 2.666… → 2.67, missed training 1 × 0.5: 2.17
        //          = 1 + 1.8 + 2.17 = 4.97
        // study-3: 3a 2 + 3b first half 1 × 0.5 = 0.5 + 3c 1 + 3d 2 = 5.5
        // earned 4 + 4.97 + 5.5 = 14.47; study-B1 recorded twice (1 and 2 points) is one violated item,
        // deducted once at its largest: − 2 → 12.47 → below 16 and baseline violated
        assertThat(element(u, "study-2c").value()).isEqualByComparingTo("2.17");
        assertCriteria(u, "study-1", "4", "study-2", "4.97", "study-3", "5.5");
        assertThat(star(u, "study").earned()).isEqualByComparingTo("14.47");
        assertThat(star(u, "study").baselineDeduction()).isEqualByComparingTo("2");

        // 规范星
        // norms-1: 1a 党建 1 × 0.5 = 0.5 + 群团 1 × 0.5 = 0.5 = 1 + 1b 1 + 1c 1 + 1d 4.5 + 1e 1 + 1f 0.5 = 9
        // norms-2: 0.5 + 0.5 + 1 + 2d (not done) 0 = 2
        // norms-3: 3a 10 submitted, 2 false → 8 × 0.4 = 3.2 earned; they claimed 2 × 0.4 = 0.8, twice that
        //          deducted: 3.2 − 1.6 = 1.6
        //          + 3b 1 + 3c 5 × 0.2 = 1 + 3d 2 × 0.2 = 0.4 + 3e 1 + 3f 1 + 3g 1 = 7
        // star: max(0, earned 9 + 2 + 8.6 = 19.6 − no baseline) − 1.6 = 18 → below 20, and falsified
        assertThat(element(u, "norms-3a").earned()).isEqualByComparingTo("3.2");
        assertThat(element(u, "norms-3a").value()).isEqualByComparingTo("1.6");
        assertCriteria(u, "norms-1", "9", "norms-2", "2", "norms-3", "7");

        // 服务星
        // service-1: 1a 3 × 1 = 3 + 1b 1 + 1c (not done) 0 = 4
        // service-2: 2a 1 + 2b 2 + 2c 3 × 0.5 = 1.5 + 2d 3 × 0.5 = 1.5 = 6
        // service-3: 0.5 + 1 + 1 + 1 + 1 + 1 + 1 + 3h 3 × 0.5 = 1.5 = 8
        // service = 4 + 6 + 8 = 18 ≥ 16 → awarded
        assertCriteria(u, "service-1", "4", "service-2", "6", "service-3", "8");

        // 民主星
        // democracy-1: 1a 1 + 1b 1 + 1c 1 × 1 = 1 + 1d 1 + 1e 2 × 0.5 = 1 = 5
        // democracy-2: 2 + 2 = 4
        // democracy-3: 3a 3 − 3 × 0.5 = 1.5 + 3b 1 + 3c 0 = 2.5
        // democracy = 5 + 4 + 2.5 = 11.5 < 12
        assertCriteria(u, "democracy-1", "5", "democracy-2", "4", "democracy-3", "2.5");

        // 创新星
        // innovation-1: 1a 1 + 1b 0 + 1c 1 = 2
        // innovation-2: 2a 2 + 2b 0 + 2c 2 + 2d 0
        //               + 2e the true 有活动阵地 earns 2; the false 规范化阵地 claimed 3, twice that deducted: 2 − 6 = −4
        //               = 0
        // innovation-3: 3a 2 + 3b 2 + 3c 0 + 3d 58 % < 60 % → 0 = 4
        // star: earned 2 + (2 + 2 + 2) + 4 = 12, − 6 = 6 < 16, and falsified
        assertThat(element(u, "innovation-2e").earned()).isEqualByComparingTo("2");
        assertThat(element(u, "innovation-2e").value()).isEqualByComparingTo("-4");
        assertCriteria(u, "innovation-1", "2", "innovation-2", "0", "innovation-3", "4");

        assertStars(u, "12.47", "18", "18", "11.5", "6");
        assertAwarded(u, false, false, true, false, false);
        assertThat(star(u, "study").withheld()).containsExactly(Withholding.BELOW_THRESHOLD, Withholding.BASELINE_VIOLATED);
        assertThat(star(u, "norms").withheld()).containsExactly(Withholding.BELOW_THRESHOLD, Withholding.FALSIFIED);
        assertThat(star(u, "innovation").withheld()).containsExactly(Withholding.BELOW_THRESHOLD, Withholding.FALSIFIED);
        assertThat(u.starCount()).isEqualTo(1);
        // 党建 = 12.47 + 18 + 18 + 11.5 + 6 = 65.97
        assertThat(u.partyScore()).isEqualByComparingTo("65.97");
        // 加分: commendation dated 2017-12-15, a day before the window → 0; pilot 1 (not succeeded);
        //       一季一督查 良好 1; 0 + 1 + 1 = 2
        assertThat(u.bonus().total()).isEqualByComparingTo("2");
        // total = 65.97 + 2 − 2 (serious violation) = 65.97
        assertThat(u.seriousDeductionPoints()).isEqualByComparingTo("2");
        assertThat(u.total()).isEqualByComparingTo("65.97");
        // 党建优: one star only. 业绩优: 82.5 < 83 but improved; place 2 (shared with X3), not greater
        // than 5 − 3 = 2 → not vetoed → yes
        assertThat(u.partyExcellent()).isFalse();
        assertThat(u.performance().conductMean()).isEqualByComparingTo("83");
        assertThat(u.performance().conductPassed()).isTrue();
        assertThat(u.performance().place()).isEqualTo(2);
        assertThat(u.performance().vetoed()).isFalse();
        assertThat(u.performanceExcellent()).isTrue();
        assertThat(u.doubleExcellent()).isFalse();
        assertThat(u.advanced()).isNull();
        assertThat(u.rank()).isEqualTo(3);
    }

    @Test
    void committeesOwnOrganisationByHand() {
        UnitResult u = unit("U03");

        // 学习星
        // study-1: 1a 1 + 1b 3 × 1 = 3 + 1c 1 + 1d 1 = 6
        // study-2: 2a 1 + 2b 10 × 0.3 = 3 + 2c roster L45 ✓, L40 ✓, O24 ✓, O36 ✓ → 4/4 → 4 = 8
        // study-3: 3a 2 + 3b one per half-year, 0.5 + 0.5 = 1 + 3c 1 + 3d 2 = 6
        // study = 20
        assertCriteria(u, "study-1", "6", "study-2", "8", "study-3", "6");

        // 规范星
        // norms-1: 1a 党建 2 × 0.5 = 1 + 群团 1 × 0.5 = 0.5 = 1.5 + 1 + 1 + 1d 6 + 1 + 0.5 = 11
        // norms-2: 0.5 + 0.5 + 1 + 2 = 4
        // norms-3: 3a 8 × 0.4 = 3.2 + 3b 1 + 3c 3 × 0.2 = 0.6 + 3d 5 × 0.2 = 1 + 1 + 1 + 1 = 8.8
        // norms = 11 + 4 + 8.8 = 23.8 ≥ 20 → awarded
        assertCriteria(u, "norms-1", "11", "norms-2", "4", "norms-3", "8.8");

        // 服务星
        // service-1: 1a 1 × 1 = 1 + 1b 1 + 1c 2 = 4
        // service-2: 2a 1 + 2b 2 + 2c 1 × 0.5 = 0.5 + 2d 2 × 0.5 = 1 = 4.5
        // service-3: 0.5 + 1 + 1 + 1 + 1 + 1 + 1 + 3h 3 × 0.5 = 1.5 = 8
        // service = 4 + 4.5 + 8 = 16.5 ≥ 16 → awarded
        assertCriteria(u, "service-1", "4", "service-2", "4.5", "service-3", "8");

        // 民主星
        // democracy-1: 1 + 1 + 1c 2 × 1 = 2 + 1 + 1e 2 × 0.5 = 1 = 6
        // democracy-2: 2 + 2 = 4
        // democracy-3: 3a 3 + 3b 1 + 3c 1 = 5
        // democracy = 15
        assertCriteria(u, "democracy-1", "6", "democracy-2", "4", "democracy-3", "5");

        // 创新星
        // innovation-1: 1 + 1 + 1 = 3
        // innovation-2: 2 + 2 + 2 + 1 + standard 3 = 10
        // innovation-3: 2 + 2 + 2 + 3d 60 % ≥ 60 % → 1 = 7
        // innovation = 20
        assertCriteria(u, "innovation-1", "3", "innovation-2", "10", "innovation-3", "7");

        assertStars(u, "20", "23.8", "16.5", "15", "20");
        assertAwarded(u, true, true, true, true, true);
        assertThat(u.starCount()).isEqualTo(5);
        // 党建 = 20 + 23.8 + 16.5 + 15 + 20 = 95.3; no 加分, no deductions: total 95.3
        assertThat(u.partyScore()).isEqualByComparingTo("95.3");
        assertThat(u.bonus().total()).isEqualByComparingTo("0");
        assertThat(u.total()).isEqualByComparingTo("95.3");
        // 党建优: five stars. 业绩优: not rated, the committee accepts its conduct, never vetoed
        assertThat(u.partyExcellent()).isTrue();
        assertThat(u.performance().conductScore()).isNull();
        assertThat(u.performance().vetoed()).isFalse();
        assertThat(u.performanceExcellent()).isTrue();
        assertThat(u.doubleExcellent()).isTrue();
        // 双优 but the committee's own and outside the 目标责任制考核 → 视同先进
        assertThat(u.advanced()).isEqualTo(Advanced.DEEMED_ADVANCED);
        assertThat(u.rank()).isEqualTo(1);
    }

    @Test
    void conductOnlyUnitsShareTheLastRankAndTheTwoLastPlacesAreVetoed() {
        for (String id : List.of("X1", "X2", "X3")) {
            UnitResult u = unit(id);
            // study-3a 2 + democracy-3a 3 = 5; no star reaches its threshold
            assertThat(u.partyScore()).as(id).isEqualByComparingTo("5");
            assertThat(u.total()).as(id).isEqualByComparingTo("5");
            assertThat(u.starCount()).as(id).isZero();
            assertThat(u.rank()).as(id).isEqualTo(4);
        }
        // places 1 (U01 91.5), 2 (U02 82.5, X3 82.5), 4 (X2 80.5), 5 (X1 78); vetoed: place > 5 − 3 = 2
        assertThat(unit("X1").performance().place()).isEqualTo(5);
        assertThat(unit("X2").performance().place()).isEqualTo(4);
        assertThat(unit("X3").performance().place()).isEqualTo(2);
        assertThat(unit("X1").performance().vetoed()).isTrue();
        assertThat(unit("X2").performance().vetoed()).isTrue();
        assertThat(unit("X3").performance().vetoed()).as("tied with U02 across the cut-off: passes").isFalse();
    }

    @Test
    void scorecardsComeBackInTheOrderGiven() {
        assertThat(year.units()).extracting(UnitResult::id).containsExactly("U01", "U02", "U03", "X1", "X2", "X3");
        assertThat(year.units()).extracting(UnitResult::rank).containsExactly(2, 3, 1, 4, 4, 4);
    }
}

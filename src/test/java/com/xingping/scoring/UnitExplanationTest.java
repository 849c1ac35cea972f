package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.RUBRIC;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A unit's stars, 加分, deductions, 业绩优 and standing are explained line by line in the notice's words,
 * with every reason a star is withheld and no English code.
 */
class UnitExplanationTest {
    private static final String[] FULL_STUDY = {"study-1a", "study-1c", "study-1d", "study-2a", "study-3c", "study-3d"};

    /** Every study element at its maximum (20). */
    private static UnitFacts.Builder fullStudy(String id) {
        UnitFacts.Builder unit = UnitFacts.builder(id).name("市测试局");
        for (String check : FULL_STUDY) {
            unit.check(check);
        }
        return unit.count("study-1b", 3).count("study-2b", 10).member(Role.ORDINARY, "30")
                .count("study-3b", "first-half", 1).count("study-3b", "second-half", 1);
    }

    /** The full study star with a violated baseline recorded twice and a false claim beside a true record. */
    private static UnitFacts.Builder withheldStudy(String id) {
        return fullStudy(id).baselineViolation("study-B1", "1").baselineViolation("study-B1", "2")
                .falseClaim("study-1a", FalseClaim.checked());
    }

    private static UnitFacts.Builder rated(String id, String conduct) {
        return UnitFacts.builder(id).performance(new PerformanceFacts(true, true, new BigDecimal(conduct), false, false));
    }

    private static BonusFacts everyBonus() {
        return new BonusFacts(List.of(
                new Award("机关党建品牌", "provincial", false, LocalDate.of(2018, 5, 2)),
                new Award("机关党建品牌", "central", false, LocalDate.of(2018, 6, 1)),
                new Award("红色驿站", "municipal", false, LocalDate.of(2018, 12, 20)),
                new Award("先锋工程", "central", false, LocalDate.of(2018, 3, 1))),
                List.of(new Award("智慧党建", "municipal", true, LocalDate.of(2018, 9, 10)),
                        new Award("党员e家", "national", false, LocalDate.of(2018, 4, 1))),
                true, true, "good");
    }

    private static UnitExplanation explain(UnitFacts.Builder unit, UnitFacts.Builder... others) {
        List<UnitFacts> units = new ArrayList<>();
        units.add(unit.build());
        for (UnitFacts.Builder other : others) {
            units.add(other.build());
        }
        YearResult year = ScoringFixtures.score(units.toArray(UnitFacts[]::new));
        return UnitExplanation.of(RUBRIC, year, year.units().get(0));
    }

    @Test
    void aStarWithheldForABaselineAndAFalsificationSaysSoAndNotOnlyHowFarItIs() {
        List<String> study = explain(withheldStudy("U01")).stars().get("study");

        assertThat(study).containsExactly(
                "各项计得合计 20 分（满分 20 分）",
                "违反底线标准，扣 2 分（备注3：违反底线标准的，每项扣1-2分；同一项记录多次的只扣一次，按最高计）",
                "· 底线标准“无中央、省委、市委重要文件、会议、讲话精神未及时传达贯彻到位现象”：记录 2 次，本项扣一次，按最高 2 分计",
                "弄虚作假加倍倒扣 2 分（主题教育方案 2 分），不受最低 0 分限制（备注5：发现有弄虚作假的，相应项目加倍倒扣）",
                "本星得分：计得 20 − 底线扣分 2 − 弄虚作假倒扣 2 = 16 分",
                "获星线：20 分的 80%，即 16 分",
                "未获学习星：违反底线标准，不论得分均不授星；有弄虚作假记录，不论得分均不授星");
    }

    @Test
    void aStarBelowItsThresholdSaysHowFarAndAnAwardedOneSaysWhy() {
        UnitExplanation explained = explain(UnitFacts.builder("U01").check("norms-1b"));

        assertThat(explained.stars().get("norms")).contains("各项计得合计 1 分（满分 25 分）", "本星得分 1 分",
                "获星线：25 分的 80%，即 20 分", "未获规范星：得分 1 分未达获星线，还差 19 分");
        assertThat(explain(fullStudy("U02")).stars().get("study"))
                .endsWith("达到获星线，未违反底线标准，无弄虚作假：获学习星");
    }

    @Test
    void bonusNamesEachItemsLevelInChineseTheHalvingTheHighestOfAProjectTheWindowAndTheCap() {
        List<String> bonus = explain(UnitFacts.builder("U01").bonus(everyBonus())).bonus();

        assertThat(bonus).containsExactly(
                "考核期 2017-12-16 至 2018-12-15（起止时间上年度的12月16日至本年度12月15日）内的事项计分",
                "“机关党建品牌”受到省委发文表彰（2018-05-02）：2 分，不计：同一项目以最高分计，受到不同层级表彰的不能累计",
                "“机关党建品牌”受到中央发文表彰（2018-06-01）：3 分，计入",
                "“红色驿站”受到市委发文表彰（2018-12-20）：1 分，不计：不在考核期内（2017-12-16 至 2018-12-15）",
                "“先锋工程”受到中央发文表彰（2018-03-01）：3 分，计入",
                "“智慧党建”创新经验做法市级会议交流或刊物发表（2018-09-10；市级 1 分 × 0.5）：0.5 分，计入",
                "“党员e家”创新经验做法受到国家级发文表彰（2018-04-01）：3 分，计入",
                "党建工作试点单位：1 分，计入",
                "党建工作试点成功：1 分，计入",
                "“一季一督查”年度综合评价为良好：1 分，计入",
                "加分合计 12.5 分，超过上限 10 分，按 10 分计（加分项目上限10分）");
    }

    @Test
    void deductionsByKindNameEachItemAndItsReason() {
        List<String> deductions = explain(withheldStudy("U01").penalty("democracy-3a", "criticized", 1)
                .seriousDeduction("3", "市纪委通报 2018-07")).deductions();

        assertThat(deductions).containsExactly(
                "违反底线标准扣 2 分：学习星 2 分（备注3：违反底线标准的，每项扣1-2分）",
                "扣分事项扣 0.5 分：正风肃纪：在工委组织的正风肃纪中被通报批评 1 次 × 0.5 分（备注4：所有分项得分和扣分都以该项分值为上限）",
                "弄虚作假加倍倒扣 2 分：主题教育方案 2 分（备注5：发现有弄虚作假的，相应项目加倍倒扣）",
                "严重违纪违法扣 3 分：3 分（市纪委通报 2018-07）（备注3：党员干部严重违纪违法的，参照市纪委有关扣分规定执行）",
                "前三项已计入各星得分和党建分，严重违纪违法扣分从总分中扣除");
        Deductions taken = Deductions.of(ScoringFixtures.scoreOne(withheldStudy("U01").penalty("democracy-3a", "criticized", 1)
                .seriousDeduction("3", "市纪委通报 2018-07")));
        assertThat(List.of(taken.baseline(), taken.penalties(), taken.falsification(), taken.serious()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("0.5"), new BigDecimal("2"), new BigDecimal("3"));
    }

    @Test
    void performanceGivesEachConditionTheMeanThePlaceAndTheVetoWithItsRule() {
        List<String> performance = explain(rated("U01", "80").inTargetAssessment(true), rated("U02", "95"),
                rated("U03", "90"), rated("U04", "88"), rated("U05", "85")).performance();

        assertThat(performance).containsExactly(
                "✓ 部门（单位）目标责任制考核为优胜单位：是（工委录入）",
                "✓ 领导班子团结协作，主动担当，带领党员干部职工全面出色完成市委市政府交办的各项任务：是（工委评定）",
                "✗ 参与行风评议的部门（单位）评议成绩在平均分以上或有明显提升：行风评议 80 分，5 个参评单位的平均分 87.6 分"
                        + "（按两位小数显示，比较按精确值）；低于平均分，且无明显提升，不满足",
                "✗ 无行风评议末三位的情形（一票否决）：行风评议第 5 名（共 5 个单位参评，同分并列取较前名次）；"
                        + "名次在第 2 名之后的为末三位（同分单位跨越分界的均不否决）：位列末三位，一票否决",
                "业绩优：未达到（行风评议成绩不在平均分以上，也无明显提升；行风评议末三位，一票否决）");
        assertThat(explain(rated("U01", "80"), rated("U02", "95"), rated("U03", "90")).performance().get(3))
                .endsWith("参评单位不超过 3 个，不适用末三位否决");
        // outside the 目标责任制考核, performance-1 is the committee's judgement (rubric-2018.md, 业绩优)
        assertThat(explain(rated("U01", "80"), rated("U02", "95")).performance().get(0))
                .isEqualTo("✓ 工作成效与目标责任制考核优胜单位相当：是（不参加目标责任制考核，由工委评定，备注2）");
    }

    @Test
    void standingExplainsTheTotalsDeemedAdvancedAndTheRankWithItsTieRule() {
        UnitFacts.Builder deemed = UnitFacts.builder("U01").inTargetAssessment(false)
                .performance(ScoringFixtures.PERFORMING);
        for (var element : RUBRIC.elements()) {
            switch (element.kind()) {
                case CHECK -> deemed.check(element.id());
                case COUNT -> {
                    if (element.hasParts()) {
                        element.parts().forEach(p -> deemed.count(element.id(), p.id(), 5));
                    } else {
                        deemed.count(element.id(), 20);
                    }
                }
                case ASSESS -> deemed.assessed(element.id(), element.max());
                case TIER -> deemed.tier(element.id(), "standard");
                case THRESHOLD -> deemed.rate(element.id(), "1");
                case RATIO -> deemed.member(Role.ORDINARY, "30");
                default -> { }
            }
        }

        List<String> standing = explain(deemed, UnitFacts.builder("U02"), UnitFacts.builder("U03")).standing();

        assertThat(standing).containsExactly(
                "党建分 = 学习星 20 + 规范星 25 + 服务星 20 + 民主星 15 + 创新星 20 = 100 分",
                "总分 = 党建分 100 + 加分 0 − 严重违纪违法扣分 0 = 100 分",
                "党建优（五星）：获 5 颗星，5 颗星全部获得，达到",
                "双优（党建优且业绩优）：达到",
                "视同先进：不参加目标责任制考核或为市直机关工委的机关党组织，考核成绩达到“双优”标准，视同先进党组织一并表彰（"
                        + UnitExplanation.REMARK_2 + "）",
                "排名第 1 名（共 3 个单位）：按总分排名，总分相同的比党建分，再相同的比获星数，三项都相同的名次并列（如 1、2、2、4）");
        YearResult tied = ScoringFixtures.score(UnitFacts.builder("U01").build(), UnitFacts.builder("U02").build());
        assertThat(UnitExplanation.of(RUBRIC, tied, tied.units().get(1)).standing().get(5))
                .startsWith("排名第 1 名（共 2 个单位，与另外 1 个单位并列）");
    }

    @Test
    void noEnglishCodeReachesALine() {
        UnitExplanation explained = explain(withheldStudy("U01").bonus(everyBonus()).seriousDeduction("3", "市纪委通报")
                        .penalty("study-2b", "criticized", 2).falseClaim("innovation-2e", FalseClaim.level("standard")),
                rated("U02", "95"), rated("U03", "90"), rated("U04", "88"), rated("U05", "85"));
        List<String> lines = new ArrayList<>();
        explained.stars().values().forEach(lines::addAll);
        lines.addAll(explained.bonus());
        lines.addAll(explained.deductions());
        lines.addAll(explained.performance());
        lines.addAll(explained.standing());
        UnitResult unit = ScoringFixtures.scoreOne(withheldStudy("U01").bonus(everyBonus()));
        unit.stars().forEach(s -> s.criteria().forEach(c -> c.elements().forEach(e -> lines.addAll(e.explanation()))));

        assertThat(lines).noneMatch(line -> line.matches(".*[a-z]{3,}.*"));
    }
}

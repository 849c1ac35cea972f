package com.xingping.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.xingping.kernel.Refusal;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.year.AssessmentYear;

/** What the desk accepts of each kind under the 2018 rubric, and the field and words of each refusal. */
class FactRulesTest {
    static final Rubric RUBRIC = RubricLoader.bundled("shaoxing-2018");
    static final AssessmentYear YEAR = AssessmentYear.open(RUBRIC, Instant.parse("2018-01-02T00:00:00Z"));
    static final LocalDate TODAY = LocalDate.of(2019, 1, 20);
    static final LocalDate IN_WINDOW = LocalDate.of(2018, 6, 1);
    final FactRules rules = new FactRules(RUBRIC, YEAR, TODAY);

    @Test
    void acceptsAnAssessScoreOnTheHalfPointGridUpToTheMaximum() {
        FactContent content = rules.check(FactKind.ASSESSED, Forms.assessed("norms-1d", "5.5"));

        assertThat(content.subject()).isEqualTo("norms-1d");
        assertThat(content.amount()).isEqualByComparingTo("5.5");
        assertThat(content.reference()).isEqualTo("绍市机工委〔2019〕3号");
        assertThat(rules.check(FactKind.ASSESSED, Forms.assessed("norms-1d", "6")).amount()).isEqualByComparingTo("6");
        assertThat(rules.check(FactKind.ASSESSED, Forms.assessed("norms-1d", "0")).amount()).isEqualByComparingTo("0");
    }

    @Test
    void refusesAnAssessScoreOffTheGridAboveTheMaximumOrForAnotherKindOfElement() {
        refused(FactKind.ASSESSED, Forms.assessed("norms-1d", "5.3"), "score", "评定分数须为 0.5 分的整数倍，不是 5.3");
        refused(FactKind.ASSESSED, Forms.assessed("norms-1d", "6.5"), "score", "评定分数须在 0 至 6 分之间，不是 6.5");
        refused(FactKind.ASSESSED, Forms.assessed("norms-1d", "-0.5"), "score", "评定分数须在 0 至 6 分之间，不是 -0.5");
        refused(FactKind.ASSESSED, Forms.assessed("norms-1d", null), "score", "请填写评定分数");
        refused(FactKind.ASSESSED, Forms.assessed("norms-3a", "1"), "elementId", "norms-3a “三会一课” 不是工委评定的项目");
        refused(FactKind.ASSESSED, Forms.assessed("norms-9z", "1"), "elementId", "没有考评项目 norms-9z");
    }

    @Test
    void acceptsEachPenaltyOfTheNoticeAndRefusesOneTheElementDoesNotHave() {
        assertThat(rules.check(FactKind.PENALTY, Forms.penalty("study-2b", "criticized", 2)).times()).isEqualTo(2);
        assertThat(rules.check(FactKind.PENALTY, Forms.penalty("democracy-3a", "criticized", null)).times()).isEqualTo(1);
        assertThat(rules.check(FactKind.PENALTY, Forms.penalty("study-2c", "missed-training", 1)).item())
                .isEqualTo("missed-training");
        assertThat(rules.check(FactKind.PENALTY, Forms.penalty("study-3a", "unimplemented", 3)).subject()).isEqualTo("study-3a");

        refused(FactKind.PENALTY, Forms.penalty("study-2b", "unimplemented", 1), "penaltyId",
                "study-2b 的扣分事项须为 criticized（被通报批评），没有 unimplemented");
        refused(FactKind.PENALTY, Forms.penalty("norms-3a", "criticized", 1), "elementId", "norms-3a “三会一课” 没有扣分事项");
        refused(FactKind.PENALTY, Forms.penalty("study-2b", "criticized", 0), "times", "次数须为 1 至 100 的整数，不是 0");
    }

    @Test
    void baselinePointsAreThoseThePolicyAllows() {
        assertThat(rules.check(FactKind.BASELINE, Forms.baseline("study-B1", "2")).amount()).isEqualByComparingTo("2");
        assertThat(rules.check(FactKind.BASELINE, Forms.baseline("innovation-B2", "1.0")).amount()).isEqualByComparingTo("1");

        refused(FactKind.BASELINE, Forms.baseline("study-B1", "3"), "points", "违反底线标准每项扣 1 或 2 分，不是 3 分");
        refused(FactKind.BASELINE, Forms.baseline("study-B1", "1.5"), "points", "违反底线标准每项扣 1 或 2 分，不是 1.5 分");
        refused(FactKind.BASELINE, Forms.baseline("study-B9", "1"), "baselineId", "没有底线标准 study-B9");
        refused(FactKind.BASELINE, Forms.baseline(null, "1"), "baselineId", "请选择违反的底线标准");
    }

    @Test
    void eventsThatDeductMustLieInTheWindowAndNothingIsDatedAfterToday() {
        refused(FactKind.BASELINE, Forms.dated(Forms.baseline("study-B1", "1"), LocalDate.of(2018, 12, 16)), "date",
                "日期 2018-12-16 不在 2018 年度考核期（2017-12-16 至 2018-12-15）内，应计入其他年度");
        refused(FactKind.PENALTY, Forms.dated(Forms.penalty("study-2b", "criticized", 1), LocalDate.of(2017, 12, 15)),
                "date", "日期 2017-12-15 不在 2018 年度考核期（2017-12-16 至 2018-12-15）内，应计入其他年度");
        refused(FactKind.ASSESSED, Forms.dated(Forms.assessed("norms-1d", "5"), TODAY.plusDays(1)), "date",
                "日期 2019-01-21 晚于今天，不能预先录入");
        assertThat(rules.check(FactKind.ASSESSED, Forms.dated(Forms.assessed("norms-1d", "5"), LocalDate.of(2019, 1, 10)))
                .date()).isEqualTo(LocalDate.of(2019, 1, 10));
    }

    @Test
    void anAwardOutsideTheWindowIsKeptForTheEngineToLeaveOut() {
        FactContent late = rules.check(FactKind.COMMENDATION,
                Forms.dated(Forms.commendation("机关党建品牌", "provincial"), LocalDate.of(2018, 12, 20)));

        assertThat(late.date()).isEqualTo(LocalDate.of(2018, 12, 20));
        assertThat(late.item()).isEqualTo("provincial");
    }

    @Test
    void awardLevelsAndFormsAreTheRubricsOwn() {
        assertThat(rules.check(FactKind.INNOVATION, Forms.innovation("智慧党建", "national", "exchange")).flag()).isTrue();
        assertThat(rules.check(FactKind.INNOVATION, Forms.innovation("智慧党建", "municipal", null)).flag()).isFalse();

        refused(FactKind.COMMENDATION, Forms.commendation("机关党建品牌", "national"), "level",
                "等级须为 central、municipal、provincial 之一，没有 national");
        refused(FactKind.INNOVATION, Forms.innovation("智慧党建", "central", null), "level",
                "等级须为 municipal、national、provincial 之一，没有 central");
        refused(FactKind.INNOVATION, Forms.innovation("智慧党建", "national", "poster"), "form",
                "形式须为 commendation（发文表彰）或 exchange（会议交流或刊物发表）");
        refused(FactKind.COMMENDATION, Forms.innovation("品牌", "central", "exchange"), "form", "表彰没有“会议交流或刊物发表”的形式");
        refused(FactKind.COMMENDATION, Forms.commendation(" ", "central"), "project", "项目名称不能为空，且不超过 200 字");
    }

    @Test
    void inspectionRatingsArePerQuarterOrForTheYear() {
        assertThat(rules.check(FactKind.INSPECTION, Forms.inspection("q2", "good")).subject()).isEqualTo("q2");
        assertThat(rules.check(FactKind.INSPECTION, Forms.inspection("year", "excellent")).item()).isEqualTo("excellent");

        refused(FactKind.INSPECTION, Forms.inspection("q5", "good"), "period",
                "评价期须为 q1、q2、q3、q4（季度）或 year（年度综合评价）");
        refused(FactKind.INSPECTION, Forms.inspection("year", "outstanding"), "level",
                "评价等级须为 excellent、good、none 之一，没有 outstanding");
    }

    @Test
    void conductIsAScoreOrForAUnitNotRatedTheCommitteesJudgement() {
        FactContent rated = rules.check(FactKind.PERFORMANCE, Forms.performance("conduct", "91.5", null));
        FactContent unrated = rules.check(FactKind.PERFORMANCE, Forms.performance("conduct", null, true));

        assertThat(rated.amount()).isEqualByComparingTo("91.5");
        assertThat(rated.flag()).isNull();
        assertThat(unrated.amount()).isNull();
        assertThat(unrated.flag()).isTrue();
        refused(FactKind.PERFORMANCE, Forms.performance("conduct", null, null), "passed",
                "未参加行风评议的单位，须由工委判定是否达到要求（是或否）；参评的请填写成绩");
        refused(FactKind.PERFORMANCE, Forms.performance("conduct", "100.5", null), "score",
                "行风评议成绩须在 0 至 100 分之间，最多两位小数，不是 100.5");
        refused(FactKind.PERFORMANCE, Forms.performance("target", null, null), "passed", "请选择是或否");
        refused(FactKind.PERFORMANCE, Forms.performance("budget", null, true), "aspect",
                "业绩优事项须为 target、leadership、conduct、improved，没有 budget");
    }

    @Test
    void seriousDeductionsArePositiveWithAtMostTwoDecimals() {
        assertThat(rules.check(FactKind.SERIOUS, Forms.serious("3")).amount()).isEqualByComparingTo("3");
        refused(FactKind.SERIOUS, Forms.serious("0"), "points", "扣分须大于 0 且不超过 100 分，不是 0");
        refused(FactKind.SERIOUS, Forms.serious("1.125"), "points", "扣分最多两位小数");
    }

    @Test
    void everyFactNeedsItsReferenceAndReason() {
        FactForm noReference = Forms.with(Forms.baseline("study-B1", "1"), null, "漏传达文件");
        FactForm noReason = Forms.with(Forms.assessed("norms-1d", "5"), "绍市机工委〔2019〕3号", " ");

        refused(FactKind.BASELINE, noReference, "reference", "请填写依据的文件（文号）");
        refused(FactKind.ASSESSED, noReason, "reason", "请写明评定理由");
        refused(FactKind.BASELINE, Forms.with(Forms.baseline("study-B1", "1"), "文号", null), "reason", "请写明发生了什么");
    }

    private void refused(FactKind kind, FactForm form, String field, String reason) {
        assertThatThrownBy(() -> rules.check(kind, form)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.reason()).isEqualTo(reason);
        });
    }
}

package com.xingping.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scoring.FalseClaim;
import com.xingping.scoring.Role;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.UnitResult;

/** The "still open" hints, worded from the engine's results with the page's own message texts. */
class HintsTest {
    private static final Rubric RUBRIC = RubricLoader.bundled("shaoxing-2018");
    private final Hints hints = new Hints(messages());

    @Test
    void countNeedsTheRoundedUpNumberOfOccurrencesToReachItsCap() {
        assertThat(element(facts().count("norms-3a", 8), "norms-3a")).isEqualTo("再有 2 次“三会一课”可达上限 4 分");
        assertThat(element(facts().count("norms-3a", 3), "norms-3a")).isEqualTo("再有 7 次“三会一课”可达上限 4 分");
        assertThat(element(facts(), "study-2b")).isEqualTo("再有 10 次“周一夜学”可达上限 3 分");
        assertThat(element(facts().count("study-2b", 9), "study-2b")).isEqualTo("再有 1 次“周一夜学”可达上限 3 分");
        assertThat(element(facts().count("norms-3a", 10), "norms-3a")).isNull();
        assertThat(element(facts().count("norms-3a", 14), "norms-3a")).isNull();
    }

    @Test
    void countWithPenaltiesSaysWhatTheOccurrencesCanStillAdd() {
        UnitFacts.Builder penalized = facts().count("study-2b", 5).penalty("study-2b", "criticized", 1);

        assertThat(element(penalized, "study-2b")).isEqualTo("再有 5 次“周一夜学”可再得 1.5 分（本项已扣 0.5 分）");
        assertThat(element(facts().count("study-2b", 10).penalty("study-2b", "criticized", 1), "study-2b")).isNull();
    }

    @Test
    void otherKindsSayWhatIsMissing() {
        assertThat(element(facts(), "study-1a")).isEqualTo("完成“主题教育方案”并经审核通过可得 1 分");
        assertThat(element(facts().check("study-1a"), "study-1a")).isNull();
        assertThat(element(facts().tier("innovation-2e", "active"), "innovation-2e")).isEqualTo("达到“建成规范化阵地”可得 3 分");
        assertThat(element(facts().tier("innovation-2e", "standard"), "innovation-2e")).isNull();
        assertThat(element(facts(), "innovation-3d")).isEqualTo("“在职党员手机APP安装率”达到 60% 并上报可得 1 分");
        assertThat(element(facts().rate("innovation-3d", "0.45"), "innovation-3d"))
                .isEqualTo("“在职党员手机APP安装率”目前 45%，达到 60% 可得 1 分");
        assertThat(element(facts(), "study-2c")).isEqualTo("提交党员名册后按学时达标人数比例计分（满分 4 分）");
        assertThat(element(facts().member(Role.LEADERSHIP, "12").member(Role.ORDINARY, "30"), "study-2c"))
                .isEqualTo("还有 1 名党员未达到规定学时（班子成员 40 学时、普通党员 24 学时），全部达标可得 4 分");
        assertThat(element(facts(), "norms-1d")).isNull();
        assertThat(element(facts(), "study-3a")).isNull();
    }

    @Test
    void aFalseSingleFactGetsNoHint() {
        assertThat(element(facts().falseClaim("study-1a", FalseClaim.checked()), "study-1a")).isNull();
        assertThat(element(facts().tier("innovation-2e", "active").falseClaim("innovation-2e", FalseClaim.level("standard")),
                "innovation-2e")).isNull();
    }

    @Test
    void falseRecordsMakeTheCapUnreachableSoTheHintSaysWhatCanStillBeAdded() {
        // 3 true and 2 false meetings: 1.2 earned, 1.6 (2 × 0.8) deducted whatever is added
        String hint = element(facts().count("norms-3a", 5).falsified("norms-3a", 2), "norms-3a");

        assertThat(hint).isEqualTo("再有 7 次“三会一课”可再得 2.8 分（弄虚作假倒扣 1.6 分不能挽回，本项最多 2.4 分）")
                .doesNotContain("可达上限");
        assertThat(element(facts().count("study-2b", 5).falsified("study-2b", 1).penalty("study-2b", "criticized", 1),
                "study-2b")).isEqualTo("再有 6 次“周一夜学”可再得 1.8 分（本项已扣 0.5 分；弄虚作假倒扣 0.6 分不能挽回，本项最多 1.9 分）");
    }

    @Test
    void anElementWithPartsNamesThePartsStillOpen() {
        assertThat(element(facts().count("norms-1a", "party", 3), "norms-1a"))
                .isEqualTo("再有群团工作汇报 1 次，“班子听取机关党建、群团工作汇报”可达上限 1.5 分");
        assertThat(element(facts(), "study-3b"))
                .isEqualTo("再有上半年 1 次、下半年 1 次，“党员思想状况研判”可达上限 1 分");
        assertThat(element(facts().count("study-3b", "first-half", 1).count("study-3b", "second-half", 1), "study-3b"))
                .isNull();
    }

    @Test
    void aStarSaysHowFarItIsFromItsThreshold() {
        UnitFacts.Builder study = facts().check("study-1a").count("study-1b", 3).check("study-1c").check("study-1d")
                .check("study-2a").count("study-2b", 10).check("study-3c").check("study-3d")
                .count("study-3b", "first-half", 1);
        // 1 + 3 + 1 + 1 + 1 + 3 + 2 (study-3a full) + 1 + 2 + 0.5 = 15.5 of the 16 needed

        UnitResult unit = score(study);

        assertThat(hints.star(unit.star("study").orElseThrow())).isEqualTo("距学习星还差 0.5 分");
        assertThat(hints.star(score(study.count("study-3b", "second-half", 1)).star("study").orElseThrow())).isNull();
    }

    @Test
    void aStarWithheldForABaselineOrAFalseRecordIsNotShownAsOnlyPointsShort() {
        UnitFacts.Builder study = facts().check("study-1a").check("study-2a").baselineViolation("study-B1", "1");

        assertThat(hints.star(score(study).star("study").orElseThrow()))
                .isEqualTo("学习星违反底线标准，本年度不授星（再得分也不能获星）").doesNotContain("还差");
        assertThat(hints.star(score(facts().check("study-1a").falseClaim("study-1c", FalseClaim.checked()))
                .star("study").orElseThrow())).isEqualTo("学习星有弄虚作假记录，本年度不授星（再得分也不能获星）");
        assertThat(hints.star(score(study.falseClaim("study-1c", FalseClaim.checked())).star("study").orElseThrow()))
                .isEqualTo("学习星违反底线标准且有弄虚作假记录，本年度不授星（再得分也不能获星）");
    }

    private String element(UnitFacts.Builder facts, String elementId) {
        return hints.element(score(facts).element(elementId).orElseThrow(), RUBRIC.policy());
    }

    private static UnitResult score(UnitFacts.Builder facts) {
        return new ScoringEngine(RUBRIC).score(List.of(facts.build())).units().get(0);
    }

    private static UnitFacts.Builder facts() {
        return UnitFacts.builder("U1");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return source;
    }
}

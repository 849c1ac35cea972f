package com.xingping.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
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
        assertThat(element(facts().check("study-1a").falsified("study-1a", 1), "study-1a")).isNull();
    }

    @Test
    void aStarSaysHowFarItIsFromItsThreshold() {
        UnitFacts.Builder study = facts().check("study-1a").count("study-1b", 3).check("study-1c").check("study-1d")
                .check("study-2a").count("study-2b", 10).check("study-3c").check("study-3d").count("study-3b", 1);
        // 1 + 3 + 1 + 1 + 1 + 3 + 2 (study-3a full) + 1 + 2 + 0.5 = 15.5 of the 16 needed

        UnitResult unit = score(study);

        assertThat(hints.star(unit.star("study").orElseThrow())).isEqualTo("距学习星还差 0.5 分");
        assertThat(hints.star(score(study.count("study-3b", 2)).star("study").orElseThrow())).isNull();
        assertThat(hints.star(score(study.count("study-3b", 2).baselineViolation("study-B1", "1")).star("study").orElseThrow()))
                .isEqualTo("距学习星还差 1 分");
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

package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.element;
import static com.xingping.scoring.ScoringFixtures.rubricWith;
import static com.xingping.scoring.ScoringFixtures.scoreOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An element's explanation names each step that applied: the cap, the penalty, the clamp, the falsification. */
class ExplanationsTest {

    private static List<String> explain(UnitFacts.Builder unit, String elementId) {
        return element(scoreOne(unit), elementId).explanation();
    }

    @Test
    void plainCountExplainsItsRuleArithmeticAndScore() {
        List<String> lines = explain(UnitFacts.builder("U01").count("study-2b", 7), "study-2b");

        assertThat(lines).first().asString().startsWith("规则：").contains("每次0.3分");
        assertThat(lines).containsExactly(lines.get(0), "审核通过 7 次 × 0.3 分 = 2.1 分", "本项得分 2.1 分（满分 3 分）");
    }

    @Test
    void mentionsTheCap() {
        List<String> lines = explain(UnitFacts.builder("U01").count("study-2b", 12), "study-2b");

        assertThat(lines).contains("审核通过 12 次 × 0.3 分 = 3.6 分", "超过本项分值 3 分，按 3 分计", "本项得分 3 分（满分 3 分）");
    }

    @Test
    void mentionsThePenalty() {
        List<String> lines = explain(UnitFacts.builder("U01").count("study-2b", 10).penalty("study-2b", "criticized", 2),
                "study-2b");

        assertThat(lines).contains("被通报批评 2 次 × 0.5 分，扣 1 分", "本项得分 2 分（满分 3 分）");
        assertThat(String.join("\n", lines)).doesNotContain("最低 0 分");
    }

    @Test
    void mentionsTheClampWhenPenaltiesExceedTheScore() {
        List<String> lines = explain(UnitFacts.builder("U01").penalty("study-3a", "unimplemented", 15), "study-3a");

        assertThat(lines).contains("未落实 15 次 × 0.2 分，扣 3 分", "扣分以本项分值为限，本项最低 0 分（备注4）",
                "本项得分 0 分（满分 2 分）");
    }

    @Test
    void mentionsTheFalsification() {
        List<String> lines = explain(UnitFacts.builder("U01").count("norms-3a", 10).falsified("norms-3a", 2), "norms-3a");

        assertThat(lines).contains("审核通过 8 次 × 0.4 分 = 3.2 分",
                "发现弄虚作假 2 项：不计其分，并倒扣所报 0.8 分（加倍倒扣，备注5），倒扣 0.8 分", "本项得分 2.4 分（满分 4 分）");
    }

    @Test
    void mentionsTheFalsificationOfASingleFact() {
        List<String> lines = explain(UnitFacts.builder("U01").tier("innovation-2e", "standard").falsified("innovation-2e", 1),
                "innovation-2e");

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("建成规范化阵地").contains("3 分"));
        assertThat(lines).contains("发现弄虚作假 1 项：不计其分，并倒扣所报 3 分（加倍倒扣，备注5），倒扣 3 分",
                "本项得分 -3 分（满分 3 分）");
    }

    @Test
    void falsificationLineFollowsTheMultiplier() {
        UnitResult result = scoreOne(rubricWith("falsificationMultiplier: 2", "falsificationMultiplier: 3"),
                UnitFacts.builder("U01").check("study-3d").falsified("study-3d", 1));

        assertThat(element(result, "study-3d").explanation())
                .contains("发现弄虚作假 1 项：不计其分，并倒扣所报 2 分（加倍倒扣，备注5），倒扣 4 分", "本项得分 -4 分（满分 2 分）");
    }

    @Test
    void mentionsCapPenaltyClampAndFalsificationTogetherInOrder() {
        // 15 submitted, 2 false: 13 × 0.3 = 3.9 → 3; criticized 10 times: −5 → clamped at 0; false claim 0.6: −0.6
        List<String> lines = explain(UnitFacts.builder("U01").count("study-2b", 15).falsified("study-2b", 2)
                .penalty("study-2b", "criticized", 10), "study-2b");

        assertThat(lines).containsSubsequence(
                "审核通过 13 次 × 0.3 分 = 3.9 分",
                "超过本项分值 3 分，按 3 分计",
                "被通报批评 10 次 × 0.5 分，扣 5 分",
                "扣分以本项分值为限，本项最低 0 分（备注4）",
                "发现弄虚作假 2 项：不计其分，并倒扣所报 0.6 分（加倍倒扣，备注5），倒扣 0.6 分",
                "本项得分 -0.6 分（满分 3 分）");
    }

    @Test
    void ratioExplainsTheRosterShareAndRounding() {
        List<String> lines = explain(UnitFacts.builder("U01").member(Role.ORDINARY, "24").member(Role.ORDINARY, "24")
                .member(Role.LEADERSHIP, "24"), "study-2c");

        assertThat(lines).contains("党员名册 3 人中 2 人达到规定学时：4 × 2/3 = 2.67 分（四舍五入到 0.01）");
        assertThat(explain(UnitFacts.builder("U01").emptyRoster(), "study-2c")).contains("党员名册为空：0 分");
        assertThat(explain(UnitFacts.builder("U01"), "study-2c")).contains("未提交党员名册：0 分");
    }
}

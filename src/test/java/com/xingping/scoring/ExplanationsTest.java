package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.element;
import static com.xingping.scoring.ScoringFixtures.rubricWith;
import static com.xingping.scoring.ScoringFixtures.scoreOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An element's explanation names each step that applied: what the true records earn (false ones
 * named apart, never as achieved), each part under its cap, the cap, the penalty, the clamp (备注4)
 * and the falsification (备注5) with its claim, multiplier and deduction, each amount once.
 */
class ExplanationsTest {
    private static final String REMARK_5 = "（备注5：发现有弄虚作假的，相应项目加倍倒扣）";

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

        assertThat(lines).contains("审核通过 12 次 × 0.3 分 = 3.6 分", "合计 3.6 分，超过本项分值 3 分，按 3 分计",
                "本项得分 3 分（满分 3 分）");
    }

    @Test
    void mentionsThePenaltyWithItsCountAndReason() {
        List<String> lines = explain(UnitFacts.builder("U01").count("study-2b", 10).penalty("study-2b", "criticized", 2),
                "study-2b");

        assertThat(lines).contains("被通报批评 2 次 × 0.5 分，扣 1 分", "本项得分 2 分（满分 3 分）");
        assertThat(String.join("\n", lines)).doesNotContain("最低 0 分");
    }

    @Test
    void mentionsTheClampInTheNoticesWords() {
        List<String> lines = explain(UnitFacts.builder("U01").penalty("study-3a", "unimplemented", 15), "study-3a");

        assertThat(lines).contains("满分 2 分起算，有扣分事项的按次扣减", "未落实 15 次 × 0.2 分，扣 3 分",
                "扣分 3 分超过所得 2 分，本项最低 0 分（备注4：所有分项得分和扣分都以该项分值为上限）",
                "本项得分 0 分（满分 2 分）");
    }

    @Test
    void countsEveryApprovedOccurrenceAndNamesTheFalseOnesApart() {
        List<String> lines = explain(UnitFacts.builder("U01").count("norms-3a", 15).falsified("norms-3a", 2), "norms-3a");

        assertThat(lines).contains(
                "审核通过 15 次，其中 2 次认定为弄虚作假、不计分；真实的 13 次 × 0.4 分 = 5.2 分",
                "合计 5.2 分，超过本项分值 4 分，按 4 分计",
                "认定弄虚作假 2 次，所报 0.8 分不计分，按 2 倍倒扣 1.6 分，不受本项分值限制" + REMARK_5,
                "本项得分：计得 4 分，倒扣 1.6 分，合计 2.4 分（满分 4 分）");
        assertThat(lines).noneMatch(line -> line.startsWith("审核通过 13 次"));
    }

    @Test
    void theFalsificationLineGivesEachAmountOnce() {
        String line = explain(UnitFacts.builder("U01").count("study-2b", 5).falsified("study-2b", 2), "study-2b")
                .stream().filter(l -> l.startsWith("认定弄虚作假")).findFirst().orElseThrow();

        assertThat(line).isEqualTo("认定弄虚作假 2 次，所报 0.6 分不计分，按 2 倍倒扣 1.2 分，不受本项分值限制" + REMARK_5);
        assertThat(line.split("0\\.6 分", -1)).hasSize(2);
        assertThat(line.split("1\\.2 分", -1)).hasSize(2);
    }

    @Test
    void aFalseCheckIsNeverDescribedAsDone() {
        List<String> lines = explain(UnitFacts.builder("U01").falseClaim("study-3d", FalseClaim.checked()), "study-3d");

        assertThat(lines).contains("无真实记录：0 分",
                "认定弄虚作假：虚报已完成，所报 2 分不计分，按 2 倍倒扣 4 分，不受本项分值限制" + REMARK_5,
                "本项得分：计得 0 分，倒扣 4 分，合计 -4 分（满分 2 分）");
        assertThat(lines).noneMatch(line -> line.contains("已完成并经审核通过") || line.startsWith("已完成"));
    }

    @Test
    void aFalseCheckBesideATrueOneNamesBothApart() {
        List<String> lines = explain(UnitFacts.builder("U01").check("study-1a").falseClaim("study-1a", FalseClaim.checked()),
                "study-1a");

        assertThat(lines).contains("真实记录：已完成并经审核通过，1 分",
                "认定弄虚作假：虚报已完成，所报 1 分不计分，按 2 倍倒扣 2 分，不受本项分值限制" + REMARK_5,
                "本项得分：计得 1 分，倒扣 2 分，合计 -1 分（满分 1 分）");
    }

    @Test
    void aFalseLevelBesideATrueOneScoresTheTrueAndDeductsTwiceTheClaim() {
        List<String> lines = explain(UnitFacts.builder("U01").tier("innovation-2e", "active")
                .falseClaim("innovation-2e", FalseClaim.level("standard")), "innovation-2e");

        assertThat(lines).contains("真实记录达到“有活动阵地”：2 分",
                "认定弄虚作假：虚报达到“建成规范化阵地”，所报 3 分不计分，按 2 倍倒扣 6 分，不受本项分值限制" + REMARK_5,
                "本项得分：计得 2 分，倒扣 6 分，合计 -4 分（满分 3 分）");
    }

    @Test
    void aFalseRateBelowTheThresholdClaimedNothing() {
        List<String> lines = explain(UnitFacts.builder("U01").falseClaim("innovation-3d",
                FalseClaim.measured(new java.math.BigDecimal("0.5"))), "innovation-3d");

        assertThat(lines).contains("无真实记录：0 分", "认定弄虚作假：虚报比率 50%，所报 0 分，无可倒扣" + REMARK_5,
                "本项得分 0 分（满分 1 分）");
    }

    @Test
    void falsificationLineFollowsTheMultiplier() {
        UnitResult result = scoreOne(rubricWith("falsificationMultiplier: 2", "falsificationMultiplier: 3"),
                UnitFacts.builder("U01").falseClaim("study-3d", FalseClaim.checked()));

        assertThat(element(result, "study-3d").explanation())
                .contains("认定弄虚作假：虚报已完成，所报 2 分不计分，按 3 倍倒扣 6 分，不受本项分值限制" + REMARK_5,
                        "本项得分：计得 0 分，倒扣 6 分，合计 -6 分（满分 2 分）");
    }

    @Test
    void eachPartIsCountedUnderItsOwnCap() {
        List<String> lines = explain(UnitFacts.builder("U01").count("norms-1a", "party", 3).count("norms-1a", "mass", 2)
                .falsified("norms-1a", "mass", 1), "norms-1a");

        assertThat(lines).containsSubsequence(
                "审核通过 5 次，其中 1 次认定为弄虚作假、不计分，分项计分：",
                "· 机关党建工作汇报：审核通过 3 次，3 次 × 0.5 分 = 1.5 分，超过本部分上限 1 分，按 1 分计",
                "· 群团工作汇报：审核通过 2 次，其中 1 次弄虚作假、不计分；真实的 1 次 × 0.5 分 = 0.5 分（本部分上限 0.5 分）",
                "认定弄虚作假 1 次，所报 0.5 分不计分，按 2 倍倒扣 1 分，不受本项分值限制" + REMARK_5,
                "本项得分：计得 1.5 分，倒扣 1 分，合计 0.5 分（满分 1.5 分）");
    }

    @Test
    void mentionsCapPenaltyClampAndFalsificationTogetherInOrder() {
        // 15 submitted, 2 false: 13 × 0.3 = 3.9 → 3; criticized 10 times: −5 → clamped at 0; false claim 0.6: −1.2
        List<String> lines = explain(UnitFacts.builder("U01").count("study-2b", 15).falsified("study-2b", 2)
                .penalty("study-2b", "criticized", 10), "study-2b");

        assertThat(lines).containsSubsequence(
                "审核通过 15 次，其中 2 次认定为弄虚作假、不计分；真实的 13 次 × 0.3 分 = 3.9 分",
                "合计 3.9 分，超过本项分值 3 分，按 3 分计",
                "被通报批评 10 次 × 0.5 分，扣 5 分",
                "扣分 5 分超过所得 3 分，本项最低 0 分（备注4：所有分项得分和扣分都以该项分值为上限）",
                "认定弄虚作假 2 次，所报 0.6 分不计分，按 2 倍倒扣 1.2 分，不受本项分值限制" + REMARK_5,
                "本项得分：计得 0 分，倒扣 1.2 分，合计 -1.2 分（满分 3 分）");
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

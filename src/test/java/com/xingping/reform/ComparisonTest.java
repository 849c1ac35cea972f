package com.xingping.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scoring.InvalidDocuments;
import com.xingping.scoring.ScoringDocumentReader;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.StarResult;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.YearResult;

class ComparisonTest {
    private final Rubric current = RubricLoader.bundled("shaoxing-2018");
    private final String currentText = RubricLoader.bundledText("shaoxing-2018");

    @Test
    void aLowerStarThresholdReportsExactlyTheUnitsWhoseStarsChange() {
        ScenarioRubric scenario = ScenarioRubric.of(currentText,
                new ScenarioChanges(new BigDecimal("0.6"), null, null, null, null, null), current);
        ScoringInput input = exampleYear();
        // both rubrics scored on their own, with the engine alone
        YearResult before = new ScoringEngine(current).score(input);
        YearResult after = new ScoringEngine(scenario.rubric()).score(input);
        Set<String> starsMoved = before.units().stream()
                .filter(u -> !awarded(u).equals(awarded(after.unit(u.id()).orElseThrow())))
                .map(UnitResult::id).collect(Collectors.toSet());

        Comparison comparison = Comparison.of("现行细则", current, before, "门槛六成", scenario.rubric(), after);

        assertThat(scenario.rubric().policy().starThreshold()).isEqualByComparingTo("0.6");
        assertThat(starsMoved).isNotEmpty();
        assertThat(comparison.changed().stream().filter(Comparison.UnitChange::starsChanged).map(Comparison.UnitChange::id))
                .containsExactlyInAnyOrderElementsOf(starsMoved);
        assertThat(comparison.changed().size() + comparison.unchanged()).isEqualTo(before.units().size());
        for (String star : Set.of("study", "norms", "service", "democracy", "innovation")) {
            Comparison.Count count = count(comparison, star);
            assertThat(count.before()).isEqualTo(awardedCount(before, star));
            assertThat(count.after()).isEqualTo(awardedCount(after, star));
            assertThat(count.after()).isGreaterThanOrEqualTo(count.before());
        }
        for (int n = 0; n <= 5; n++) {
            int stars = n;
            assertThat(count(comparison, "stars-" + n).after())
                    .isEqualTo((int) after.units().stream().filter(u -> u.starCount() == stars).count());
        }
        // 市商务局 (U001): 规范星 16.6 of 25, under 20, over 15
        Comparison.UnitChange commerce = comparison.changed().stream().filter(c -> c.id().equals("U001")).findFirst().orElseThrow();
        assertThat(commerce.before().stars()).doesNotContain("norms");
        assertThat(commerce.after().stars()).contains("norms");
        assertThat(commerce.moves()).contains("获得规范星");
    }

    @Test
    void theSameRubricOnBothSidesMovesNobody() {
        YearResult result = new ScoringEngine(current).score(exampleYear());

        Comparison comparison = Comparison.of("现行细则", current, result, "副本", current, result);

        assertThat(comparison.changed()).isEmpty();
        assertThat(comparison.counts()).allMatch(c -> c.delta() == 0);
    }

    @Test
    void aRaisedElementMaximumMovesItsCriterionStarAndTotalSoTheFileStillAddsUp() {
        ScenarioRubric scenario = ScenarioRubric.of(currentText, new ScenarioChanges(null, new BigDecimal("5"), 2, "fail", BigDecimal.ONE,
                Map.of("norms-3a", new ScenarioChanges.ElementChange(new BigDecimal("5"), new BigDecimal("0.5")))), current);

        Rubric rubric = scenario.rubric();
        assertThat(rubric.element("norms-3a").orElseThrow().max()).isEqualByComparingTo("5");
        assertThat(rubric.element("norms-3a").orElseThrow().each()).isEqualByComparingTo("0.5");
        assertThat(rubric.star("norms").orElseThrow().points()).isEqualByComparingTo("26");
        assertThat(rubric.bonus().cap()).isEqualByComparingTo("5");
        assertThat(rubric.policy().conductVetoBottom()).isEqualTo(2);
        assertThat(rubric.policy().conductVetoTiesPass()).isFalse();
        assertThat(rubric.policy().falsificationMultiplier()).isEqualByComparingTo("1");
        assertThat(ScenarioRubric.of(scenario.text(), null, current).rubric().star("norms").orElseThrow().points())
                .isEqualByComparingTo("26");
    }

    @Test
    void aBadScenarioIsRefusedWithEveryFieldNamedInChinese() {
        String bad = currentText.replace("starThreshold: 0.8", "starThreshold: 1.5")
                .replace("          - id: study-2b\n            name: 周一夜学\n            kind: COUNT\n            max: 3\n            each: 0.3",
                        "          - id: study-2b\n            name: 周一夜学\n            kind: COUNT\n            max: 3\n            each: 4");

        assertThatThrownBy(() -> ScenarioRubric.of(bad, null, current))
                .isInstanceOfSatisfying(ScenarioRefused.class, e -> assertThat(e.problems()).containsExactly(
                        new ScenarioProblem("policy.starThreshold", "星级门槛（占每颗星分值的比例）", "须为大于 0、不超过 1 的比例，而不是 1.5"),
                        new ScenarioProblem("stars[study].criteria[study-2].elements[study-2b].each", "周一夜学的每次分值",
                                "不能超过该要素的最高分 3")));
        assertThatThrownBy(() -> ScenarioRubric.of(currentText, new ScenarioChanges(null, null, null, "maybe", null,
                Map.of("study-9z", new ScenarioChanges.ElementChange(BigDecimal.ONE, null))), current))
                .isInstanceOfSatisfying(ScenarioRefused.class, e -> assertThat(e.problems()).extracting(ScenarioProblem::field)
                        .containsExactly("elements.study-9z", "conductVetoTies"));
        assertThatThrownBy(() -> ScenarioRubric.of(currentText, new ScenarioChanges(null, null, null, null, null,
                Map.of("study-1a", new ScenarioChanges.ElementChange(null, BigDecimal.ONE))), current))
                .isInstanceOfSatisfying(ScenarioRefused.class, e -> assertThat(e.problems()).containsExactly(
                        new ScenarioProblem("stars[study].criteria[study-1].elements[study-1a].each", "主题教育方案的每次分值",
                                "只有按次计分（COUNT）的要素才有每次分值")));
    }

    private static ScoringInput exampleYear() {
        return ScoringDocumentReader.read(new ByteArrayInputStream(InvalidDocuments.exampleYear().getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> awarded(UnitResult unit) {
        return unit.stars().stream().filter(StarResult::awarded).map(s -> s.star().id()).collect(Collectors.toSet());
    }

    private static int awardedCount(YearResult result, String star) {
        return (int) result.units().stream().filter(u -> u.star(star).orElseThrow().awarded()).count();
    }

    private static Comparison.Count count(Comparison comparison, String key) {
        return comparison.counts().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }
}

package com.xingping.rubrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.xingping.rubric.RubricLoader;
import com.xingping.rubrics.RubricDiff.Change;
import com.xingping.rubrics.RubricDiff.Kind;
import com.xingping.rubrics.RubricProblems.Problem;

/** A draft's problems as the committee reads them (field, line, Chinese reason) and its diff element by element. */
class RubricProblemsTest {
    private static final String TEXT = RubricLoader.bundledText("shaoxing-2018");

    @Test
    void everyProblemNamesItsFieldItsLineAndTheReasonInChinese() {
        String broken = TEXT.replace("starThreshold: 0.8 ", "starThreshold: 0 ").replaceFirst("(?m)^points: 100 ", "points: 90 ");

        List<Problem> problems = RubricProblems.of(broken);

        assertThat(problems).extracting(Problem::field).containsExactlyInAnyOrder("points", "policy.starThreshold");
        assertThat(problems).filteredOn(p -> p.field().equals("points")).singleElement()
                .isEqualTo(new Problem("points", 12, "为 90，但各星分值合计 100"));
        assertThat(problems).filteredOn(p -> p.field().equals("policy.starThreshold")).singleElement()
                .isEqualTo(new Problem("policy.starThreshold", 21, "须为大于 0、不超过 1 的比例，而不是 0"));
        assertThat(RubricProblems.of(TEXT)).isEmpty();
    }

    @Test
    void unreadableYamlIsNamedByItsLine() {
        assertThat(RubricProblems.of("id: x\nyear: [2019\n")).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).startsWith("不是可读的 YAML");
        });
    }

    @Test
    void anElementsFieldOfTheWrongShapeIsNamedAtItsLine() {
        String broken = TEXT.replaceFirst("kind: COUNT", "kind: TALLY");
        Problem problem = RubricProblems.of(broken).get(0);
        assertThat(problem.field()).isEqualTo("stars[study].criteria[study-1].elements[study-1b].kind");
        assertThat(problem.reason()).startsWith("未知的要素类型 TALLY（应为 ");
        assertThat(broken.lines().toList().get(problem.line() - 1)).contains("kind: TALLY");
    }

    @Test
    void theDiffNamesWhatChangedElementByElement() {
        String changed = TEXT.replace("starThreshold: 0.8 ", "starThreshold: 0.85 ");
        var before = RubricLoader.parse(TEXT, "before");
        var after = RubricLoader.parse(changed, "after");

        assertThat(RubricDiff.between(before, after))
                .containsExactly(new Change(Kind.CHANGED, "policy", "starThreshold", "0.8", "0.85"));
        assertThat(RubricDiff.between(before, before)).isEmpty();
        assertThat(ElementRows.of(before)).hasSize(before.elements().size());
    }
}

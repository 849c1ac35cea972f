package com.xingping.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

class RubricLoaderTest {

    @Test
    void loadsTheBundled2018RubricWithEveryElementOfTheSpec() {
        Rubric rubric = RubricLoader.bundled("shaoxing-2018");

        assertThat(rubric.year()).isEqualTo(2018);
        assertThat(rubric.stars()).extracting(Star::id).containsExactly("study", "norms", "service", "democracy", "innovation");
        assertThat(rubric.stars()).extracting(s -> s.points().intValue()).containsExactly(20, 25, 20, 15, 20);
        assertThat(rubric.elements()).hasSize(11 + 17 + 15 + 10 + 12);
        assertThat(rubric.elements()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
        assertThat(rubric.stars()).allSatisfy(s -> assertThat(s.baselines()).hasSize(2));
        Element weeklyStudy = rubric.element("study-2b").orElseThrow();
        assertThat(weeklyStudy.kind()).isEqualTo(ElementKind.COUNT);
        assertThat(weeklyStudy.each()).isEqualByComparingTo("0.3");
        assertThat(weeklyStudy.penalty("criticized").orElseThrow().points()).isEqualByComparingTo("0.5");
        assertThat(rubric.element("innovation-2e").orElseThrow().levels()).extracting(TierLevel::id).containsExactly("standard", "active");
        assertThat(rubric.element("innovation-3d").orElseThrow().threshold()).isEqualByComparingTo("0.6");
    }

    @Test
    void keepsThePolicySettingsInTheFile() {
        Policy policy = RubricLoader.bundled("shaoxing-2018").policy();

        assertThat(policy.starThreshold()).isEqualByComparingTo("0.8");
        assertThat(policy.baselineWithholdsStar()).isTrue();
        assertThat(policy.partyExcellent().allStars()).isTrue();
        assertThat(policy.falsificationMultiplier()).isEqualByComparingTo("2");
        assertThat(policy.ordinaryHours()).isEqualByComparingTo("24");
        assertThat(policy.leadershipHours()).isEqualByComparingTo("40");
        assertThat(policy.baselinePoints()).extracting(BigDecimal::intValue).containsExactly(1, 2);
        assertThat(policy.baselineDeduction()).isEqualTo(BaselineDeduction.PER_ITEM);
        assertThat(policy.halfYearSplit()).isEqualTo(MonthDay.of(6, 16));
        assertThat(policy.conductVetoBottom()).isEqualTo(3);
        assertThat(policy.conductVetoTiesPass()).isTrue();
        assertThat(RubricLoader.bundled("shaoxing-2018").bonus().cap()).isEqualByComparingTo("10");
    }

    @Test
    void loadsThePartsOfNorms1aAndStudy3bWithTheirOwnMaxima() {
        Rubric rubric = RubricLoader.bundled("shaoxing-2018");

        Element reports = rubric.element("norms-1a").orElseThrow();
        assertThat(reports.hasParts()).isTrue();
        assertThat(reports.parts()).extracting(Part::id).containsExactly("party", "mass");
        assertThat(reports.parts()).extracting(Part::max).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1"), new BigDecimal("0.5"));
        assertThat(reports.parts()).extracting(Part::half).containsOnlyNulls();
        Element review = rubric.element("study-3b").orElseThrow();
        assertThat(review.parts()).extracting(Part::id).containsExactly("first-half", "second-half");
        assertThat(review.parts()).extracting(Part::half).containsExactly(Part.Half.FIRST, Part.Half.SECOND);
        assertThat(rubric.elements()).filteredOn(Element::hasParts).extracting(Element::id)
                .containsExactly("study-3b", "norms-1a");
    }

    @Test
    void refusesPartsWhoseMaximaDoNotAddUpNamingTheElement() {
        String broken = bundledText().replace("name: 群团工作汇报\n                max: 0.5", "name: 群团工作汇报\n                max: 1");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                .hasMessageContaining("elements[norms-1a].parts: the parts' maxima add up to 2 but the element's max is 1.5");
    }

    @Test
    void refusesPartsOnAnElementThatDoesNotCount() {
        String check = "kind: CHECK\n            max: 1\n            source: 制定并公示“三级书记”个性清单1分";
        assertThat(bundledText()).contains(check);
        String broken = bundledText().replace(check, "kind: CHECK\n            max: 1\n            parts:\n"
                + "              - id: list\n                max: 0.5\n"
                + "              - id: notice\n                max: 0.5\n"
                + "            source: 制定并公示“三级书记”个性清单1分");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                .hasMessageContaining("elements[norms-1b].parts: only a COUNT element has parts");
    }

    @Test
    void refusesDatedPartsThatAreNotExactlyTheFirstAndTheSecondHalf() {
        String twoFirsts = bundledText().replace("half: second", "half: first");
        String oneDated = bundledText().replace("\n                half: second", "");
        String third = bundledText().replace("half: second", "half: third");

        for (String broken : new String[] {twoFirsts, oneDated}) {
            assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                    .hasMessageContaining("elements[study-3b].parts: dated parts must be exactly one half: first and one "
                            + "half: second");
        }
        assertThatThrownBy(() -> parse(third)).isInstanceOf(RubricException.class)
                .hasMessageContaining("elements[study-3b].parts[1].half: must be first or second, not third");
    }

    @Test
    void refusesAPartWorthLessThanOneOccurrence() {
        String broken = bundledText().replace("name: 群团工作汇报\n                max: 0.5", "name: 群团工作汇报\n                max: 0.25")
                .replace("name: 机关党建工作汇报\n                max: 1", "name: 机关党建工作汇报\n                max: 1.25");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                .hasMessageContaining("elements[norms-1a].parts[1].max: must be at least the element's points each 0.5");
    }

    @Test
    void refusesUnknownPolicyValues() {
        String broken = bundledText().replace("baselineDeduction: perItem", "baselineDeduction: perIncident")
                .replace("conductVetoTies: pass", "conductVetoTies: share");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                .hasMessageContaining("policy.baselineDeduction: must be perItem or perViolation, not perIncident")
                .hasMessageContaining("policy.conductVetoTies: must be pass or fail, not share");
    }

    @Test
    void refusesAHalfYearSplitThatIsNotAMonthAndDay() {
        for (String bad : new String[] {"6-16", "06-31", "June 16", "2018-06-16"}) {
            String broken = bundledText().replace("halfYearSplit: \"06-16\"", "halfYearSplit: \"" + bad + "\"");

            assertThatThrownBy(() -> parse(broken)).as(bad).isInstanceOf(RubricException.class)
                    .hasMessageContaining("policy.halfYearSplit: must be a month and day as MM-DD, not " + bad);
        }
    }

    @Test
    void windowRunsFromDecember16OfThePreviousYearToDecember15() {
        Rubric rubric = RubricLoader.bundled("shaoxing-2018");

        assertThat(rubric.inWindow(LocalDate.of(2017, 12, 15))).isFalse();
        assertThat(rubric.inWindow(LocalDate.of(2017, 12, 16))).isTrue();
        assertThat(rubric.inWindow(LocalDate.of(2018, 12, 15))).isTrue();
        assertThat(rubric.inWindow(LocalDate.of(2018, 12, 16))).isFalse();
    }

    @Test
    void refusesAnUnknownRubric() {
        assertThatThrownBy(() -> RubricLoader.bundled("shaoxing-1999")).isInstanceOf(RubricException.class)
                .hasMessageContaining("no such rubric");
        assertThatThrownBy(() -> RubricLoader.bundled("../application")).isInstanceOf(RubricException.class);
    }

    @Test
    void refusesElementMaximaThatDoNotAddUpToTheCriterion() {
        String broken = bundledText().replace("主题教育方案\n            kind: CHECK\n            max: 1",
                "主题教育方案\n            kind: CHECK\n            max: 2");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                .hasMessageContaining("stars[study].criteria[study-1].points: is 6 but its elements' maxima add up to 7");
    }

    @Test
    void refusesStarPointsThatDoNotAddUpToTheRubricTotal() {
        String broken = bundledText().replace("name: 学习星\n    points: 20", "name: 学习星\n    points: 21");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                .hasMessageContaining("stars[study].points: is 21 but its criteria add up to 20")
                .hasMessageContaining("points: is 100 but the stars add up to 101");
    }

    @Test
    void refusesDuplicateIds() {
        String broken = bundledText().replace("- id: study-1c", "- id: study-1b");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                .hasMessageContaining("duplicate id study-1b");
    }

    @Test
    void refusesACountWhosePointsEachExceedItsMax() {
        String broken = bundledText().replace("each: 0.3", "each: 3.5");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                .hasMessageContaining("elements[study-2b].each: must not exceed the element's max 3");
    }

    @Test
    void refusesACountWithoutPositivePointsEach() {
        String broken = bundledText().replace("each: 0.3", "each: 0");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                .hasMessageContaining("elements[study-2b].each: must be greater than 0");
    }

    @Test
    void refusesATierWithoutLevels() {
        String broken = bundledText().replaceAll("(?s)levels:\\n\\s+- id: standard.*?points: 2\\n", "levels: []\n");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                .hasMessageContaining("elements[innovation-2e].levels: a TIER element needs at least one level");
    }

    @Test
    void refusesAnAssessMaximumOffTheHalfPointGrid() {
        String broken = bundledText()
                .replace("kind: ASSESS\n            max: 6", "kind: ASSESS\n            max: 5.8")
                .replace("kind: CHECK\n            max: 1\n            source: 制定党建工作年度计划", "kind: CHECK\n            max: 1.2\n            source: 制定党建工作年度计划");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                .hasMessageContaining("elements[norms-1d].max: an ASSESS maximum must be a multiple of 0.5, not 5.8");
    }

    @Test
    void refusesAnUnknownKindAndUnknownFields() {
        String broken = bundledText().replace("kind: THRESHOLD", "kind: PERCENT").replace("threshold: 0.60", "treshold: 0.60");

        assertThatThrownBy(() -> parse(broken)).isInstanceOf(RubricException.class)
                .hasMessageContaining("elements[innovation-3d].kind: unknown kind PERCENT")
                .hasMessageContaining("treshold: unknown field");
    }

    @Test
    void refusesTextThatIsNotYaml() {
        assertThatThrownBy(() -> parse("stars: [unclosed")).isInstanceOf(RubricException.class)
                .hasMessageContaining("not readable YAML");
    }

    private static Rubric parse(String yaml) {
        return RubricLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static String bundledText() {
        try (InputStream in = RubricLoaderTest.class.getClassLoader().getResourceAsStream("rubrics/shaoxing-2018.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

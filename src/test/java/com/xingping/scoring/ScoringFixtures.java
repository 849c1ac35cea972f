package com.xingping.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;

/** Shared helpers of the engine's behaviour tests: the 2018 rubric, altered rubrics and model units. */
final class ScoringFixtures {
    static final Rubric RUBRIC = RubricLoader.bundled("shaoxing-2018");

    /** Unrated in 行风评议 and judged acceptable by the committee: 业绩优 holds with nothing else to compare. */
    static final PerformanceFacts PERFORMING = new PerformanceFacts(true, true, null, false, true);

    private ScoringFixtures() {
    }

    /** The bundled rubric with one piece of its YAML text replaced (the piece must be there). */
    static Rubric rubricWith(String original, String replacement) {
        String text = bundledText();
        assertThat(text).as("the rubric text to alter").contains(original);
        String altered = text.replace(original, replacement);
        return RubricLoader.parse(new ByteArrayInputStream(altered.getBytes(StandardCharsets.UTF_8)), "altered.yaml");
    }

    private static String bundledText() {
        try (InputStream in = ScoringFixtures.class.getClassLoader().getResourceAsStream("rubrics/shaoxing-2018.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static YearResult score(Rubric rubric, UnitFacts... units) {
        return new ScoringEngine(rubric).score(List.of(units));
    }

    static YearResult score(UnitFacts... units) {
        return score(RUBRIC, units);
    }

    static UnitResult scoreOne(Rubric rubric, UnitFacts unit) {
        return score(rubric, unit).units().get(0);
    }

    static UnitResult scoreOne(UnitFacts unit) {
        return scoreOne(RUBRIC, unit);
    }

    static UnitResult scoreOne(UnitFacts.Builder unit) {
        return scoreOne(RUBRIC, unit.build());
    }

    static UnitResult scoreOne(Rubric rubric, UnitFacts.Builder unit) {
        return scoreOne(rubric, unit.build());
    }

    static ElementResult element(UnitResult unit, String elementId) {
        return unit.element(elementId).orElseThrow(() -> new AssertionError("no element " + elementId));
    }

    static StarResult star(UnitResult unit, String starId) {
        return unit.star(starId).orElseThrow(() -> new AssertionError("no star " + starId));
    }

    static CriterionResult criterion(UnitResult unit, String criterionId) {
        return unit.stars().stream().flatMap(s -> s.criteria().stream())
                .filter(c -> c.criterion().id().equals(criterionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + criterionId));
    }

    /** The score of one element for a unit with the given facts and nothing else. */
    static BigDecimal valueOf(UnitFacts.Builder unit, String elementId) {
        return element(scoreOne(unit), elementId).value();
    }

    /** A unit rated in 行风评议 with the given score that meets every other condition of 业绩优. */
    static UnitFacts rated(String id, String conduct) {
        return rated(id, conduct, false);
    }

    static UnitFacts rated(String id, String conduct, boolean improved) {
        return UnitFacts.builder(id).performance(new PerformanceFacts(true, true, d(conduct), improved, false)).build();
    }

    static Award award(String project, String level, String date) {
        return new Award(project, level, false, LocalDate.parse(date));
    }

    static Award exchange(String project, String level, String date) {
        return new Award(project, level, true, LocalDate.parse(date));
    }

    static BonusFacts commendations(Award... awards) {
        return new BonusFacts(List.of(awards), List.of(), false, false, null);
    }

    static BonusFacts innovationAwards(Award... awards) {
        return new BonusFacts(List.of(), List.of(awards), false, false, null);
    }

    /** The unit with the fact already given for a single-fact element found false: it becomes the false claim. */
    static UnitFacts.Builder factFalse(UnitFacts.Builder unit, String elementId) {
        assertThat(unit.factIsFalse(elementId)).as("a fact of %s to be false", elementId).isTrue();
        return unit;
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /**
     * A unit that earns every point of every star (100): every CHECK done, every COUNT at or over its
     * cap, 三级书记 assessed 6, 阵地 standard, APP 安装率 60 %, every member meeting their hours.
     */
    static UnitFacts.Builder fullMarks(String id) {
        UnitFacts.Builder unit = UnitFacts.builder(id).name("满分单位 " + id).inTargetAssessment(true);
        for (String check : List.of(
                "study-1a", "study-1c", "study-1d", "study-2a", "study-3c", "study-3d",
                "norms-1b", "norms-1c", "norms-1e", "norms-1f", "norms-2a", "norms-2b", "norms-2c", "norms-2d",
                "norms-3b", "norms-3e", "norms-3f", "norms-3g",
                "service-1b", "service-1c", "service-2a", "service-2b", "service-3a", "service-3b", "service-3c",
                "service-3d", "service-3e", "service-3f", "service-3g",
                "democracy-1a", "democracy-1b", "democracy-1d", "democracy-2a", "democracy-2b",
                "innovation-1a", "innovation-1b", "innovation-1c", "innovation-2a", "innovation-2b", "innovation-2c",
                "innovation-2d", "innovation-3a", "innovation-3b", "innovation-3c")) {
            unit.check(check);
        }
        return unit
                .count("study-1b", 3).count("study-2b", 10)
                .count("study-3b", "first-half", 1).count("study-3b", "second-half", 1)
                .count("norms-1a", "party", 2).count("norms-1a", "mass", 1).count("norms-3a", 10).count("norms-3c", 5).count("norms-3d", 5)
                .count("service-1a", 3).count("service-2c", 3).count("service-2d", 3).count("service-3h", 3)
                .count("democracy-1c", 2).count("democracy-1e", 2).count("democracy-3b", 1).count("democracy-3c", 1)
                .assessed("norms-1d", "6")
                .tier("innovation-2e", "standard")
                .rate("innovation-3d", "0.60")
                .member(Role.LEADERSHIP, "40").member(Role.ORDINARY, "24").member(Role.ORDINARY, "31.5");
    }
}

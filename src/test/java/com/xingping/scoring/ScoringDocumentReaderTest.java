package com.xingping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScoringDocumentReaderTest {

    @Test
    void readsTheExampleYearOfTheSpec() {
        ScoringInput input = read(InvalidDocuments.exampleYear());

        assertThat(input.rubric().id()).isEqualTo("shaoxing-2018");
        assertThat(input.year()).isEqualTo(2018);
        assertThat(input.units()).extracting(UnitFacts::id)
                .containsExactly("U001", "U002", "U003", "U004", "U005", "U006", "U007", "U008");
        UnitFacts commerce = input.units().get(0);
        assertThat(commerce.name()).isEqualTo("市商务局");
        assertThat(commerce.count("norms-3a")).isEqualTo(6);
        assertThat(commerce.checks()).contains("study-1a").doesNotContain("service-3c");
        // "democracy-2b": 1 — the check given is itself the false one: no true fact is left, the claim is "done"
        assertThat(commerce.checks()).doesNotContain("democracy-2b", "innovation-3b");
        assertThat(commerce.falseClaims()).containsEntry("democracy-2b", FalseClaim.checked())
                .containsEntry("innovation-3b", FalseClaim.checked());
        assertThat(commerce.count("study-3b", "first-half")).isEqualTo(2);
        assertThat(commerce.count("study-3b", "second-half")).isEqualTo(1);
        assertThat(commerce.count("norms-1a", "party")).isEqualTo(2);
        assertThat(commerce.count("norms-1a", "mass")).isZero();
        assertThat(commerce.roster()).containsExactly(new Member(Role.ORDINARY, new java.math.BigDecimal("30")));
        assertThat(commerce.performance().conductScore()).isEqualByComparingTo("89.4");
        assertThat(input.units().get(1).performance().rated()).isFalse();
        assertThat(input.units().get(2).falsified("study-1b")).isEqualTo(2);
        // U006: a true 有活动阵地 and, apart from it, a false claim of a 规范化阵地
        UnitFacts health = input.units().get(5);
        assertThat(health.tiers()).containsEntry("innovation-2e", "active");
        assertThat(health.falseClaims()).containsEntry("innovation-2e", FalseClaim.level("standard"));
        assertThat(input.conduct()).as("no official 行风评议 standings in the example").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.xingping.scoring.InvalidDocuments#all")
    void refusesEachErrorOfTheSpecNamingUnitFieldAndReason(InvalidDocuments.Case bad) {
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read(bad.document()));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems()).anySatisfy(line -> assertThat(line).startsWith(bad.expectedProblem()));
    }

    @Test
    void reportsEveryProblemOfADocumentAtOnce() {
        String document = """
                {"rubric": "shaoxing-2018", "year": 2018, "units": [
                  {"id": "U07", "counts": {"study-9z": 1, "norms-3a": -2}, "rates": {"innovation-3d": 2}},
                  {"id": "U08", "assessed": {"norms-1d": 0.25}}
                ]}""";

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read(document));

        assertThat(refused.problems()).containsExactly(
                "unit U07: counts.study-9z: no such element",
                "unit U07: counts.norms-3a: must not be negative, not -2",
                "unit U07: rates.innovation-3d: 2 is outside [0, 1]",
                "unit U08: assessed.norms-1d: 0.25 is not a multiple of 0.5");
    }

    @Test
    void namesTheLineAndColumnOfMalformedJson() {
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
                () -> read("{\n  \"rubric\": \"shaoxing-2018\",\n  \"year\": 2018 2019\n}"));

        assertThat(refused.problems()).singleElement().asString().startsWith("malformed JSON").contains("line 3");
    }

    @Test
    void anUnclosedArrayIsNamedWithoutTheParsersInternals() {
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
                () -> read("{\"rubric\": \"shaoxing-2018\", \"year\": 2018, \"units\": ["));

        assertThat(refused.problems()).singleElement().asString()
                .startsWith("malformed JSON: Unexpected end-of-input").contains("(line 1").doesNotContain("Source", "REDACTED");
    }

    @Test
    void refusesADuplicatedFieldInsteadOfSilentlyKeepingTheLastOne() {
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
                () -> read("{\"rubric\": \"shaoxing-2018\", \"year\": 2018, \"year\": 2018, \"units\": []}"));

        assertThat(refused.problems()).singleElement().asString().contains("Duplicate").contains("year");
    }

    @Test
    void refusesAFactGivenTwiceInsideAUnit() {
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read("""
                {"rubric": "shaoxing-2018", "year": 2018, "units": [{"id": "U01", "counts": {"norms-3a": 2, "norms-3a": 5}}]}"""));

        assertThat(refused.problems()).singleElement().asString()
                .startsWith("malformed JSON: Duplicate Object property \"norms-3a\"").contains("line 1");
    }

    @Test
    void readsEveryDecimalExactlyAsWritten() {
        ScoringInput input = read("""
                {"rubric": "shaoxing-2018", "year": 2018, "units": [{"id": "U01",
                  "assessed": {"norms-1d": 5.5}, "rates": {"innovation-3d": 0.59999999999999999999},
                  "roster": [{"role": "leadership", "hours": 39.95}],
                  "seriousDeductions": [{"points": 0.25, "reason": "市纪委通报"}],
                  "performance": {"conductScore": 89.40}}]}""");

        UnitFacts unit = input.units().get(0);
        assertThat(unit.assessed().get("norms-1d")).isEqualTo(new BigDecimal("5.5"));
        assertThat(unit.rates().get("innovation-3d")).isEqualTo(new BigDecimal("0.59999999999999999999"));
        assertThat(unit.roster()).containsExactly(new Member(Role.LEADERSHIP, new BigDecimal("39.95")));
        assertThat(unit.seriousDeductions().get(0).points()).isEqualTo(new BigDecimal("0.25"));
        assertThat(unit.performance().conductScore()).isEqualTo(new BigDecimal("89.40"));
    }

    @Test
    void readsPartsFalseOccurrencesAndFalseClaimsApartFromTheTrueFacts() {
        ScoringInput input = read("""
                {"rubric": "shaoxing-2018", "year": 2018, "units": [{"id": "U01",
                  "falsified": {"norms-1a": {"party": 1}, "study-1a": {"check": true}, "study-1c": 1,
                                "innovation-2e": {"tier": "standard"}, "innovation-3d": {"rate": 0.7},
                                "norms-1d": {"assessed": 5}, "norms-3a": 2},
                  "checks": {"study-1a": true, "study-1c": true},
                  "counts": {"norms-1a": {"party": 3, "mass": 1}, "study-3b": {"second-half": 2}, "norms-3a": 4},
                  "tiers": {"innovation-2e": "active"}, "rates": {"innovation-3d": 0.5}, "assessed": {"norms-1d": 3.5}}]}""");

        UnitFacts unit = input.units().get(0);
        assertThat(unit.count("norms-1a", "party")).isEqualTo(3);
        assertThat(unit.count("norms-1a", "mass")).isEqualTo(1);
        assertThat(unit.falsified("norms-1a", "party")).isEqualTo(1);
        assertThat(unit.falsified("norms-1a", "mass")).isZero();
        assertThat(unit.count("study-3b", "first-half")).as("an absent part is 0").isZero();
        assertThat(unit.count("study-3b", "second-half")).isEqualTo(2);
        assertThat(unit.falsified("norms-3a")).isEqualTo(2);
        // an object is a false claim beside the true fact; 1 (given before the fact, in document order) makes
        // the fact itself the false one
        assertThat(unit.checks()).containsExactly("study-1a");
        assertThat(unit.tiers()).containsEntry("innovation-2e", "active");
        assertThat(unit.rates().get("innovation-3d")).isEqualByComparingTo("0.5");
        assertThat(unit.assessed().get("norms-1d")).isEqualByComparingTo("3.5");
        assertThat(unit.falseClaims()).containsOnly(
                java.util.Map.entry("study-1a", FalseClaim.checked()),
                java.util.Map.entry("study-1c", FalseClaim.checked()),
                java.util.Map.entry("innovation-2e", FalseClaim.level("standard")),
                java.util.Map.entry("innovation-3d", FalseClaim.measured(new BigDecimal("0.7"))),
                java.util.Map.entry("norms-1d", FalseClaim.measured(new BigDecimal("5"))));
    }

    @Test
    void readsTheOfficialConductStandingsWhereverTheyStand() {
        String units = """
                [{"id": "U01", "performance": {"conductScore": 80}}, {"id": "U02", "performance": {"conductScore": 90}}]""";
        ScoringInput after = read("""
                {"rubric": "shaoxing-2018", "year": 2018, "units": %s, "conduct": {"mean": 86.25, "bottom": ["U02"]}}"""
                .formatted(units));
        ScoringInput before = read("""
                {"rubric": "shaoxing-2018", "year": 2018, "conduct": {"mean": 86.25, "bottom": ["U02"]}, "units": %s}"""
                .formatted(units));

        for (ScoringInput input : new ScoringInput[] {after, before}) {
            assertThat(input.conduct().mean()).isEqualTo(new BigDecimal("86.25"));
            assertThat(input.conduct().bottom()).containsExactly("U02");
        }
        assertThat(read("""
                {"rubric": "shaoxing-2018", "year": 2018, "conduct": null, "units": %s}""".formatted(units)).conduct())
                .as("null: computed from the units' scores").isNull();
        assertThat(read("""
                {"rubric": "shaoxing-2018", "year": 2018, "conduct": {"mean": 86.25, "bottom": []}, "units": %s}"""
                .formatted(units)).conduct().bottom()).as("nobody in the last three places").isEmpty();
    }

    @Test
    void namesEveryProblemOfAFalseClaimWithUnitFieldAndReason() {
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read("""
                {"rubric": "shaoxing-2018", "year": 2018, "units": [{"id": "U07",
                  "counts": {"norms-1a": {"party": 1}},
                  "falsified": {"norms-1a": {"party": 2, "other": 1}, "innovation-2e": {"tier": "gold"},
                                "innovation-3d": {"rate": -0.5}, "study-1a": {"check": false}, "norms-1d": 1,
                                "study-2c": 1}}]}"""));

        assertThat(refused.problems()).containsExactly(
                "unit U07: falsified.norms-1a.party: 2 falsified but only 1 counted",
                "unit U07: falsified.norms-1a.other: no such part of norms-1a (it has party, mass)",
                "unit U07: falsified.innovation-2e.tier: unknown level gold (expected one of standard, active)",
                "unit U07: falsified.innovation-3d.rate: -0.5 is outside [0, 1]",
                "unit U07: falsified.study-1a.check: a false claim of a CHECK element is true (the claim that it was done)",
                "unit U07: falsified.norms-1d: 1 falsified but no fact is given for norms-1d",
                "unit U07: falsified.study-2c: a RATIO element cannot be falsified");
    }

    @Test
    void readsIsoDatesAndRefusesAnythingElse() {
        ScoringInput input = read(award("2018-12-15"));
        assertThat(input.units().get(0).bonus().commendations().get(0).date()).isEqualTo(java.time.LocalDate.of(2018, 12, 15));

        for (String bad : new String[] {"2018-02-29", "2018-13-01", "2018-5-02", "2018/05/02", "+2018-05-02", "2018-0a-02"}) {
            InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read(award(bad)));
            assertThat(refused.problems()).as(bad)
                    .containsExactly("unit U01: bonus.commendations[0].date: not a date (YYYY-MM-DD): " + bad);
        }
    }

    private static String award(String date) {
        return """
                {"rubric": "shaoxing-2018", "year": 2018, "units": [{"id": "U01", "bonus": {"commendations":
                  [{"project": "机关党建品牌", "level": "provincial", "date": "%s"}]}}]}""".formatted(date);
    }

    @Test
    void readsUnitsThatComeBeforeTheRubric() {
        ScoringInput input = read("""
                {"units": [{"id": "U01", "counts": {"norms-3a": 2}}], "year": 2018, "rubric": "shaoxing-2018"}""");

        assertThat(input.units().get(0).count("norms-3a")).isEqualTo(2);
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read("""
                {"units": [{"id": "U01", "counts": {"norms-9z": 2}}], "year": 2018, "rubric": "shaoxing-2018"}"""));
        assertThat(refused.problems()).containsExactly("unit U01: counts.norms-9z: no such element");
    }

    @Test
    void refusesUnitsThatAreNotAList() {
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
                () -> read("{\"rubric\": \"shaoxing-2018\", \"year\": 2018, \"units\": {\"id\": \"U01\"}}"));

        assertThat(refused.problems()).containsExactly("units: must be a list");
    }

    @Test
    void treatsAbsentFactsAsNothingDone() {
        ScoringInput input = read("{\"rubric\": \"shaoxing-2018\", \"year\": 2018, \"units\": [{\"id\": \"U01\"}]}");

        UnitFacts unit = input.units().get(0);
        assertThat(unit.checks()).isEmpty();
        assertThat(unit.roster()).isNull();
        assertThat(unit.performance()).isEqualTo(PerformanceFacts.NONE);
    }

    @Test
    void acceptsAWholeNumberWrittenWithADecimalPoint() {
        ScoringInput input = read("""
                {"rubric": "shaoxing-2018", "year": 2018, "units": [{"id": "U01", "counts": {"norms-3a": 3.0}}]}""");

        assertThat(input.units().get(0).count("norms-3a")).isEqualTo(3);
    }

    private static ScoringInput read(String json) {
        return ScoringDocumentReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}

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
        assertThat(commerce.falsified("democracy-2b")).isEqualTo(1);
        assertThat(commerce.roster()).containsExactly(new Member(Role.ORDINARY, new java.math.BigDecimal("30")));
        assertThat(commerce.performance().conductScore()).isEqualByComparingTo("89.4");
        assertThat(input.units().get(1).performance().rated()).isFalse();
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

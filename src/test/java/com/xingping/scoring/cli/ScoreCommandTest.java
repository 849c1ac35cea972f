package com.xingping.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.xingping.scoring.InvalidDocuments;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScoreCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void scoresTheExampleYearFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("year.json");
        Files.writeString(file, InvalidDocuments.exampleYear());

        int exit = run("", file.toString());

        assertThat(exit).isZero();
        assertThat(stderr()).isEmpty();
        JsonNode result = JsonMapper.builder().build().readTree(stdout());
        assertThat(result.get("rubric").stringValue()).isEqualTo("shaoxing-2018");
        assertThat(result.get("units")).hasSize(8);
        JsonNode commerce = result.get("units").get(0);
        assertThat(commerce.get("elements").get("study-1b").decimalValue()).isEqualByComparingTo("3");
        assertThat(commerce.get("stars").get("study").get("score").decimalValue()).isEqualByComparingTo("17.9");
        assertThat(commerce.get("elements")).hasSize(65);
        assertThat(commerce.get("criteria")).hasSize(15);
    }

    @Test
    void writesWhyEachStarIsWithheld() {
        // 市商务局 (U001), by hand: study 6 + 5.9 + 6 = 17.9 ≥ 16, awarded;
        // norms 5 + 4 + 7.6 = 16.6 < 20; democracy earned 5 + 4 + 4 = 13 less democracy-2b (the check itself
        // false: 2 lost) = 11, − 2 × 2 = 7 < 12, and falsified
        run(InvalidDocuments.exampleYear(), "-");
        JsonNode stars = json(stdout()).get("units").get(0).get("stars");

        assertThat(stars.get("study").get("score").decimalValue()).isEqualByComparingTo("17.9");
        assertThat(stars.get("study").get("awarded").booleanValue()).isTrue();
        assertThat(texts(stars.get("study").get("withheld"))).isEmpty();
        assertThat(stars.get("norms").get("score").decimalValue()).isEqualByComparingTo("16.6");
        assertThat(texts(stars.get("norms").get("withheld"))).containsExactly("belowThreshold");
        assertThat(stars.get("democracy").get("score").decimalValue()).isEqualByComparingTo("7");
        assertThat(texts(stars.get("democracy").get("withheld"))).containsExactly("belowThreshold", "falsified");
    }

    @Test
    void listsEveryReasonAStarIsWithheldInTheOrderOfTheSpec() {
        // study: 1a false (0 − 2), 1c 1, 3a 2: earned 3 − baseline 1 = 2, − 2 = 0 < 16; baseline violated; falsified
        String year = """
                {"rubric": "shaoxing-2018", "year": 2018, "units": [{"id": "U01",
                  "falsified": {"study-1a": 1}, "checks": {"study-1a": true, "study-1c": true},
                  "baselineViolations": [{"id": "study-B2", "points": 1}]}]}""";

        run(year, "-");
        JsonNode study = json(stdout()).get("units").get(0).get("stars").get("study");

        assertThat(study.get("score").decimalValue()).isEqualByComparingTo("0");
        assertThat(study.get("awarded").booleanValue()).isFalse();
        assertThat(texts(study.get("withheld"))).containsExactly("belowThreshold", "baseline", "falsified");
    }

    @Test
    void honoursTheOfficialConductStandings() {
        // computed from the 7 rated units: places U007 1, U006 2, U005 3, U004 4, U003 5, U001 6, U008 7;
        // 末三位 = places > 7 − 3 = 4: U003, U001, U008. Official: mean 85 and exactly U007 in the last places.
        run(InvalidDocuments.exampleYear(), "-");
        JsonNode computed = json(stdout());
        run(withOfficialConduct(InvalidDocuments.exampleYear()), "-");
        JsonNode official = json(stdout());

        assertThat(vetoed(computed)).containsExactly("U001", "U003", "U008");
        assertThat(vetoed(official)).containsExactly("U007");
        // 市商务局 89.4: below the computed mean 642.1 / 7 = 91.73 and vetoed; above the official 85, not listed
        assertThat(computed.get("units").get(0).get("performanceExcellent").booleanValue()).isFalse();
        assertThat(official.get("units").get(0).get("performanceExcellent").booleanValue()).isTrue();
        assertThat(official.get("units").get(6).get("performanceExcellent").booleanValue()).isFalse();
    }

    /** The example year with the committee's official 行风评议 standings entered. */
    private static String withOfficialConduct(String exampleYear) {
        return exampleYear.replaceFirst("\\{", "{\"conduct\": {\"mean\": 85, \"bottom\": [\"U007\"]},");
    }

    private static java.util.List<String> vetoed(JsonNode result) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        result.get("units").forEach(unit -> {
            if (unit.get("vetoed").booleanValue()) {
                ids.add(unit.get("id").stringValue());
            }
        });
        return ids;
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        array.forEach(item -> texts.add(item.stringValue()));
        return texts;
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    @Test
    void readsStandardInputForADash() {
        int exit = run(InvalidDocuments.exampleYear(), "-");

        assertThat(exit).isZero();
        assertThat(stdout()).startsWith("{\"rubric\":\"shaoxing-2018\",\"year\":2018,\"units\":[{\"id\":\"U001\"");
    }

    @Test
    void writesExactDecimalsWithoutBinaryNoise() {
        String year = """
                {"rubric": "shaoxing-2018", "year": 2018, "units": [{"id": "U01", "counts": {"study-2b": 1, "norms-3a": 3}}]}""";

        run(year, "-");

        assertThat(stdout()).contains("\"study-2b\":0.3,").contains("\"norms-3a\":1.2,").doesNotContain("0000");
    }

    @Test
    void readsNumbersExactlyAsWritten() {
        // scoring-io.md: 0.59999999999999999999 is not 0.6 — as a double it would be, and reach the 60 % line
        String year = """
                {"rubric": "shaoxing-2018", "year": 2018, "units": [
                  {"id": "U01", "rates": {"innovation-3d": 0.59999999999999999999},
                   "roster": [{"role": "leadership", "hours": 39.99999999999999999999}]},
                  {"id": "U02", "rates": {"innovation-3d": 0.6}, "roster": [{"role": "leadership", "hours": 40}]}]}""";

        run(year, "-");
        JsonNode units = json(stdout()).get("units");

        assertThat(units.get(0).get("elements").get("innovation-3d").decimalValue()).isEqualByComparingTo("0");
        assertThat(units.get(0).get("elements").get("study-2c").decimalValue()).isEqualByComparingTo("0");
        assertThat(units.get(1).get("elements").get("innovation-3d").decimalValue()).isEqualByComparingTo("1");
        assertThat(units.get(1).get("elements").get("study-2c").decimalValue()).isEqualByComparingTo("4");
    }

    @Test
    void explainsEveryElementWhenAsked() {
        run(InvalidDocuments.exampleYear(), "--explain", "-");

        assertThat(stdout()).contains("\"explanations\":{\"study-1a\":[\"规则：").contains("\"bonusItems\":[");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.xingping.scoring.InvalidDocuments#all")
    void refusesBadInputWithExitCode2AndTheProblemOnStandardError(InvalidDocuments.Case bad) {
        int exit = run(bad.document(), "-");

        assertThat(exit).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr().lines()).anySatisfy(line -> assertThat(line).startsWith(bad.expectedProblem()));
    }

    @Test
    void refusesAMissingFileWithExitCode2() {
        int exit = run("", "/nonexistent/year.json");

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("cannot read /nonexistent/year.json: no such file");
    }

    @Test
    void refusesWrongUsageWithExitCode2() {
        assertThat(run("")).isEqualTo(2);
        assertThat(stderr()).contains("missing FILE").contains("usage: xingping score");
        assertThat(run("", "--verbose", "-")).isEqualTo(2);
        assertThat(stderr()).contains("unknown option --verbose");
    }

    private int run(String stdin, String... args) {
        out.reset();
        err.reset();
        return ScoreCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

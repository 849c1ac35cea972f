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
    /** The input example of scoring-io.md, word for word. */
    private static final String SPEC_EXAMPLE = """
                {
                  "rubric": "shaoxing-2018",
                  "year": 2018,
                  "conduct": null,
                  "units": [
                    {
                      "id": "U01",
                      "name": "市财政局",
                      "inTargetAssessment": true,
                      "committeeOwn": false,
                      "checks":   { "study-1a": true, "norms-1b": true },
                      "counts":   { "study-1b": 2, "norms-3a": 12, "norms-1a": { "party": 2, "mass": 1 },
                                    "study-3b": { "first-half": 1, "second-half": 1 } },
                      "assessed": { "norms-1d": 5.5 },
                      "tiers":    { "innovation-2e": "standard" },
                      "rates":    { "innovation-3d": 0.65 },
                      "roster":   [ { "role": "leadership", "hours": 42 }, { "role": "ordinary", "hours": 20.5 } ],
                      "penalties": { "study-2b": { "criticized": 1 }, "study-3a": { "unimplemented": 3 } },
                      "falsified": { "norms-3a": 2, "study-1a": 1, "innovation-2e": { "tier": "standard" } },
                      "baselineViolations": [ { "id": "study-B1", "points": 2 } ],
                      "seriousDeductions":  [ { "points": 3, "reason": "市纪委通报 2018-07" } ],
                      "performance": { "targetWinner": true, "leadershipSound": true,
                                       "conductScore": 91.5, "conductImproved": false, "conductAccepted": null },
                      "bonus": {
                        "commendations":    [ { "project": "机关党建品牌", "level": "provincial", "date": "2018-05-02" } ],
                        "innovationAwards": [ { "project": "智慧党建", "level": "municipal", "form": "exchange", "date": "2018-09-10" } ],
                        "pilot": { "pilot": true, "succeeded": false },
                        "inspection": "excellent"
                      }
                    }
                  ]
                }""";

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

    @Test
    void scoresUnderTheGivenRubricFileInsteadOfTheNamedOne(@TempDir Path dir) throws IOException {
        // 市商务局's 规范星 16.6 of 25 is under 80 % (20) and over 60 % (15)
        Path rubric = dir.resolve("reform.yaml");
        Files.writeString(rubric, bundledRubric().replace("id: shaoxing-2018", "id: shaoxing-2018-reform")
                .replace("starThreshold: 0.8", "starThreshold: 0.6"));

        run(InvalidDocuments.exampleYear(), "-");
        JsonNode current = json(stdout());
        int exit = run(InvalidDocuments.exampleYear(), "--rubric", rubric.toString(), "-");
        JsonNode reform = json(stdout());

        assertThat(exit).isZero();
        assertThat(stderr()).isEmpty();
        assertThat(reform.get("rubric").stringValue()).isEqualTo("shaoxing-2018-reform");
        assertThat(current.get("units").get(0).get("stars").get("norms").get("awarded").booleanValue()).isFalse();
        assertThat(reform.get("units").get(0).get("stars").get("norms").get("awarded").booleanValue()).isTrue();
        assertThat(reform.get("units").get(0).get("stars").get("norms").get("score").decimalValue()).isEqualByComparingTo("16.6");
    }

    @Test
    void refusesABadRubricFileWithEveryProblemAndExitTwo(@TempDir Path dir) throws IOException {
        Path rubric = dir.resolve("bad.yaml");
        Files.writeString(rubric, bundledRubric().replace("starThreshold: 0.8", "starThreshold: 1.5")
                .replace("conductVetoTies: pass", "conductVetoTies: maybe"));

        int exit = run(InvalidDocuments.exampleYear(), "--rubric", rubric.toString(), "-");

        assertThat(exit).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr().lines()).containsExactly(
                rubric + ": policy.starThreshold: must be a share in (0, 1], not 1.5",
                rubric + ": policy.conductVetoTies: must be pass or fail, not maybe");
    }

    @Test
    void refusesAMissingRubricFileAndAMissingRubricArgument(@TempDir Path dir) {
        assertThat(run(InvalidDocuments.exampleYear(), "--rubric", dir.resolve("none.yaml").toString(), "-")).isEqualTo(2);
        assertThat(stderr()).contains("none.yaml: no such file");
        assertThat(run(InvalidDocuments.exampleYear(), "-", "--rubric")).isEqualTo(2);
        assertThat(stderr()).contains("--rubric needs a rubric file");
    }

    private static String bundledRubric() {
        return com.xingping.rubric.RubricLoader.bundledText("shaoxing-2018");
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
    void scoresTheInputExampleOfTheSpecAsWorkedOutByHand() {
        run(SPEC_EXAMPLE, "-");
        JsonNode unit = json(stdout()).get("units").get(0);
        JsonNode elements = unit.get("elements");
        JsonNode stars = unit.get("stars");

        // study: 1a checked but "1" falsified — the check is the false one: 0 − 2 × 1 = −2; 1b 2;
        // 2b nothing counted, criticized once → clamped 0; 2c L42 ✓, O20.5 ✗ → 4 × 1/2 = 2;
        // 3a 2 − 3 × 0.2 = 1.4; 3b one per half-year 0.5 + 0.5 = 1;
        // earned 2 + 2 + 2.4 = 6.4, − baseline study-B1 2 = 4.4, − falsification 2 = 2.4
        assertThat(elements.get("study-1a").decimalValue()).isEqualByComparingTo("-2");
        assertThat(elements.get("study-1b").decimalValue()).isEqualByComparingTo("2");
        assertThat(elements.get("study-2b").decimalValue()).isEqualByComparingTo("0");
        assertThat(elements.get("study-2c").decimalValue()).isEqualByComparingTo("2");
        assertThat(elements.get("study-3b").decimalValue()).isEqualByComparingTo("1");
        assertThat(unit.get("criteria").get("study-1").decimalValue()).isEqualByComparingTo("0");
        assertThat(stars.get("study").get("score").decimalValue()).isEqualByComparingTo("2.4");
        assertThat(texts(stars.get("study").get("withheld"))).containsExactly("belowThreshold", "baseline", "falsified");
        // norms: 1a 党建 2 × 0.5 = 1 + 群团 0.5 = 1.5; 1b 1; 1d 5.5; 3a 12 counted, 2 false: 10 × 0.4 = 4 (the cap),
        // − 2 × 0.8 = 2.4; earned 1.5 + 1 + 5.5 + 4 = 12, − 1.6 = 10.4
        assertThat(elements.get("norms-1a").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(elements.get("norms-3a").decimalValue()).isEqualByComparingTo("2.4");
        assertThat(stars.get("norms").get("score").decimalValue()).isEqualByComparingTo("10.4");
        assertThat(texts(stars.get("norms").get("withheld"))).containsExactly("belowThreshold", "falsified");
        // innovation: 2e the true 规范化阵地 earns 3, the false claim of one beside it costs 2 × 3: −3; 3d 65 % → 1;
        // earned 3 + 1 = 4, − 6 = −2
        assertThat(elements.get("innovation-2e").decimalValue()).isEqualByComparingTo("-3");
        assertThat(stars.get("innovation").get("score").decimalValue()).isEqualByComparingTo("-2");
        // service 0, democracy 3 (democracy-3a); 党建 2.4 + 10.4 + 0 + 3 − 2 = 13.8
        assertThat(stars.get("democracy").get("score").decimalValue()).isEqualByComparingTo("3");
        assertThat(unit.get("partyScore").decimalValue()).isEqualByComparingTo("13.8");
        // 加分: provincial commendation 2 + municipal innovation award in exchange form 0.5 + pilot 1 + 优秀 2 = 5.5
        assertThat(unit.get("bonus").decimalValue()).isEqualByComparingTo("5.5");
        // total 13.8 + 5.5 − 3 = 16.3
        assertThat(unit.get("total").decimalValue()).isEqualByComparingTo("16.3");
        assertThat(unit.get("starCount").intValue()).isZero();
        // the only rated unit: at the mean 91.5, and no veto when n ≤ 3
        assertThat(unit.get("vetoed").booleanValue()).isFalse();
        assertThat(unit.get("performanceExcellent").booleanValue()).isTrue();
        assertThat(unit.get("doubleExcellent").booleanValue()).isFalse();
        assertThat(unit.get("advanced").isNull()).isTrue();
        assertThat(unit.get("rank").intValue()).isEqualTo(1);
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

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

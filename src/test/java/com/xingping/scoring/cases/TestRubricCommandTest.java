package com.xingping.scoring.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.xingping.rubric.RubricLoader;

class TestRubricCommandTest {
    private static final String TWO_CASES = """
            - name: empty unit
              notice: "（2分，未落实的每项扣0.2分）"
              given: {}
              expect: { total: 5, elements: { study-3a: 2.00 } }

            - name: wrong expectations
              notice: "制定年度学习教育计划（1分）"
              given:
                checks: { study-1c: true }
              expect:
                elements: { study-1c: 1, study-1d: 1 }
                stars: { study: { score: 4, awarded: true } }
            """;

    @TempDir
    Path dir;
    private Path rubric;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void bundledRubric() throws IOException {
        rubric = write("shaoxing-2018.yaml", RubricLoader.bundledText("shaoxing-2018"));
    }

    @Test
    void passingCasesExitZeroWithACount() throws IOException {
        Path cases = write("cases.yaml", TWO_CASES.substring(0, TWO_CASES.indexOf("- name: wrong")));

        assertThat(run(rubric.toString(), cases.toString())).isZero();
        assertThat(stdout()).isEqualTo("1 case passed\n");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void aFailingCaseExitsOneWithADiffLinePerDifferingValue() throws IOException {
        Path cases = write("cases.yaml", TWO_CASES);

        assertThat(run(rubric.toString(), cases.toString())).isEqualTo(1);
        assertThat(stdout()).isEqualTo("""
                case wrong expectations (cases.yaml:6): elements.study-1d expected 1 but was 0
                case wrong expectations (cases.yaml:6): stars.study.score expected 4 but was 3
                case wrong expectations (cases.yaml:6): stars.study.awarded expected true but was false
                1 of 2 cases failed
                """);
        assertThat(stderr()).isEmpty();
    }

    @Test
    void casesOfSeveralFilesAndUnitsKeyedById() throws IOException {
        Path first = write("first.yaml", TWO_CASES.substring(0, TWO_CASES.indexOf("- name: wrong")));
        Path year = write("year.yaml", """
                - name: ranks
                  notice: "equal keys share a rank (1, 2, 2, 4)"
                  given:
                    units: [ { id: A, checks: { norms-2d: true } }, { id: B }, { id: C, checks: { study-3d: true } } ]
                  expect:
                    A: { rank: 1 }
                    B: { rank: 2 }
                """);

        assertThat(run(rubric.toString(), first.toString(), year.toString())).isEqualTo(1);
        assertThat(stdout()).isEqualTo("""
                case ranks (year.yaml:1): B.rank expected 2 but was 3
                1 of 2 cases failed
                """);
    }

    @Test
    void theCasesRunAgainstTheRubricFileGivenNotTheBundledOne() throws IOException {
        String text = RubricLoader.bundledText("shaoxing-2018")
                .replace("id: shaoxing-2018", "id: shaoxing-2019")
                .replace("year: 2018", "year: 2019")
                .replace("starThreshold: 0.8", "starThreshold: 0.1");
        Path next = write("shaoxing-2019.yaml", text);
        Path cases = write("cases.yaml", """
                - name: a tenth of the star is enough next year
                  notice: "starThreshold 0.1"
                  given: { checks: { study-1c: true } }
                  expect: { stars: { study: { score: 3, awarded: true } } }
                """);

        assertThat(run(next.toString(), cases.toString())).isZero();
        assertThat(stdout()).isEqualTo("1 case passed\n");
    }

    @Test
    void anUnknownKeyInACaseIsBadInput() throws IOException {
        Path cases = write("cases.yaml", TWO_CASES.replace("  given: {}", "  given: {}\n  expected: {}"));

        assertThat(run(rubric.toString(), cases.toString())).isEqualTo(2);
        assertThat(stderr()).contains("cases.yaml:1: case empty unit: unknown key expected");
    }

    @Test
    void malformedYamlIsBadInputNamingTheFile() throws IOException {
        Path cases = write("broken.yaml", "- name: x\n  given: { checks: [\n");

        assertThat(run(rubric.toString(), cases.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("broken.yaml:").contains("not readable YAML");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void factsTheReaderRefusesAreBadInputNamingFileAndCase() throws IOException {
        Path cases = write("cases.yaml", TWO_CASES.replace("checks: { study-1c: true }", "checks: { study-9z: true }"));

        assertThat(run(rubric.toString(), cases.toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("cases.yaml:6: case wrong expectations: given refused by the document reader: "
                + "unit U1: checks.study-9z: no such element\n");
    }

    @Test
    void anExpectationNamingNoElementIsBadInput() throws IOException {
        Path cases = write("cases.yaml", TWO_CASES.replace("study-1d: 1", "study-1z: 1"));

        assertThat(run(rubric.toString(), cases.toString())).isEqualTo(2);
        assertThat(stderr()).contains("cases.yaml:6: case wrong expectations: expect.elements.study-1z: no such element in the rubric");
    }

    @Test
    void aBrokenRubricIsBadInputNamingTheFileAndReason() throws IOException {
        Path broken = write("broken-rubric.yaml", RubricLoader.bundledText("shaoxing-2018")
                .replaceFirst("max: 3\n", "max: 4\n"));
        Path cases = write("cases.yaml", TWO_CASES);

        assertThat(run(broken.toString(), cases.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("bad rubric " + broken).contains("study-1");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void missingFilesAndArgumentsAreBadInput() throws IOException {
        Path cases = write("cases.yaml", TWO_CASES);

        assertThat(run(dir.resolve("none.yaml").toString(), cases.toString())).isEqualTo(2);
        assertThat(stderr()).contains("none.yaml: cannot read: no such file");
        err.reset();
        assertThat(run(rubric.toString(), dir.resolve("gone.yaml").toString())).isEqualTo(2);
        assertThat(stderr()).contains("gone.yaml: cannot read: no such file");
        err.reset();
        assertThat(run(rubric.toString())).isEqualTo(2);
        assertThat(stderr()).contains("usage: xingping test-rubric RUBRIC.yaml CASES.yaml...");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private int run(String... args) {
        return TestRubricCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

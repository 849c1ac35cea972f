package com.xingping.scoring.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.xingping.rubric.RubricLoader;

/**
 * Every case of src/main/resources/rubric-cases, run against the bundled 2018 rubric file: one
 * test per case, named by the case, failing with the case's differences.
 */
class RubricCasesTest {
    private static final Path CASES = Path.of("src/main/resources/rubric-cases");
    private static final Path RUBRIC = Path.of("src/main/resources/rubrics/shaoxing-2018.yaml");

    @TestFactory
    Stream<DynamicNode> everyCaseHoldsForThe2018Rubric() throws IOException {
        CaseRunner runner = new CaseRunner(RubricLoader.parse(Files.readString(RUBRIC), RUBRIC.toString()));
        List<Path> files;
        try (Stream<Path> listed = Files.list(CASES)) {
            files = listed.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        assertThat(files.stream().mapToInt(file -> CaseFiles.read(file).size()).sum()).isGreaterThanOrEqualTo(60);
        return files.stream().map(file -> DynamicContainer.dynamicContainer(file.getFileName().toString(),
                CaseFiles.read(file).stream().map(rubricCase -> DynamicTest.dynamicTest(rubricCase.name(),
                        file.toUri().resolve("?line=" + rubricCase.line()),
                        () -> assertThat(runner.differences(rubricCase)).as(rubricCase.label()).isEmpty()))));
    }
}

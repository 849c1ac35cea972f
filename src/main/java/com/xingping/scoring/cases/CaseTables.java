package com.xingping.scoring.cases;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.xingping.rubric.Rubric;

/**
 * Runs case tables against a rubric held in memory (a draft on the platform): each case passes, fails
 * with its differences, or cannot be run with the reason; a case file that cannot be read is one
 * outcome of its own.
 */
public final class CaseTables {
    private CaseTables() {
    }

    /** A case file's name and text. */
    public record CaseFile(String name, String text) {
    }

    public enum Verdict {
        PASSED, FAILED, NOT_RUN
    }

    /** One case's outcome: where it is written, its name, the notice's words, and what differed. */
    public record Outcome(String file, int line, String name, String notice, Verdict verdict, List<String> lines) {
    }

    public static List<Outcome> run(Rubric rubric, List<CaseFile> files) {
        CaseRunner runner = new CaseRunner(rubric);
        List<Outcome> outcomes = new ArrayList<>();
        for (CaseFile file : files) {
            List<RubricCase> cases;
            try {
                cases = CaseFiles.read(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)), file.name());
            } catch (BadCaseInput e) {
                outcomes.add(new Outcome(file.name(), 0, "", "", Verdict.NOT_RUN, List.of(e.getMessage())));
                continue;
            }
            for (RubricCase rubricCase : cases) {
                outcomes.add(outcome(runner, rubricCase));
            }
        }
        return outcomes;
    }

    private static Outcome outcome(CaseRunner runner, RubricCase rubricCase) {
        try {
            List<String> differences = runner.differences(rubricCase);
            return new Outcome(rubricCase.file(), rubricCase.line(), rubricCase.name(), rubricCase.notice(),
                    differences.isEmpty() ? Verdict.PASSED : Verdict.FAILED, differences);
        } catch (BadCaseInput e) {
            return new Outcome(rubricCase.file(), rubricCase.line(), rubricCase.name(), rubricCase.notice(), Verdict.NOT_RUN,
                    List.of(e.getMessage()));
        }
    }
}

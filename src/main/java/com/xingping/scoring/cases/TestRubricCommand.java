package com.xingping.scoring.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricException;
import com.xingping.rubric.RubricLoader;

/**
 * {@code xingping test-rubric RUBRIC.yaml CASES.yaml…}: runs rubric case files against a rubric
 * file, so the committee can check a rubric before opening a year on it (docs/rubric-cases.md).
 * Exit codes: 0 every case passed, 1 some case failed (a diff line per differing value), 2 bad
 * usage or bad input (an unreadable file, a broken rubric, a bad case file or case).
 */
public final class TestRubricCommand {
    public static final String NAME = "test-rubric";
    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    private static final String USAGE = "usage: xingping test-rubric RUBRIC.yaml CASES.yaml...";

    private TestRubricCommand() {
    }

    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            stdout.println(USAGE);
            return PASSED;
        }
        if (args.length < 2) {
            stderr.println(args.length == 0 ? "missing RUBRIC.yaml and CASES.yaml" : "missing CASES.yaml");
            stderr.println(USAGE);
            return BAD_INPUT;
        }
        Rubric rubric;
        try {
            rubric = rubric(Path.of(args[0]));
        } catch (BadCaseInput e) {
            stderr.println(e.getMessage());
            return BAD_INPUT;
        }
        List<String> errors = new ArrayList<>();
        List<RubricCase> cases = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try {
                cases.addAll(CaseFiles.read(Path.of(args[i])));
            } catch (BadCaseInput e) {
                errors.add(e.getMessage());
            }
        }
        CaseRunner runner = new CaseRunner(rubric);
        int failed = 0;
        for (RubricCase rubricCase : cases) {
            try {
                List<String> differences = runner.differences(rubricCase);
                if (!differences.isEmpty()) {
                    failed++;
                    differences.forEach(line -> stdout.println(rubricCase.label() + ": " + line));
                }
            } catch (BadCaseInput e) {
                errors.add(e.getMessage());
            }
        }
        errors.forEach(stderr::println);
        if (!errors.isEmpty()) {
            return BAD_INPUT;
        }
        if (failed > 0) {
            stdout.println(failed + " of " + cases(cases.size()) + " failed");
            return FAILED;
        }
        stdout.println(cases(cases.size()) + " passed");
        return PASSED;
    }

    private static String cases(int count) {
        return count + (count == 1 ? " case" : " cases");
    }

    private static Rubric rubric(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return RubricLoader.parse(in, path.toString());
        } catch (NoSuchFileException e) {
            throw new BadCaseInput(path + ": cannot read: no such file");
        } catch (IOException e) {
            throw new BadCaseInput(path + ": cannot read: " + e.getMessage());
        } catch (RubricException e) {
            throw new BadCaseInput("bad rubric " + e.getMessage());
        }
    }
}

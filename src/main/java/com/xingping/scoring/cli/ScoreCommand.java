package com.xingping.scoring.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricException;
import com.xingping.rubric.RubricLoader;
import com.xingping.scoring.InvalidDocumentException;
import com.xingping.scoring.ScoringDocumentReader;
import com.xingping.scoring.ScoringDocumentWriter;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.YearResult;

/**
 * {@code xingping score [--explain] [--rubric RUBRIC.yaml] FILE|-}: reads a scoring input document and prints
 * the output document, scored under the rubric the document names or, with {@code --rubric}, under that
 * rubric file instead (a reform scenario). Exit codes: 0 scored, 2 bad usage, bad rubric file or bad input
 * (each problem on its own line of stderr).
 */
public final class ScoreCommand {
    public static final String NAME = "score";
    static final int OK = 0;
    static final int BAD_INPUT = 2;
    private static final String USAGE = "usage: xingping score [--explain] [--rubric RUBRIC.yaml] FILE"
            + "   (FILE '-' reads standard input; --rubric scores under that rubric file instead of the one FILE names)";

    private ScoreCommand() {
    }

    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        boolean explain = false;
        String rubricFile = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--explain")) {
                explain = true;
            } else if (arg.equals("--rubric")) {
                if (i + 1 == args.length || rubricFile != null) {
                    stderr.println(rubricFile == null ? "--rubric needs a rubric file" : "give --rubric once");
                    stderr.println(USAGE);
                    return BAD_INPUT;
                }
                rubricFile = args[++i];
            } else if (arg.equals("--help") || arg.equals("-h")) {
                stdout.println(USAGE);
                return OK;
            } else if (arg.startsWith("--")) {
                stderr.println("unknown option " + arg);
                stderr.println(USAGE);
                return BAD_INPUT;
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 1) {
            stderr.println(files.isEmpty() ? "missing FILE" : "give exactly one FILE, not " + files.size());
            stderr.println(USAGE);
            return BAD_INPUT;
        }
        Rubric rubric = null;
        if (rubricFile != null) {
            try (InputStream in = Files.newInputStream(Path.of(rubricFile))) {
                rubric = RubricLoader.parse(in, rubricFile);
            } catch (RubricException e) {
                for (String problem : e.problems()) {
                    stderr.println(rubricFile + ": " + problem);
                }
                return BAD_INPUT;
            } catch (NoSuchFileException e) {
                stderr.println("cannot read " + rubricFile + ": no such file");
                return BAD_INPUT;
            } catch (IOException e) {
                stderr.println("cannot read " + rubricFile + ": " + e.getMessage());
                return BAD_INPUT;
            }
        }
        String file = files.get(0);
        try (InputStream in = file.equals("-") ? stdin : Files.newInputStream(Path.of(file))) {
            ScoringInput input = rubric == null ? ScoringDocumentReader.read(in) : ScoringDocumentReader.readInstead(in, rubric);
            YearResult result = new ScoringEngine(input.rubric()).score(input);
            OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
            ScoringDocumentWriter.write(input.rubric(), result, out, explain);
            out.write('\n');
            out.flush();
            return OK;
        } catch (InvalidDocumentException e) {
            e.problems().forEach(stderr::println);
            return BAD_INPUT;
        } catch (NoSuchFileException e) {
            stderr.println("cannot read " + file + ": no such file");
            return BAD_INPUT;
        } catch (IOException e) {
            stderr.println("cannot read " + file + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }
}

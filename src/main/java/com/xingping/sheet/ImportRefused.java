package com.xingping.sheet;

import java.util.ArrayList;
import java.util.List;

import com.xingping.kernel.Refusal;

/**
 * A spreadsheet with bad rows: nothing of it was imported. The message counts every problem;
 * {@link #problems()} names the first {@value #LISTED} of them, so that a file that is wrong on every
 * one of its thousands of rows still answers with a page (and an API body) of a readable size.
 */
public class ImportRefused extends Refusal {
    static final int LISTED = 200;
    private final transient List<RowProblem> problems;
    private final int total;

    /** @param what what the file would have imported, e.g. "党员", "单位" */
    public ImportRefused(String what, List<RowProblem> problems) {
        super("file", "文件有 " + problems.size() + " 处错误，未导入任何" + what + "；请改正后重新导入");
        this.problems = List.copyOf(problems.subList(0, Math.min(LISTED, problems.size())));
        this.total = problems.size();
    }

    /** The first problems, in the order of the rows. */
    public List<RowProblem> problems() {
        return problems;
    }

    /** How many problems are not in {@link #problems()}. */
    public int unlisted() {
        return total - problems.size();
    }

    /** The listed problems as lines, and one more saying how many were left out, if any. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(problems.stream().map(RowProblem::line).toList());
        if (unlisted() > 0) {
            lines.add("……另有 " + unlisted() + " 处错误未列出（只列出前 " + LISTED + " 处）");
        }
        return lines;
    }
}

package com.xingping.sheet;

import java.util.List;

import com.xingping.kernel.Refusal;

/**
 * A spreadsheet with bad rows: nothing of it was imported; {@link #problems()} names every bad row.
 * The API answers 400 with one {@code errors} entry a row problem, the pages list them all.
 */
public class ImportRefused extends Refusal {
    private final transient List<RowProblem> problems;

    /** @param what what the file would have imported, e.g. "党员", "单位" */
    public ImportRefused(String what, List<RowProblem> problems) {
        super("file", "文件有 " + problems.size() + " 处错误，未导入任何" + what + "；请改正后重新导入");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public List<String> lines() {
        return problems.stream().map(RowProblem::line).toList();
    }
}

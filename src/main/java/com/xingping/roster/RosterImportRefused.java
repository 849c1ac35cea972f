package com.xingping.roster;

import java.util.List;

import com.xingping.kernel.Refusal;

/** A roster file with bad rows: nothing of it was imported; {@link #problems()} names every bad row. */
public class RosterImportRefused extends Refusal {
    private final transient List<RowProblem> problems;

    RosterImportRefused(List<RowProblem> problems) {
        super("file", "文件有 " + problems.size() + " 处错误，未导入任何党员；请改正后重新导入");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}

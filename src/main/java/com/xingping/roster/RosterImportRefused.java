package com.xingping.roster;

import java.util.List;

import com.xingping.sheet.ImportRefused;
import com.xingping.sheet.RowProblem;

/** A roster file with bad rows: nothing of it was imported (see {@link ImportRefused}). */
public class RosterImportRefused extends ImportRefused {

    RosterImportRefused(List<RowProblem> problems) {
        super("党员", problems);
    }
}

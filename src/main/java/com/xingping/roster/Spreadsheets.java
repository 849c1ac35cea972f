package com.xingping.roster;

/** The roster's spreadsheet file names, in Chinese for the worker who saves them. */
final class Spreadsheets {
    private Spreadsheets() {
    }

    static String templateName() {
        return "党员名册模板.xlsx";
    }

    static String rosterName(RosterView view) {
        return view.unitName() + "-" + view.year() + "年度党员名册.xlsx";
    }
}

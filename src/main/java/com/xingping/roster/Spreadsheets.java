package com.xingping.roster;

import org.springframework.http.ResponseEntity;

import com.xingping.sheet.SheetDownload;

/** A spreadsheet download, named in Chinese for the worker who saves it. */
final class Spreadsheets {
    private Spreadsheets() {
    }

    static ResponseEntity<byte[]> download(String filename, byte[] content) {
        return SheetDownload.of(filename, content);
    }

    static String templateName() {
        return "党员名册模板.xlsx";
    }

    static String rosterName(RosterView view) {
        return view.unitName() + "-" + view.year() + "年度党员名册.xlsx";
    }
}

package com.xingping.roster;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A spreadsheet download, named in Chinese for the worker who saves it. */
final class Spreadsheets {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Spreadsheets() {
    }

    static ResponseEntity<byte[]> download(String filename, byte[] content) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    static String templateName() {
        return "党员名册模板.xlsx";
    }

    static String rosterName(RosterView view) {
        return view.unitName() + "-" + view.year() + "年度党员名册.xlsx";
    }
}

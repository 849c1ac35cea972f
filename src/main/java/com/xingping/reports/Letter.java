package com.xingping.reports;

import java.time.ZoneId;
import java.util.List;

/** What every report of one download shares: the heading, 文号, the closing date and the downloader's watermark. */
record Letter(String committee, String documentNumber, String date, String watermark, ZoneId zone) {

    Report report(String title, List<Report.Block> blocks, List<String> signatures) {
        return new Report(committee, documentNumber, title, blocks, signatures, date, watermark);
    }
}

package com.xingping.sheet;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Who downloaded an export and when, stamped on it so a copy that leaves the platform (or its
 * printout) names its source: "导出：张三（zhangsan） 2026-12-07 20:15 中国标准时间（UTC+08:00）".
 * It goes in every sheet's printed header and footer and in the file's description; each export
 * also writes {@link #text()} where a reader sees it on screen.
 */
public record Watermark(String text) {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzzz（'UTC'xxx）", Locale.SIMPLIFIED_CHINESE);

    /** The mark of a download by {@code who} now, in the clock's zone. */
    public static Watermark of(Downloader who, Clock clock) {
        return new Watermark("导出：" + who.displayName() + "（" + who.username() + "） "
                + WHEN.withZone(clock.getZone()).format(clock.instant()));
    }

    /** Header right and footer left of every sheet (page numbers footer right), and the file's description. */
    public void stamp(Workbook book) {
        String printed = text.replace("&", "&&"); // & starts a header/footer code
        for (Sheet sheet : book) {
            sheet.getHeader().setRight(printed);
            sheet.getFooter().setLeft(printed);
            sheet.getFooter().setRight("第 &P 页，共 &N 页");
        }
        XSSFWorkbook xssf = book instanceof SXSSFWorkbook streamed ? streamed.getXSSFWorkbook() : (XSSFWorkbook) book;
        xssf.getProperties().getCoreProperties().setDescription(text);
    }
}

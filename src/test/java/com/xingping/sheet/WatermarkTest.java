package com.xingping.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WatermarkTest {
    private static final Clock EVENING = Clock.fixed(Instant.parse("2026-12-07T12:15:00Z"), ZoneId.of("Asia/Shanghai"));

    record Person(String displayName, String username) implements Downloader {
    }

    @Test
    void namesTheDownloaderTheirAccountAndTheTimeWithItsZone() {
        assertThat(Watermark.of(new Person("张三", "zhangsan"), EVENING).text())
                .isEqualTo("导出：张三（zhangsan） 2026-12-07 20:15 中国标准时间（UTC+08:00）");
    }

    @Test
    void anExportCarriesItInThePrintedHeaderAndFooterOfEverySheetAndInItsDescription() throws IOException {
        Watermark mark = Watermark.of(new Person("R&D 李四", "lisi"), EVENING);
        byte[] bytes = SheetTemplate.of("名册", "姓名", "学时").row("王五", 12).watermark(mark).bytes();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getHeader().getRight()).isEqualTo("导出：R&&D 李四（lisi） 2026-12-07 20:15 中国标准时间（UTC+08:00）");
            assertThat(sheet.getFooter().getLeft()).isEqualTo(sheet.getHeader().getRight());
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo(mark.text());
            assertThat(sheet.getRow(0).getCell(2)).isNull();
            assertThat(book.getProperties().getCoreProperties().getDescription()).isEqualTo(mark.text());
        }
    }
}

package com.xingping.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.xingping.sheet.Watermark;

/**
 * The filtered audit log as an .xlsx: what was asked and who exported it when on the first row, then
 * one row per entry, newest first.
 */
final class AuditWorkbook {
    static final List<String> HEADINGS = List.of("编号", "时间", "账号", "客户端地址", "操作", "对象类型", "对象编号", "结果", "变更前", "变更后",
            "哈希");

    private AuditWorkbook() {
    }

    static byte[] of(Map<String, Object> asked, List<AuditEntry> entries, ZoneId zone, Watermark mark) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("审计日志");
            sheet.createRow(0).createCell(0).setCellValue("筛选条件：" + (asked.isEmpty() ? "全部" : asked.toString())
                    + "；共 " + entries.size() + " 条；时区 " + zone + "；" + mark.text());
            Row heading = sheet.createRow(1);
            for (int i = 0; i < HEADINGS.size(); i++) {
                heading.createCell(i).setCellValue(HEADINGS.get(i));
            }
            int r = 2;
            for (AuditEntry entry : entries) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(entry.id());
                row.createCell(1).setCellValue(time.format(entry.at()));
                row.createCell(2).setCellValue(entry.account());
                row.createCell(3).setCellValue(text(entry.address()));
                row.createCell(4).setCellValue(entry.action());
                row.createCell(5).setCellValue(entry.objectType());
                if (entry.objectId() != null) {
                    row.createCell(6).setCellValue(entry.objectId());
                }
                row.createCell(7).setCellValue(entry.outcomeLabel());
                row.createCell(8).setCellValue(text(entry.before()));
                row.createCell(9).setCellValue(text(entry.after()));
                row.createCell(10).setCellValue(text(entry.hash()));
            }
            mark.stamp(book);
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

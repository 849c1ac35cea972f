package com.xingping.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.junit.jupiter.api.Test;

import com.xingping.kernel.Refusal;
import com.xingping.kernel.TooLarge;
import com.xingping.support.Xlsx;
import com.xingping.support.XlsxPackage;

/** How every import reads its spreadsheet, before any row is judged. */
class SheetReaderTest {
    static final String NOT_A_SHEET = "该文件不是可导入的表格。可导入的格式：Excel 表格（.xlsx、.xls）、OpenDocument 表格（.ods）、"
            + "CSV 文件（UTF-8 或 GBK 编码）；请下载模板填写后导入";
    static final SheetReader.Layout LAYOUT = SheetReader.Layout.of(3, "一次最多导入 3 个单位", "单位编码", "得分")
            .withOptional("单位名称");

    @Test
    void findsTheColumnsByTheirHeadersInAnyOrderAndSkipsBlankRows() {
        byte[] file = Xlsx.header("得分(百分制)", "备注", "单位编码").row(91.5, "好", "U01").row(null, "只有备注", null)
                .row("88", null, " U02 ").bytes();

        List<SheetRow> rows = SheetReader.rows(file, LAYOUT);

        assertThat(rows).extracting(SheetRow::number).containsExactly(2, 4);
        assertThat(rows.get(0).text("单位编码")).isEqualTo("U01");
        assertThat(rows.get(0).cell("得分").number().value()).isEqualByComparingTo("91.5");
        assertThat(rows.get(1).text("单位编码")).isEqualTo("U02");
        assertThat(rows.get(1).cell("得分").number().value()).isEqualByComparingTo("88");
        assertThat(rows.get(1).text("单位名称")).isEmpty();
    }

    @Test
    void aNumberIsReadAsExcelShowsItOrSaysWhyItIsNone() {
        byte[] file = Xlsx.header("单位编码", "得分").row("U01", 0.1 + 0.2).row("U02", "九十").row("U03", null).bytes();

        List<SheetRow> rows = SheetReader.rows(file, LAYOUT);

        assertThat(rows.get(0).cell("得分").number().value()).isEqualByComparingTo("0.3");
        assertThat(rows.get(1).cell("得分").number().problem()).isEqualTo("须为数字，不是“九十”");
        assertThat(rows.get(2).cell("得分").number().problem()).isEqualTo("不能为空");
    }

    @Test
    void refusesAFileWithoutTheHeadersWithTooManyRowsOrThatIsNoSpreadsheet() {
        assertThatThrownBy(() -> SheetReader.rows(Xlsx.header("编码", "分数").row("U01", 1).bytes(), LAYOUT))
                .isInstanceOf(Refusal.class).hasMessage("第 1 行须为表头“单位编码”“得分”，请下载模板填写后导入");
        assertThatThrownBy(() -> SheetReader.rows(Xlsx.header("单位编码", "得分").row("A", 1).row("B", 2).row("C", 3)
                .row("D", 4).bytes(), LAYOUT)).isInstanceOf(Refusal.class).hasMessage("一次最多导入 3 个单位");
        assertThatThrownBy(() -> SheetReader.rows(Xlsx.pdf(), LAYOUT)).isInstanceOf(Refusal.class)
                .hasMessage(NOT_A_SHEET);
        assertThatThrownBy(() -> SheetReader.rows(Xlsx.docx("单位编码 得分"), LAYOUT)).isInstanceOf(Refusal.class)
                .hasMessage(NOT_A_SHEET);
    }

    @Test
    void readsEveryKindOfCellAsExcelShowsIt() {
        byte[] file = XlsxPackage.sheet("""
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>得分</t></is></c>\
                <c r="C1" t="inlineStr"><is><r><t>单位</t></r><r><t>名称</t></r><rPh><t>たんい</t></rPh></is></c></row>
                <row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" s="1"><v>43115</v></c><c r="C3" t="inlineStr"><is><t> 市_x000D_财政局 </t></is></c></row>
                <row><c r="A4" t="str"><f>"U"&amp;"04"</f><v>U04</v></c><c r="B4"><f>A1*2</f><v>88.5</v></c></row>
                <row><c><v>5</v></c><c t="b"><v>1</v></c></row>
                <row r="8"><c r="A8" t="inlineStr"><is><t>U08</t></is></c><c r="B8" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
                <row r="9"><c r="A9" t="inlineStr"><is><t>U09</t></is></c><c r="B9" s="2"><v>-3</v></c></row>
                <row r="10"><c r="A10" t="inlineStr"><is><t>U10</t></is></c><c r="B10" s="3"><v>45000</v></c></row>
                <row r="11" ht="20" customHeight="1"/>
                <row r="12"><c r="A12" t="inlineStr"><is><t>  </t></is></c><c r="B12" s="1"/></row>
                <row r="13"><c r="A13" t="inlineStr"><is><t>U13</t></is></c><c r="B13" t="inlineStr"><is><t>９０</t></is></c></row>
                """).sharedStrings("<t>单位编码</t>", "<r><t>U0</t></r><r><t>3</t></r>")
                .styles("<numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>",
                        "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"2\"/>").bytes();

        List<SheetRow> rows = SheetReader.rows(file, SheetReader.Layout.of(10, "", "单位编码", "得分").withOptional("单位名称"));

        assertThat(rows).extracting(SheetRow::number).containsExactly(3, 4, 5, 8, 9, 10, 13);
        assertThat(rows.get(0).text("单位编码")).isEqualTo("U03");
        assertThat(rows.get(0).cell("得分").number().problem()).as("a date is no score").isEqualTo("须为数字");
        assertThat(rows.get(0).text("单位名称")).isEqualTo("市\r财政局");
        assertThat(rows.get(1).text("单位编码")).as("a formula's cached text").isEqualTo("U04");
        assertThat(rows.get(1).cell("得分").number().value()).isEqualByComparingTo("88.5");
        assertThat(rows.get(2).text("单位编码")).as("a cell without its reference follows the previous").isEqualTo("5");
        assertThat(rows.get(2).cell("得分").text()).isEqualTo("true");
        assertThat(rows.get(2).cell("得分").number().problem()).isEqualTo("须为数字");
        assertThat(rows.get(3).cell("得分").text()).isEmpty();
        assertThat(rows.get(3).cell("得分").number().problem()).isEqualTo("须为数字");
        assertThat(rows.get(4).cell("得分").number().value()).as("a negative number is no date").isEqualByComparingTo("-3");
        assertThat(rows.get(5).cell("得分").number().value()).isEqualByComparingTo("45000");
        assertThat(rows.get(6).cell("得分").number().value()).as("full-width digits").isEqualByComparingTo("90");
    }

    @Test
    void readsAnXlsLikeAnXlsx() throws Exception {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("导入");
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("单位编码");
            header.createCell(3).setCellValue("得分(百分制)");
            Row first = sheet.createRow(4);
            first.createCell(0).setCellValue(" U01 ");
            first.createCell(3).setCellValue(0.1 + 0.2);
            Row dated = sheet.createRow(5);
            dated.createCell(0).setCellValue("U02");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            dated.createCell(3).setCellStyle(date);
            dated.getCell(3).setCellValue(43115);
            sheet.createRow(6).createCell(1).setCellValue("只有备注");
            workbook.write(out);

            List<SheetRow> rows = SheetReader.rows(out.toByteArray(), LAYOUT);

            assertThat(rows).extracting(SheetRow::number).containsExactly(5, 6);
            assertThat(rows.get(0).text("单位编码")).isEqualTo("U01");
            assertThat(rows.get(0).cell("得分").number().value()).isEqualByComparingTo("0.3");
            assertThat(rows.get(1).cell("得分").number().problem()).isEqualTo("须为数字");
        }
    }

    @Test
    void refusesAMillionRowsAtTheLimitWithoutHoldingTheSheet() {
        byte[] file = XlsxPackage.scores(1_000_000);
        SheetReader.Layout thousand = SheetReader.Layout.of(1000, "一次最多导入 1000 个单位", "单位编码", "得分");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SheetReader.rows(Xlsx.header("单位编码", "得分").row("U01", 90).bytes(), thousand);

        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        assertThatThrownBy(() -> SheetReader.rows(file, thousand)).isInstanceOf(Refusal.class)
                .hasMessage("一次最多导入 1000 个单位");
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        System.out.printf("1,000,000 rows in %,d bytes: refused after %d ms, %,d bytes allocated%n", file.length,
                (System.nanoTime() - start) / 1_000_000, allocated);

        assertThat(file.length).isLessThan(1024 * 1024);
        assertThat(allocated).as("bytes allocated reading the file").isLessThan(32L * 1024 * 1024);
    }

    @Test
    void refusesAFileThatInflatesFarBeyondAnyTemplate() {
        byte[] strings = XlsxPackage.sheet("<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>")
                .sharedStrings(Collections.nCopies(1_500_000, "<t>单位编码</t>").toArray(String[]::new)).bytes();
        byte[] rows = XlsxPackage.sheet(out -> {
            out.write("<row><c t=\"inlineStr\"><is><t>单位编码</t></is></c><c t=\"inlineStr\"><is><t>得分</t></is></c></row>");
            for (int i = 0; i < 10_000_000; i++) {
                out.write("<row/><row/>");
            }
        }).bytes();

        assertThat(strings.length + rows.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> SheetReader.rows(strings, LAYOUT)).isInstanceOf(TooLarge.class)
                .hasMessage("该表格文件其中 xl/sharedStrings.xml 的压缩比超过 100 倍，不是正常的文件（可能是“压缩炸弹”），未保存任何内容");
        assertThatThrownBy(() -> SheetReader.rows(rows, LAYOUT)).isInstanceOf(TooLarge.class)
                .hasMessageContaining("其中 xl/worksheets/sheet1.xml 的压缩比超过 100 倍");
        // behind the whole-file check, each part is still inflated only up to its cap while it is parsed
        assertThatThrownBy(() -> StreamedSheet.read(strings, LAYOUT)).isInstanceOf(Refusal.class)
                .hasMessage("该 Excel 文件解压后过大（其中 xl/sharedStrings.xml 超过 16 MB），不是正常填写的表格；"
                        + "请下载模板，把数据复制进去后再导入");
        assertThatThrownBy(() -> StreamedSheet.read(rows, LAYOUT)).isInstanceOf(Refusal.class)
                .hasMessageContaining("其中 xl/worksheets/sheet1.xml 超过 100 MB");
    }

    @Test
    void anUploadIsReadNoFurtherThanItsLimit() {
        SheetUpload huge = new SheetUpload("大文件.xlsx", new ByteArrayInputStream(Xlsx.noise(3 * 1024 * 1024)));
        SheetUpload empty = new SheetUpload("空.xlsx", new ByteArrayInputStream(new byte[0]));

        assertThatThrownBy(() -> huge.bytes(2 * 1024 * 1024, limit -> "文件过大：不能超过 " + limit))
                .isInstanceOf(Refusal.class).hasMessage("文件过大：不能超过 2 MB");
        assertThatThrownBy(() -> empty.bytes(1024, limit -> "")).isInstanceOf(Refusal.class).hasMessageContaining("空");
        assertThatThrownBy(() -> new SheetUpload(null, null).bytes(1024, limit -> "")).isInstanceOf(Refusal.class)
                .hasMessage("请选择要导入的表格文件");
        assertThat(SheetUpload.size(512 * 1024)).isEqualTo("512 KB");
    }
}

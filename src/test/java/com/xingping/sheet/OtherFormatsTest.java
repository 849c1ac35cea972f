package com.xingping.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import com.xingping.kernel.Refusal;
import com.xingping.kernel.TooLarge;
import com.xingping.support.Csv;
import com.xingping.support.Ods;

/** OpenDocument spreadsheets and CSV files read as an .xlsx is, and told apart from what is neither. */
class OtherFormatsTest {
    private static final SheetReader.Layout LAYOUT = SheetReaderTest.LAYOUT;

    @Test
    void anOdsIsReadLikeAnXlsxAndItsRowsNameTheFormat() {
        byte[] file = Ods.header("得分(百分制)", "备注", "单位编码").row(91.5, "好", "U01").row(null, "只有备注", null)
                .row("88", null, " U02 ").bytes();

        List<SheetRow> rows = SheetReader.rows(file, LAYOUT);

        assertThat(rows).extracting(SheetRow::number).containsExactly(2, 4);
        assertThat(rows.get(0).text("单位编码")).isEqualTo("U01");
        assertThat(rows.get(0).cell("得分").number().value()).isEqualByComparingTo("91.5");
        assertThat(rows.get(1).text("单位编码")).isEqualTo("U02");
        assertThat(rows.get(1).cell("得分").number().value()).isEqualByComparingTo("88");
        assertThat(rows.get(1).problem("得分", "须在 0 至 100 分之间").line())
                .isEqualTo("第 4 行：得分 须在 0 至 100 分之间（OpenDocument .ods）");
    }

    @Test
    void readsEveryKindOfOdsCellAsLibreOfficeShowsIt() {
        byte[] file = Ods.content(Ods.SPREADSHEET, out -> out.write("""
                <table:table-header-rows><table:table-row>\
                <table:table-cell office:value-type="string"><text:p>单位编码</text:p></table:table-cell>\
                <table:table-cell office:value-type="string"><text:p>得<text:span>分</text:span></text:p>\
                <office:annotation><text:p>批注不是表头</text:p></office:annotation></table:table-cell>\
                <table:table-cell office:value-type="string"><text:p>单位名称</text:p></table:table-cell>\
                </table:table-row></table:table-header-rows>
                <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
                <table:table-row><table:table-cell office:value-type="string"><text:p>U05</text:p></table:table-cell>\
                <table:table-cell office:value-type="date" office:date-value="2018-01-15"><text:p>2018/1/15</text:p></table:table-cell>\
                <table:table-cell office:value-type="string"><text:p>市<text:s text:c="2"/>财政局</text:p><text:p>第二段</text:p></table:table-cell></table:table-row>
                <table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>U06</text:p></table:table-cell>\
                <table:table-cell office:value-type="percentage" office:value="0.955"><text:p>95.5%</text:p></table:table-cell></table:table-row>
                <table:table-row><table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>U08</text:p></table:table-cell></table:table-row>
                <table:table-row><table:table-cell office:value-type="string"><text:p>U09</text:p></table:table-cell>\
                <table:covered-table-cell/><table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell></table:table-row>
                """));

        List<SheetRow> rows = SheetReader.rows(file, SheetReader.Layout.of(10, "", "单位编码", "得分").withOptional("单位名称"));

        assertThat(rows).extracting(SheetRow::number).containsExactly(5, 6, 7, 8, 9);
        assertThat(rows.get(0).cell("得分").number().problem()).as("a date is no score").isEqualTo("须为数字");
        assertThat(rows.get(0).text("得分")).isEqualTo("2018/1/15");
        assertThat(rows.get(0).text("单位名称")).isEqualTo("市  财政局\n第二段");
        assertThat(rows.get(1).cell("得分").number().value()).isEqualByComparingTo("0.955");
        assertThat(rows.get(2).text("单位编码")).as("a repeated row is so many rows").isEqualTo("U06");
        assertThat(rows.get(3).text("得分")).as("a repeated cell is so many cells").isEqualTo("U08");
        assertThat(rows.get(4).text("单位名称")).isEqualTo("true");
        assertThat(rows.get(4).text("得分")).as("a merged-over cell is a column of its own").isEmpty();
    }

    @Test
    void csvInUtf8WithOrWithoutBomAndInGbkReadsTheSame() {
        Csv csv = Csv.header("单位编码", "得分", "单位名称").row("U01", "91.5", "市财政局").row("", "", "")
                .row("U02", "88", "市卫生健康委员会，“卫健委”\r\n（合署）");

        for (byte[] file : List.of(csv.utf8WithBom(), csv.utf8(), csv.gbk())) {
            List<SheetRow> rows = SheetReader.rows(file, LAYOUT);

            assertThat(rows).extracting(SheetRow::number).containsExactly(2, 4);
            assertThat(rows.get(0).text("单位编码")).isEqualTo("U01");
            assertThat(rows.get(0).cell("得分").number().value()).isEqualByComparingTo("91.5");
            assertThat(rows.get(0).text("单位名称")).isEqualTo("市财政局");
            assertThat(rows.get(1).text("单位名称")).isEqualTo("市卫生健康委员会，“卫健委”\r\n（合署）");
        }
        assertThat(SheetReader.rows(csv.utf8WithBom(), LAYOUT).get(0).problem("得分", "超出").line())
                .isEqualTo("第 2 行：得分 超出（CSV，UTF-8 编码）");
        assertThat(SheetReader.rows(csv.gbk(), LAYOUT).get(1).problem("得分", "超出").line())
                .isEqualTo("第 4 行：得分 超出（CSV，GBK 编码）");
    }

    @Test
    void csvQuotesAreReadAsExcelWritesThem() {
        String text = "单位编码,得分\n\"U\"\"01\",\"9\"\"0\"\nU02,\"8,5\"\n\"U03\" 甲,\"\"\n";

        List<SheetRow> rows = SheetReader.rows(text.getBytes(StandardCharsets.UTF_8), LAYOUT);

        assertThat(rows).extracting(row -> row.text("单位编码")).containsExactly("U\"01", "U02", "U03 甲");
        assertThat(rows.get(1).cell("得分").number().problem()).isEqualTo("须为数字，不是“8,5”");
        assertThat(rows.get(2).cell("得分").number().problem()).isEqualTo("不能为空");
        assertThatThrownBy(() -> SheetReader.rows("单位编码,得分\nU01,\"90\nU02,80\n".getBytes(Csv.GBK), LAYOUT))
                .isInstanceOf(Refusal.class)
                .hasMessage("第 2 行（CSV，GBK 编码）有引号没有成对，文件在引号内结束；请在表格软件中打开后重新另存为 CSV 再导入");
        assertThatThrownBy(() -> SheetReader.rows(Csv.header("编码", "分数").row("U01", 1).gbk(), LAYOUT))
                .isInstanceOf(Refusal.class).hasMessage("第 1 行（CSV，GBK 编码）须为表头“单位编码”“得分”，请下载模板填写后导入");
    }

    @Test
    void aFileThatIsNoSpreadsheetListsTheFormatsThatAre() {
        byte[] binary = {(byte) 0x89, 0x00, (byte) 0xFF, 0x10, (byte) 0xFE, (byte) 0x80, (byte) 0x81, 0x7F};
        byte[] neitherEncoding = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0x80};
        byte[] textDocument = Ods.content("application/vnd.oasis.opendocument.text", out -> out.write(""));

        for (byte[] file : List.of(binary, neitherEncoding, textDocument)) {
            assertThatThrownBy(() -> SheetReader.rows(file, LAYOUT)).isInstanceOf(Refusal.class)
                    .hasMessage(SheetReaderTest.NOT_A_SHEET);
        }
    }

    @Test
    void aFakeOdsIsRefusedClearly() throws Exception {
        byte[] bomb = Ods.content(Ods.SPREADSHEET, out -> {
            out.write("<table:table-row><table:table-cell office:value-type=\"string\"><text:p>单位编码</text:p></table:table-cell>"
                    + "<table:table-cell office:value-type=\"string\"><text:p>得分</text:p></table:table-cell></table:table-row>");
            for (int i = 0; i < 5_000_000; i++) {
                out.write("<table:table-row/><table:table-row/>");
            }
        });
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(broken)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(Ods.SPREADSHEET.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content>没有结束".getBytes(StandardCharsets.UTF_8));
        }
        byte[] encrypted = Ods.content(Ods.SPREADSHEET, out -> out.write(""));
        byte[] withPassword = withManifest(encrypted, "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/>");

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> SheetReader.rows(bomb, LAYOUT)).isInstanceOf(TooLarge.class)
                .hasMessage("该表格文件其中 content.xml 的压缩比超过 100 倍，不是正常的文件（可能是“压缩炸弹”），未保存任何内容");
        assertThatThrownBy(() -> OdsSheet.read(bomb, LAYOUT)).isInstanceOf(Refusal.class)
                .hasMessage("该 OpenDocument 表格解压后过大（其中 content.xml 超过 100 MB），不是正常填写的表格；"
                        + "请下载模板，把数据复制进去后再导入");
        assertThatThrownBy(() -> SheetReader.rows(broken.toByteArray(), LAYOUT)).isInstanceOf(Refusal.class)
                .hasMessage("无法读取该文件：它不是有效的 OpenDocument 表格（.ods），请下载模板填写后导入");
        assertThatThrownBy(() -> SheetReader.rows(withPassword, LAYOUT)).isInstanceOf(Refusal.class)
                .hasMessage("该表格文件设有密码，请取消密码后再导入");
    }

    /** The package again, its manifest holding {@code extra} as a password-protected file's does. */
    private static byte[] withManifest(byte[] ods, String extra) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(ods)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("META-INF/manifest.xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace("</manifest:manifest>", extra + "</manifest:manifest>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
            }
        }
        return out.toByteArray();
    }
}

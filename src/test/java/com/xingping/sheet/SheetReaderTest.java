package com.xingping.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.xingping.kernel.Refusal;
import com.xingping.support.Xlsx;

/** How every import reads its spreadsheet, before any row is judged. */
class SheetReaderTest {
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
                .hasMessage("该文件不是 Excel 表格（.xlsx 或 .xls），请下载模板填写后导入");
    }

    @Test
    void anUploadIsReadNoFurtherThanItsLimit() {
        SheetUpload huge = new SheetUpload("大文件.xlsx", new ByteArrayInputStream(Xlsx.noise(3 * 1024 * 1024)));
        SheetUpload empty = new SheetUpload("空.xlsx", new ByteArrayInputStream(new byte[0]));

        assertThatThrownBy(() -> huge.bytes(2 * 1024 * 1024, limit -> "文件过大：不能超过 " + limit))
                .isInstanceOf(Refusal.class).hasMessage("文件过大：不能超过 2 MB");
        assertThatThrownBy(() -> empty.bytes(1024, limit -> "")).isInstanceOf(Refusal.class).hasMessageContaining("空");
        assertThatThrownBy(() -> new SheetUpload(null, null).bytes(1024, limit -> "")).isInstanceOf(Refusal.class)
                .hasMessage("请选择要导入的 Excel 文件");
        assertThat(SheetUpload.size(512 * 1024)).isEqualTo("512 KB");
    }
}

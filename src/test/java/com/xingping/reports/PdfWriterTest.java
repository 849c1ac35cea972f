package com.xingping.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF writer on its own: long tables go on over pages under their header, pages numbered; the font's limits. */
class PdfWriterTest {
    private static final ReportFont FONT = new ReportFont(new ReportSettings(null, null, null));
    private static final Letter LETTER = new Letter("中共某市直属机关工作委员会", "某机工委〔2018〕3号", "2018年12月20日",
            "导出：张三（zhangsan） 2018-12-20 10:00 中国标准时间（UTC+08:00）", java.time.ZoneOffset.ofHours(8));

    @Test
    void aTableLongerThanAPageRepeatsItsHeaderAndEveryPageIsNumbered() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 120).mapToObj(i -> List.of(String.valueOf(i), "单位" + i, "8" + i + ".5"))
                .toList();
        Report report = LETTER.report("测试报告", List.of(new Report.Heading("一、排名"),
                new Report.Table(List.of("排名", "单位名称", "总分"), rows, List.of(1f, 3f, 1f), List.of(true, false, true))),
                List.of("审核人"));
        try (PDDocument doc = Loader.loadPDF(PdfWriter.write(report, FONT))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            List<String> texts = new ArrayList<>();
            for (int n = 1; n <= pages; n++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                texts.add(stripper.getText(doc));
            }
            for (int n = 1; n <= pages; n++) {
                assertThat(texts.get(n - 1)).as("page " + n).contains("第 " + n + " 页 / 共 " + pages + " 页", "导出：张三（zhangsan）");
            }
            assertThat(texts.get(0)).contains("中共某市直属机关工作委员会", "某机工委〔2018〕3号", "测试报告");
            assertThat(texts.subList(0, pages - 1)).allSatisfy(page -> assertThat(page).contains("排名 单位名称 总分"));
            assertThat(String.join("", texts).lines()).contains("1 单位1 81.5", "120 单位120 8120.5");
            assertThat(texts.get(pages - 1)).contains("审核人：", "中共某市直属机关工作委员会（盖章）", "2018年12月20日");
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMarkAndLongTextWraps() throws IOException {
        String longLine = "党".repeat(200);
        Report report = LETTER.report("单位\uD83D\uDE00报告", List.of(new Report.Text(longLine)), List.of());
        try (PDDocument doc = Loader.loadPDF(PdfWriter.write(report, FONT))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("单位?报告");
            assertThat(text.lines().filter(l -> l.startsWith("党")).count()).isGreaterThan(3);
        }
    }

    @Test
    void aMissingFontSaysWhatToInstall() {
        ReportFont missing = new ReportFont(new ReportSettings(null, null, "/nonexistent/font.ttf"));
        Report report = LETTER.report("测试", List.of(), List.of());
        assertThatThrownBy(() -> PdfWriter.write(report, missing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/font.ttf").hasMessageContaining("fonts-wqy-microhei")
                .hasMessageContaining("XINGPING_REPORTS_FONT");
    }

    @Test
    void theDocumentNumberTakesTheYear() {
        assertThat(new ReportSettings(" ", "绍市直机工委〔{year}〕12号", null).documentNumber(2018)).isEqualTo("绍市直机工委〔2018〕12号");
        assertThat(new ReportSettings(" ", "", null).documentNumber(2018)).isEmpty();
        assertThat(new ReportSettings(" ", null, null).committee("中共绍兴市委市直机关工委")).isEqualTo("中共绍兴市委市直机关工委");
        assertThat(new ReportSettings("某工委", null, null).committee("中共绍兴市委市直机关工委")).isEqualTo("某工委");
    }
}

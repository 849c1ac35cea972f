package com.xingping.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.PaneInformation;
import org.junit.jupiter.api.Test;

import com.xingping.sheet.Watermark;

/** The exports read back with POI: headers, frozen header, one row per unit, totals, the edition's numbers. */
class ExportWorkbooksTest {
    private final Edition edition = ResultsFixtures.example();
    private final ResultTable table = ResultTable.of(edition.standings(), ResultsFixtures.RUBRIC);
    private final EditionHead head = EditionHead.of(edition);
    private static final Watermark MARK = new Watermark("导出：王主任（wang） 2018-12-20 10:00 中国标准时间（UTC+08:00）");

    @Test
    void theResultsTableHasChineseHeadersUnderATitleAndAFrozenHeader() throws IOException {
        try (Workbook book = read(ResultsWorkbook.of(head, table, MARK))) {
            Sheet sheet = book.getSheet(ResultsWorkbook.SHEET);

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .contains("2018 年度", "考评结果", "第 1 版", "admin 发布于", "shaoxing-2018");
            assertThat(texts(sheet.getRow(1))).containsExactly("排名", "单位", "学习星", "规范星", "服务星", "民主星",
                    "创新星", "星级", "星数", "党建分", "加分", "底线扣分", "扣分事项", "弄虚作假倒扣", "严重违纪扣分", "总分",
                    "党建优", "业绩优", "一票否决", "双优", "先进/视同先进");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 2);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void oneRowPerUnitBestFirstWithTheEditionsNumbers() throws IOException {
        try (Workbook book = read(ResultsWorkbook.of(head, table, MARK))) {
            Sheet sheet = book.getSheet(ResultsWorkbook.SHEET);

            assertThat(sheet.getLastRowNum()).isEqualTo(2 + 8 + 1);
            for (int i = 0; i < table.rows().size(); i++) {
                ResultTable.Row expected = table.rows().get(i);
                Row row = sheet.getRow(2 + i);
                assertThat(number(row.getCell(0))).isEqualByComparingTo(BigDecimal.valueOf(expected.rank()));
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.name());
                for (int s = 0; s < 5; s++) {
                    assertThat(number(row.getCell(2 + s))).isEqualByComparingTo(expected.stars().get(s).score());
                }
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo(expected.starMarks());
                assertThat(number(row.getCell(8))).isEqualByComparingTo(BigDecimal.valueOf(expected.starCount()));
                assertThat(number(row.getCell(9))).isEqualByComparingTo(expected.partyScore());
                assertThat(number(row.getCell(10))).isEqualByComparingTo(expected.bonus());
                assertThat(number(row.getCell(11))).isEqualByComparingTo(expected.deducted().baseline());
                assertThat(number(row.getCell(12))).isEqualByComparingTo(expected.deducted().penalties());
                assertThat(number(row.getCell(13))).isEqualByComparingTo(expected.deducted().falsification());
                assertThat(number(row.getCell(14))).isEqualByComparingTo(expected.serious());
                assertThat(number(row.getCell(15))).isEqualByComparingTo(expected.total());
                assertThat(row.getCell(16).getStringCellValue()).isEqualTo(expected.partyExcellent() ? "是" : "否");
                assertThat(row.getCell(17).getStringCellValue()).isEqualTo(expected.performanceExcellent() ? "是" : "否");
                assertThat(row.getCell(18).getStringCellValue()).isEqualTo(expected.vetoed() ? "是" : "否");
                assertThat(row.getCell(19).getStringCellValue()).isEqualTo(expected.doubleExcellent() ? "是" : "否");
            }
            assertThat(edition.standings().units()).anySatisfy(u -> assertThat(u.vetoed()).isTrue());
        }
    }

    @Test
    void theAverageAndCountRowsFollowTheUnits() throws IOException {
        try (Workbook book = read(ResultsWorkbook.of(head, table, MARK))) {
            Sheet sheet = book.getSheet(ResultsWorkbook.SHEET);
            Row average = sheet.getRow(10);
            Row count = sheet.getRow(11);

            assertThat(average.getCell(0).getStringCellValue()).isEqualTo(ResultsWorkbook.AVERAGE);
            assertThat(average.getCell(1).getStringCellValue()).isEqualTo("共 8 个单位");
            assertThat(number(average.getCell(11))).isEqualByComparingTo(
                    Numbers.mean(table.rows().stream().map(r -> r.deducted().baseline()).toList()));
            assertThat(number(average.getCell(15))).isEqualByComparingTo(
                    Numbers.mean(table.rows().stream().map(ResultTable.Row::total).toList()));
            assertThat(number(average.getCell(2))).isEqualByComparingTo(
                    Numbers.mean(table.rows().stream().map(r -> r.stars().get(0).score()).toList()));
            assertThat(count.getCell(0).getStringCellValue()).isEqualTo(ResultsWorkbook.COUNT);
            assertThat(number(count.getCell(2))).isEqualByComparingTo(
                    BigDecimal.valueOf(table.rows().stream().filter(r -> r.stars().get(0).awarded()).count()));
            assertThat(number(count.getCell(8))).isEqualByComparingTo(
                    BigDecimal.valueOf(table.rows().stream().mapToInt(ResultTable.Row::starCount).sum()));
            assertThat(number(count.getCell(19))).isEqualByComparingTo(BigDecimal.valueOf(table.doubleExcellentCount()));
        }
    }

    @Test
    void aUnitsScorecardHasOneRowPerElementWithItsTotalAndASummarySheet() throws IOException {
        UnitSheet unit = ResultsFixtures.sheet("1");

        try (Workbook book = read(ScorecardWorkbook.of(unit, MARK))) {
            Sheet elements = book.getSheet(ScorecardWorkbook.ELEMENTS_SHEET);
            Sheet summary = book.getSheet(ScorecardWorkbook.SUMMARY_SHEET);

            assertThat(elements.getRow(0).getCell(0).getStringCellValue()).startsWith(unit.unitName());
            assertThat(texts(elements.getRow(1))).containsExactlyElementsOf(ScorecardWorkbook.ELEMENT_HEADERS);
            assertThat(elements.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            int elementCount = ResultsFixtures.RUBRIC.elements().size();
            assertThat(elements.getLastRowNum()).isEqualTo(2 + elementCount);
            Row norms3a = find(elements, "norms-3a");
            assertThat(number(norms3a.getCell(5))).isEqualByComparingTo(edition.standings().unit("1").orElseThrow()
                    .element("norms-3a"));
            assertThat(norms3a.getCell(6).getStringCellValue()).contains("三会一课");
            Row total = elements.getRow(2 + elementCount);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo(ScorecardWorkbook.ELEMENTS_TOTAL);
            assertThat(number(total.getCell(4))).isEqualByComparingTo("100");
            BigDecimal sum = edition.standings().unit("1").orElseThrow().elements().values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(number(total.getCell(5))).isEqualByComparingTo(sum);
            assertThat(texts(summary.getRow(1))).containsExactlyElementsOf(ScorecardWorkbook.SUMMARY_HEADERS);
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("学习星");
            assertThat(number(find(summary, "总分").getCell(1))).isEqualByComparingTo(unit.summary().total());
        }
    }

    private static Row find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static BigDecimal number(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }

    private static Workbook read(byte[] content) throws IOException {
        return WorkbookFactory.create(new ByteArrayInputStream(content));
    }
}

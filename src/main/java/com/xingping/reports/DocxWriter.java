package com.xingping.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import com.xingping.reports.Report.Block;
import com.xingping.reports.Report.Chart;
import com.xingping.reports.Report.Heading;
import com.xingping.reports.Report.Table;
import com.xingping.reports.Report.Text;

/**
 * Writes a report as a Word document with POI: A4, the red heading and 文号 under a red rule, tables whose
 * header row repeats on every page, charts as pictures; the page footer numbers pages with Word's PAGE and
 * NUMPAGES fields and the header carries the downloader's watermark (also the file's description).
 */
final class DocxWriter {
    private static final String RED = "C81E1E";
    private static final String SONG = "宋体";
    private static final int TEXT_TWIPS = 9026; // A4 width less 2.54 cm margins, in twentieths of a point

    private DocxWriter() {
    }

    static byte[] write(Report report) {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            XWPFParagraph committee = paragraph(doc, ParagraphAlignment.CENTER);
            run(committee, report.committee(), 22, true, RED);
            if (!report.documentNumber().isEmpty()) {
                run(paragraph(doc, ParagraphAlignment.CENTER), report.documentNumber(), 12, false, null);
            }
            XWPFParagraph rule = paragraph(doc, ParagraphAlignment.CENTER);
            rule.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.THICK);
            rule.getCTPPr().getPBdr().getBottom().setColor(RED);
            run(paragraph(doc, ParagraphAlignment.CENTER), report.title(), 16, true, null);
            for (Block block : report.blocks()) {
                if (block instanceof Heading heading) {
                    run(paragraph(doc, ParagraphAlignment.LEFT), heading.text(), 12, true, null);
                } else if (block instanceof Text text) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
                    p.setIndentationFirstLine(420);
                    run(p, text.text(), 10.5, false, null);
                } else if (block instanceof Table table) {
                    table(doc, table);
                } else if (block instanceof Chart chart) {
                    chart(doc, chart);
                }
            }
            signatures(doc, report);
            headerAndFooter(doc, report.watermark());
            doc.getProperties().getCoreProperties().setTitle(report.title());
            doc.getProperties().getCoreProperties().setCreator(report.committee());
            doc.getProperties().getCoreProperties().setDescription(report.watermark());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        for (var side : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom,
                margins::setLeft, margins::setRight)) {
            side.accept(BigInteger.valueOf(1440));
        }
        margins.setHeader(BigInteger.valueOf(720));
        margins.setFooter(BigInteger.valueOf(720));
    }

    private static void signatures(XWPFDocument doc, Report report) {
        paragraph(doc, ParagraphAlignment.LEFT);
        for (String label : report.signatures()) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
            p.setSpacingBefore(240);
            run(p, label + "：______________________        日期：______________", 10.5, false, null);
        }
        paragraph(doc, ParagraphAlignment.LEFT);
        run(paragraph(doc, ParagraphAlignment.RIGHT), report.committee() + "（盖章）", 10.5, false, null);
        run(paragraph(doc, ParagraphAlignment.RIGHT), report.date(), 10.5, false, null);
    }

    private static void table(XWPFDocument doc, Table table) {
        int columns = table.headers().size();
        XWPFTable t = doc.createTable(table.rows().size() + 1, columns);
        t.setWidth(String.valueOf(TEXT_TWIPS));
        t.setCellMargins(30, 60, 30, 60);
        float total = (float) table.widths().stream().mapToDouble(Float::doubleValue).sum();
        for (int r = 0; r <= table.rows().size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<String> cells = r == 0 ? table.headers() : table.rows().get(r - 1);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(Math.round(TEXT_TWIPS * table.widths().get(c) / total)));
                if (r == 0) {
                    cell.setColor("EEEEEE");
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setSpacingAfter(0);
                p.setAlignment(r > 0 && table.numeric().get(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                run(p, cells.get(c), 9, r == 0, null);
            }
        }
        t.setInsideHBorder(org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType.SINGLE, 4, 0, "444444");
        t.setInsideVBorder(org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType.SINGLE, 4, 0, "444444");
        t.getCTTbl().getTblPr().getTblBorders().getTop().setVal(STBorder.SINGLE);
        paragraph(doc, ParagraphAlignment.LEFT);
    }

    private static void chart(XWPFDocument doc, Chart chart) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
        double widthPt = chart.widthCm() * 72 / 2.54;
        double heightPt = widthPt * chart.pixelHeight() / chart.pixelWidth();
        try {
            p.createRun().addPicture(new ByteArrayInputStream(chart.png()), Document.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void headerAndFooter(XWPFDocument doc, String watermark) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph mark = header.createParagraph();
        mark.setAlignment(ParagraphAlignment.RIGHT);
        run(mark, watermark, 7.5, false, "808080");
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        run(number, "第 ", 9, false, null);
        field(number, "PAGE", "1");
        run(number, " 页 / 共 ", 9, false, null);
        field(number, "NUMPAGES", "1");
        run(number, " 页", 9, false, null);
        XWPFParagraph footMark = footer.createParagraph();
        run(footMark, watermark, 7.5, false, "808080");
    }

    /** A simple field Word fills in when it lays the pages out; {@code shown} until then. */
    private static void field(XWPFParagraph paragraph, String instruction, String shown) {
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        var run = field.addNewR();
        run.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
        run.addNewT().setStringValue(shown);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        return p;
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold, String color) {
        XWPFRun run = p.createRun();
        run.setFontFamily(SONG);
        run.setFontFamily(SONG, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}

package com.xingping.reports;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import com.xingping.reports.Report.Block;
import com.xingping.reports.Report.Chart;
import com.xingping.reports.Report.Heading;
import com.xingping.reports.Report.Table;
import com.xingping.reports.Report.Text;

/**
 * Lays a report out on A4 pages with PDFBox: the red heading and 文号 on the first page, text wrapped a
 * character at a time (Chinese has no spaces to break at), tables whose header row repeats on each page,
 * charts as images; then, once the pages are counted, "第 n 页 / 共 N 页" and the watermark on each.
 */
final class PdfWriter {
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 64f;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = MARGIN;
    private static final float BODY = 10.5f;
    private static final float CELL = 8.5f;
    private static final float PAD = 3f;
    private static final Color RED = new Color(0xC8, 0x1E, 0x1E);

    private final PDDocument doc;
    private final ReportFont.Opened opened;
    private final PDType0Font font;
    /** Each character's advance (1/1000 of the size) and whether the font has it: asked once per report. */
    private final Map<Integer, Float> advances = new HashMap<>();
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    private PdfWriter(PDDocument doc, ReportFont.Opened opened) throws IOException {
        this.doc = doc;
        this.opened = opened;
        this.font = PDType0Font.load(doc, opened.font(), true);
    }

    static byte[] write(Report report, ReportFont fonts) {
        try (ReportFont.Opened opened = fonts.open(); PDDocument doc = new PDDocument()) {
            PdfWriter writer = new PdfWriter(doc, opened);
            writer.body(report);
            writer.stamp(report.watermark());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(report.title());
            info.setAuthor(report.committee());
            info.setSubject(report.watermark());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void body(Report report) throws IOException {
        newPage();
        centered(report.committee(), 22f, RED, true);
        if (!report.documentNumber().isEmpty()) {
            y -= 6;
            centered(report.documentNumber(), 12f, Color.BLACK, false);
        }
        y -= 4;
        out.setStrokingColor(RED);
        out.setLineWidth(1.6f);
        out.moveTo(MARGIN, y);
        out.lineTo(MARGIN + WIDTH, y);
        out.stroke();
        y -= 22;
        centered(report.title(), 16f, Color.BLACK, true);
        y -= 8;
        for (Block block : report.blocks()) {
            if (block instanceof Heading heading) {
                need(BODY * 10);
                y -= 6;
                paragraph(heading.text(), 12f, true, 0);
            } else if (block instanceof Text text) {
                paragraph(text.text(), BODY, false, 2 * BODY);
            } else if (block instanceof Table table) {
                table(table);
            } else if (block instanceof Chart chart) {
                chart(chart);
            }
        }
        signatures(report);
        out.close();
    }

    private void signatures(Report report) throws IOException {
        need(BODY * 2.2f * (report.signatures().size() + 4));
        y -= 18;
        for (String label : report.signatures()) {
            paragraph(label + "：______________________        日期：______________", BODY, false, 0);
            y -= 8;
        }
        y -= 14;
        right(report.committee() + "（盖章）");
        right(report.date());
    }

    private void right(String text) throws IOException {
        float width = width(text, BODY);
        y -= BODY * 1.8f;
        show(text, MARGIN + WIDTH - width, y, BODY, Color.BLACK, false);
    }

    private void centered(String text, float size, Color color, boolean bold) throws IOException {
        for (String line : wrap(text, size, WIDTH)) {
            y -= size * 1.4f;
            show(line, MARGIN + (WIDTH - width(line, size)) / 2, y, size, color, bold);
        }
    }

    private void paragraph(String text, float size, boolean bold, float indent) throws IOException {
        List<String> lines = wrap(text, size, WIDTH - indent);
        for (int i = 0; i < lines.size(); i++) {
            need(size * 1.7f);
            y -= size * 1.7f;
            show(lines.get(i), MARGIN + (i == 0 ? indent : 0), y, size, Color.BLACK, bold);
        }
    }

    private void table(Table table) throws IOException {
        float[] widths = new float[table.headers().size()];
        float total = (float) table.widths().stream().mapToDouble(Float::doubleValue).sum();
        for (int c = 0; c < widths.length; c++) {
            widths[c] = WIDTH * table.widths().get(c) / total;
        }
        y -= 4;
        need(rowHeight(table.headers(), widths) * 3);
        row(table.headers(), widths, table.numeric(), true);
        for (List<String> cells : table.rows()) {
            float height = rowHeight(cells, widths);
            if (y - height < BOTTOM) {
                newPage();
                row(table.headers(), widths, table.numeric(), true);
            }
            row(cells, widths, table.numeric(), false);
        }
        y -= 6;
    }

    private float rowHeight(List<String> cells, float[] widths) {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            lines = Math.max(lines, wrap(cells.get(c), CELL, widths[c] - 2 * PAD).size());
        }
        return lines * CELL * 1.35f + 2 * PAD;
    }

    private void row(List<String> cells, float[] widths, List<Boolean> numeric, boolean header) throws IOException {
        float height = rowHeight(cells, widths);
        float x = MARGIN;
        if (header) {
            out.setNonStrokingColor(new Color(0xEE, 0xEE, 0xEE));
            out.addRect(MARGIN, y - height, WIDTH, height);
            out.fill();
        }
        out.setStrokingColor(Color.DARK_GRAY);
        out.setLineWidth(0.5f);
        for (int c = 0; c < cells.size(); c++) {
            out.addRect(x, y - height, widths[c], height);
            out.stroke();
            float lineY = y - PAD - CELL;
            for (String line : wrap(cells.get(c), CELL, widths[c] - 2 * PAD)) {
                float left = !header && numeric.get(c) ? x + widths[c] - PAD - width(line, CELL) : x + PAD;
                show(line, left, lineY, CELL, Color.BLACK, header);
                lineY -= CELL * 1.35f;
            }
            x += widths[c];
        }
        y -= height;
    }

    private void chart(Chart chart) throws IOException {
        float width = Math.min(WIDTH, chart.widthCm() * 72f / 2.54f);
        float height = width * chart.pixelHeight() / chart.pixelWidth();
        need(height + 12);
        y -= height + 6;
        PDImageXObject image = LosslessFactory.createFromImage(doc,
                javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(chart.png())));
        out.drawImage(image, MARGIN + (WIDTH - width) / 2, y, width, height);
        y -= 6;
    }

    /** Starts a new page when less than {@code height} is left on this one. */
    private void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = A4.getHeight() - MARGIN;
    }

    /** Every page's number and the downloader's watermark, written once the pages are counted. */
    private void stamp(String watermark) throws IOException {
        int pages = doc.getNumberOfPages();
        for (int n = 1; n <= pages; n++) {
            PDPage page = doc.getPage(n - 1);
            try (PDPageContentStream footer = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                out = footer;
                String number = "第 " + n + " 页 / 共 " + pages + " 页";
                show(number, MARGIN + (WIDTH - width(number, 9f)) / 2, 36, 9f, Color.BLACK, false);
                show(watermark, MARGIN + WIDTH - width(watermark, 7.5f), A4.getHeight() - 36, 7.5f, Color.GRAY, false);
                show(watermark, MARGIN, 22, 7.5f, Color.GRAY, false);
            }
        }
    }

    private void show(String text, float x, float atY, float size, Color color, boolean bold) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        if (bold) {
            out.setStrokingColor(color);
            out.setLineWidth(size / 30f);
            out.setRenderingMode(RenderingMode.FILL_STROKE);
        } else {
            out.setRenderingMode(RenderingMode.FILL);
        }
        out.newLineAtOffset(x, atY);
        out.showText(printable(text));
        out.endText();
    }

    /** Characters the font has no glyph for are shown as "?" rather than failing the report. */
    private String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t') {
                shown.append(' ');
            } else if (glyphs.computeIfAbsent(cp, opened::has)) {
                shown.appendCodePoint(cp);
            } else {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private float width(String text, float size) {
        float width = 0;
        for (int cp : printable(text).codePoints().toArray()) {
            width += advances.computeIfAbsent(cp, this::advance);
        }
        return width / 1000f * size;
    }

    private float advance(int codePoint) {
        try {
            return font.getStringWidth(Character.toString(codePoint));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks at explicit new lines, else at the last character that fits. */
    private List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (int cp : paragraph.codePoints().toArray()) {
                float advance = width(Character.toString(cp), size);
                if (line.length() > 0 && used + advance > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.appendCodePoint(cp);
                used += advance;
            }
            lines.add(line.toString());
        }
        return lines;
    }
}

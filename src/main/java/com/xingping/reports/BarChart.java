package com.xingping.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A horizontal bar chart drawn with Java2D into a PNG at twice its printed size: one bar per label, its value
 * written after it, on a scale from 0 to the largest value.
 */
final class BarChart {
    private static final int SCALE = 2;
    private static final int WIDTH = 760;
    private static final int ROW = 22;
    private static final int TOP = 34;
    private static final Color BAR = new Color(0xC8, 0x1E, 0x1E);

    private BarChart() {
    }

    record Bar(String label, BigDecimal value) {
    }

    static Report.Chart draw(ReportFont fonts, String caption, List<Bar> bars, float widthCm) {
        int height = TOP + bars.size() * ROW + 16;
        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(Color.BLACK);
            g.setFont(fonts.awt(14f));
            g.drawString(caption, 8, 20);
            g.setFont(fonts.awt(11f));
            FontMetrics metrics = g.getFontMetrics();
            int labelWidth = Math.min(220, bars.stream().mapToInt(b -> metrics.stringWidth(b.label())).max().orElse(0) + 12);
            int left = 8 + labelWidth;
            int plot = WIDTH - left - 70;
            BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            g.drawLine(left, TOP - 4, left, TOP + bars.size() * ROW);
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                int y = TOP + i * ROW;
                int length = max.signum() <= 0 ? 0 : bar.value().max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(plot))
                        .divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
                g.setColor(BAR);
                g.fillRect(left + 1, y + 3, length, ROW - 8);
                g.setColor(Color.BLACK);
                g.drawString(fit(bar.label(), metrics, labelWidth - 8), 8, y + ROW - 8);
                g.drawString(bar.value().toPlainString(), left + length + 6, y + ROW - 8);
            }
        } finally {
            g.dispose();
        }
        return new Report.Chart(caption, png(image), image.getWidth(), image.getHeight(), widthCm);
    }

    private static String fit(String label, FontMetrics metrics, int width) {
        if (metrics.stringWidth(label) <= width) {
            return label;
        }
        String cut = label;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package com.xingping.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.springframework.stereotype.Component;

/**
 * The Chinese font of the reports: embedded (subset) in every PDF and drawn into the charts. It must have
 * TrueType outlines (PDFBox cannot subset the CFF outlines of Noto CJK); Debian's fonts-wqy-microhei
 * (文泉驿微米黑, Apache-2.0 or GPLv3) is the default. A missing font fails the report with what to install.
 */
@Component
class ReportFont {
    private final File file;
    private volatile Font awt;

    ReportFont(ReportSettings settings) {
        this.file = new File(settings.font() == null || settings.font().isBlank()
                ? "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc" : settings.font().strip());
    }

    /** The font opened for one PDF; closed with it. */
    record Opened(TrueTypeFont font, Closeable source) implements Closeable {
        boolean has(int codePoint) {
            try {
                return font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    Opened open() {
        requireFile();
        try {
            if (file.getName().toLowerCase().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                return new Opened(first[0], collection);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            return new Opened(font, font);
        } catch (IOException e) {
            throw missing(e.getMessage());
        }
    }

    /** The same font for Java2D, {@code size} points. */
    Font awt(float size) {
        Font base = awt;
        if (base == null) {
            requireFile();
            try {
                base = Font.createFonts(file)[0];
            } catch (IOException | FontFormatException e) {
                throw missing(e.getMessage());
            }
            awt = base;
        }
        return base.deriveFont(size);
    }

    private void requireFile() {
        if (!file.canRead()) {
            throw missing("文件不存在或不可读");
        }
    }

    private IllegalStateException missing(String why) {
        return new IllegalStateException("报告字体 " + file + " 无法使用（" + why + "）：在 Debian 上安装 fonts-wqy-microhei，"
                + "或以 XINGPING_REPORTS_FONT 指向一个含中文字形、TrueType 轮廓的字体文件");
    }
}

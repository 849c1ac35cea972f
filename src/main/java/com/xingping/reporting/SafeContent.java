package com.xingping.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What an evidence file of an accepted type must not be besides: a page a browser would run. Nothing an
 * upload is shown as HTML (downloads are never sniffed, and sandboxed if opened), yet a file
 * that is two things at once (a photo that is also a page, a PDF that runs a script when opened) is
 * refused outright, since a reviewer may save it and open it elsewhere. Each method answers the reason
 * to refuse, if any.
 */
final class SafeContent {
    /** Browsers sniff a page from its first bytes; a photo or document never starts with markup. */
    private static final int SNIFFED = 1024;
    private static final List<String> MARKUP = List.of("<html", "<script", "<svg", "<!doctype", "<body", "<iframe", "<?php");
    /** Photos up to this many pixels are decoded (subsampled, so memory stays small); a larger one is a decompression bomb. */
    private static final long MAX_PIXELS = 200_000_000L;
    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    private SafeContent() {
    }

    static Optional<String> markupAtStart(byte[] bytes) {
        return markup(bytes, 0, Math.min(bytes.length, SNIFFED))
                .map(tag -> "开头含有网页代码，不是真正的照片或文档");
    }

    /** A JPEG or PNG must decode as a picture and carry no page after the picture's end. */
    static Optional<String> image(EvidenceType type, byte[] bytes) {
        if (!decodes(bytes)) {
            return Optional.of("无法作为图片打开（文件已损坏或并非图片）");
        }
        int end = type == EvidenceType.PNG ? pngEnd(bytes) : jpegEnd(bytes);
        // a photo cut short (no end marker found) still decodes; then the whole file must be free of markup
        return markup(bytes, Math.max(end, 0), bytes.length).map(tag -> "图片结束后还附有网页代码，可能是伪装的网页");
    }

    /** A PDF must open and hold no JavaScript and no launch action anywhere (catalog, pages, annotations, names). */
    static Optional<String> pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            for (COSObjectKey key : List.copyOf(document.getDocument().getXrefTable().keySet())) {
                COSObject object = document.getDocument().getObjectFromPool(key);
                Optional<String> found = active(object.getObject(), 0);
                if (found.isPresent()) {
                    return found;
                }
            }
            return active(document.getDocument().getTrailer(), 0);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.of("无法作为 PDF 打开（文件已损坏或已加密）");
        }
    }

    /** JavaScript or a launch action in a PDF object, looking into direct dictionaries and arrays (indirect ones are visited on their own). */
    private static Optional<String> active(COSBase base, int depth) {
        if (depth > 32) {
            return Optional.empty();
        }
        if (base instanceof COSDictionary dictionary) {
            if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)
                    || COSName.JAVA_SCRIPT.equals(dictionary.getDictionaryObject(COSName.S))) {
                return Optional.of("含有 JavaScript 脚本（打开时可能自动运行）");
            }
            if (LAUNCH.equals(dictionary.getDictionaryObject(COSName.S))) {
                return Optional.of("含有启动外部程序的动作（/Launch）");
            }
            for (COSBase value : dictionary.getValues()) {
                Optional<String> found = value instanceof COSObject ? Optional.empty() : active(value, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase value = array.get(i);
                Optional<String> found = value instanceof COSObject ? Optional.empty() : active(value, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean decodes(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return false;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.sqrt(pixels / 1_000_000.0));
                param.setSourceSubsampling(step, step, 0, 0);
                // the raster, where the reader can: a CMYK JPEG (a scanner's) decodes though it has no RGB image
                return (reader.canReadRaster() ? reader.readRaster(0, param) : reader.read(0, param)) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** Where a PNG ends: just after its IEND chunk, walking chunk by chunk; -1 if it never comes. */
    static int pngEnd(byte[] bytes) {
        int at = 8;
        while (at + 12 <= bytes.length) {
            long length = Integer.toUnsignedLong(readInt(bytes, at));
            String chunk = new String(bytes, at + 4, 4, StandardCharsets.ISO_8859_1);
            long next = at + 12 + length;
            if (next > bytes.length) {
                return -1;
            }
            if (chunk.equals("IEND")) {
                return (int) next;
            }
            at = (int) next;
        }
        return -1;
    }

    /**
     * Where a JPEG ends: just after its end-of-image marker (FFD9), walking the marker segments and
     * skipping each scan's entropy-coded data (where FF is followed by 00 or a restart marker); -1 if
     * it never comes.
     */
    static int jpegEnd(byte[] bytes) {
        int at = 2;
        while (at + 1 < bytes.length) {
            if ((bytes[at] & 0xFF) != 0xFF) {
                return -1;
            }
            int marker = bytes[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0xD9) {
                return at + 2;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                at += 2;
                continue;
            }
            if (at + 3 >= bytes.length) {
                return -1;
            }
            int length = ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
            at += 2 + length;
            if (marker == 0xDA) {
                at = scanEnd(bytes, at);
            }
        }
        return -1;
    }

    /** The next marker after a scan's entropy-coded data. */
    private static int scanEnd(byte[] bytes, int at) {
        while (at + 1 < bytes.length) {
            if ((bytes[at] & 0xFF) == 0xFF) {
                int next = bytes[at + 1] & 0xFF;
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                    return at;
                }
            }
            at++;
        }
        return bytes.length;
    }

    private static Optional<String> markup(byte[] bytes, int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        String text = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return MARKUP.stream().filter(text::contains).findFirst();
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
    }
}

package com.xingping.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;

/** Hostile files, made on the spot: what a probe of the uploads sent. */
public final class CraftedFiles {
    public static final String PAGE = "<html><body><script>fetch('/api/v1/records').then(r => r.text()).then(alert)</script></body></html>";
    private static final int MEGABYTE = 1024 * 1024;
    private static byte[] docxBomb;
    private static byte[] xlsxBomb;

    private CraftedFiles() {
    }

    /** A real photo (a few kilobytes, so the page is past the first one) with a page after its end marker: opened as HTML, it runs the script. */
    public static byte[] jpegThenPage() {
        return concat(photo("jpg"), PAGE.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] pngThenPage() {
        return concat(photo("png"), PAGE.getBytes(StandardCharsets.UTF_8));
    }

    /** 64 × 64 random pixels: a few kilobytes whatever the format. */
    public static byte[] photo(String format) {
        Random random = new Random(7);
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 64; y++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real photo whose comment segment (right after the start marker) is a page: what a browser sniffing the first bytes sees. */
    public static byte[] jpegWithPageInComment() {
        byte[] jpeg = TestFiles.jpeg();
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        int length = page.length + 2;
        byte[] comment = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) (length >> 8), (byte) length}, page);
        byte[] start = {jpeg[0], jpeg[1]};
        byte[] rest = new byte[jpeg.length - 2];
        System.arraycopy(jpeg, 2, rest, 0, rest.length);
        return concat(concat(start, comment), rest);
    }

    /** A one-page PDF that runs a script when opened (saved by PDFBox 3, so its objects sit in compressed object streams). */
    public static byte[] pdfOpeningWithJavaScript() {
        return pdf(new PDActionJavaScript("app.alert('打开即运行');"));
    }

    public static byte[] pdfLaunching() {
        PDActionLaunch launch = new PDActionLaunch();
        launch.getCOSObject().setString("F", "cmd.exe");
        return pdf(launch);
    }

    /** A clean one-page PDF, as PDFBox writes it. */
    public static byte[] pdf() {
        return pdf(null);
    }

    private static byte[] pdf(PDAction openAction) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            if (openAction != null) {
                document.getDocumentCatalog().setOpenAction(openAction);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx whose document part is 1 GB of zeros, about 1 MB packed. */
    public static synchronized byte[] docxBomb() {
        if (docxBomb == null) {
            docxBomb = office("word/document.xml", 1024);
        }
        return docxBomb;
    }

    /** An .xlsx whose sheet is 1 GB of zeros, about 1 MB packed. */
    public static synchronized byte[] xlsxBomb() {
        if (xlsxBomb == null) {
            xlsxBomb = office("xl/workbook.xml", 1024);
        }
        return xlsxBomb;
    }

    /** A .docx of a thousand and one tiny parts. */
    public static byte[] docxOfManyParts() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 1000; i++) {
                entry(zip, "word/media/" + i + ".xml", new byte[] {'x'});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * An Office package whose main part is that many megabytes of zeros. Deflating a gigabyte takes
     * seconds; but after a sync flush every further megabyte of zeros deflates to the same bytes, so
     * the part is two deflated megabytes, the second repeated, written raw with its real CRC and sizes.
     */
    private static byte[] office(String mainPart, int megabytesOfZeros) {
        byte[] zeros = new byte[MEGABYTE];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] first = deflated(deflater, zeros, Deflater.SYNC_FLUSH);
        byte[] next = deflated(deflater, zeros, Deflater.SYNC_FLUSH);
        deflater.finish();
        byte[] last = deflated(deflater, new byte[0], Deflater.FULL_FLUSH);
        deflater.end();
        ByteArrayOutputStream part = new ByteArrayOutputStream(2 * MEGABYTE);
        part.writeBytes(first);
        CRC32 crc = new CRC32();
        crc.update(zeros);
        for (int i = 1; i < megabytesOfZeros; i++) {
            part.writeBytes(next);
            crc.update(zeros);
        }
        part.writeBytes(last);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 * MEGABYTE);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            ZipArchiveEntry types = new ZipArchiveEntry("[Content_Types].xml");
            zip.putArchiveEntry(types);
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
            ZipArchiveEntry main = new ZipArchiveEntry(mainPart);
            main.setMethod(ZipArchiveEntry.DEFLATED);
            main.setSize((long) megabytesOfZeros * MEGABYTE);
            main.setCompressedSize(part.size());
            main.setCrc(crc.getValue());
            zip.addRawArchiveEntry(main, new ByteArrayInputStream(part.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] deflated(Deflater deflater, byte[] input, int flush) {
        deflater.setInput(input);
        byte[] out = new byte[MEGABYTE];
        int length = deflater.deflate(out, 0, out.length, flush);
        return java.util.Arrays.copyOf(out, length);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}

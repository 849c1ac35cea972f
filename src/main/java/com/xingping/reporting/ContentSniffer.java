package com.xingping.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells an evidence file's type from its first bytes (and, for the zip- and OLE2-based office
 * formats, from the names inside), so an HTML page named {@code photo.jpg} is not a photo.
 */
final class ContentSniffer {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1");

    private ContentSniffer() {
    }

    static Optional<EvidenceType> detect(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(EvidenceType.JPEG);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(EvidenceType.PNG);
        }
        if (startsWith(content, PDF)) {
            return Optional.of(EvidenceType.PDF);
        }
        if (isHeif(content)) {
            return Optional.of(EvidenceType.HEIC);
        }
        if (startsWith(content, ZIP)) {
            return ooxml(content);
        }
        if (startsWith(content, OLE2)) {
            return ole2(content);
        }
        return Optional.empty();
    }

    static boolean isZip(byte[] content) {
        return startsWith(content, ZIP);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** ISO base media file: a {@code ftyp} box at offset 4 whose major brand is a HEIF one. */
    private static boolean isHeif(byte[] content) {
        return content.length >= 12 && new String(content, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")
                && HEIF_BRANDS.contains(new String(content, 8, 4, StandardCharsets.US_ASCII));
    }

    /** A docx or xlsx: a zip whose central directory lists the package's parts. */
    private static Optional<EvidenceType> ooxml(byte[] content) {
        Set<String> names = zipEntryNames(content);
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(EvidenceType.DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(EvidenceType.XLSX);
        }
        return Optional.empty();
    }

    /**
     * Reads only the zip's central directory (nothing is inflated, so a zip bomb costs nothing).
     * Answers an empty set for anything that is not a well-formed zip.
     */
    static Set<String> zipEntryNames(byte[] content) {
        ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = content.length - 22; i >= Math.max(0, content.length - 22 - 65_535); i--) {
            if (zip.getInt(i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        Set<String> names = new HashSet<>();
        if (end < 0) {
            return names;
        }
        int entries = Short.toUnsignedInt(zip.getShort(end + 10));
        long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
        for (int n = 0; n < entries; n++) {
            if (offset + 46 > content.length || zip.getInt((int) offset) != 0x02014b50) {
                return Set.of();
            }
            int nameLength = Short.toUnsignedInt(zip.getShort((int) offset + 28));
            int extraLength = Short.toUnsignedInt(zip.getShort((int) offset + 30));
            int commentLength = Short.toUnsignedInt(zip.getShort((int) offset + 32));
            if (offset + 46 + nameLength > content.length) {
                return Set.of();
            }
            names.add(new String(content, (int) offset + 46, nameLength, StandardCharsets.UTF_8));
            offset += 46L + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** A legacy .doc or .xls: an OLE2 compound file with a Word or Excel stream. */
    private static Optional<EvidenceType> ole2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return Optional.of(EvidenceType.DOC);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Optional.of(EvidenceType.XLS);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}

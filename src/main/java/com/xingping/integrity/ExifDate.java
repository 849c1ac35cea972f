package com.xingping.integrity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a JPEG's camera says it took the photo: Exif DateTimeOriginal (tag 0x9003), the camera's local
 * time without a zone, read from the APP1 segment's TIFF structure (IFD0 → Exif IFD). Anything missing,
 * malformed or pointing outside the file is no date.
 */
final class ExifDate {
    private static final int EXIF_IFD = 0x8769;
    private static final int DATE_TIME_ORIGINAL = 0x9003;
    private static final int ASCII = 2;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss");
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private ExifDate() {
    }

    static Optional<LocalDateTime> of(byte[] jpeg) {
        try {
            return app1(jpeg).flatMap(ExifDate::original);
        } catch (IndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    /** The TIFF structure inside the first Exif APP1 segment before the image data. */
    private static Optional<Tiff> app1(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return Optional.empty();
        }
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return Optional.empty();
            }
            int length = (jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF;
            int body = at + 4;
            if (length < 2 || at + 2 + length > jpeg.length) {
                return Optional.empty();
            }
            if (marker == 0xE1 && length >= 2 + EXIF_HEADER.length + 8 && startsWith(jpeg, body, EXIF_HEADER)) {
                int start = body + EXIF_HEADER.length;
                return Optional.of(new Tiff(jpeg, start, at + 2 + length));
            }
            at += 2 + length;
        }
        return Optional.empty();
    }

    private static Optional<LocalDateTime> original(Tiff tiff) {
        return tiff.ifd0().flatMap(ifd0 -> tiff.entry(ifd0, EXIF_IFD)).map(entry -> (int) tiff.u32(entry + 8))
                .flatMap(exif -> tiff.entry(exif, DATE_TIME_ORIGINAL)).flatMap(tiff::ascii).flatMap(ExifDate::parse);
    }

    private static Optional<LocalDateTime> parse(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), FORMAT));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A TIFF structure from {@code start} (its byte-order mark) to {@code end}; offsets count from {@code start}. */
    private record Tiff(byte[] bytes, int start, int end) {

        boolean littleEndian() {
            return bytes[start] == 'I' && bytes[start + 1] == 'I';
        }

        Optional<Integer> ifd0() {
            boolean known = littleEndian() || bytes[start] == 'M' && bytes[start + 1] == 'M';
            return known && u16(2) == 42 ? Optional.of((int) u32(4)) : Optional.empty();
        }

        /** The offset of the 12-byte entry of {@code tag} in the directory at {@code ifd}. */
        Optional<Integer> entry(int ifd, int tag) {
            if (ifd < 8 || start + ifd + 2 > end) {
                return Optional.empty();
            }
            int entries = u16(ifd);
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + 12 * i;
                if (start + entry + 12 > end) {
                    return Optional.empty();
                }
                if (u16(entry) == tag) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }

        /** An ASCII value: in the entry itself when it fits in four bytes, else at the offset the entry holds. */
        Optional<String> ascii(int entry) {
            long count = u32(entry + 4);
            if (u16(entry + 2) != ASCII || count < 1 || count > 64) {
                return Optional.empty();
            }
            int value = count <= 4 ? entry + 8 : (int) u32(entry + 8);
            if (value < 0 || start + value + count > end) {
                return Optional.empty();
            }
            String text = new String(bytes, start + value, (int) count, StandardCharsets.US_ASCII);
            int nul = text.indexOf('\0');
            return Optional.of(nul >= 0 ? text.substring(0, nul) : text);
        }

        int u16(int offset) {
            int a = bytes[start + offset] & 0xFF;
            int b = bytes[start + offset + 1] & 0xFF;
            return littleEndian() ? b << 8 | a : a << 8 | b;
        }

        long u32(int offset) {
            long high = u16(littleEndian() ? offset + 2 : offset);
            long low = u16(littleEndian() ? offset : offset + 2);
            return high << 16 | low;
        }
    }
}

package com.xingping.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How far a zip upload (an Office file, a spreadsheet to import) may inflate: at most {@code maxEntries}
 * entries, {@code maxInflatedBytes} inflated in all, and no entry inflating more than {@code maxRatio}
 * times the compressed bytes read so far once past {@link #GRACE_BYTES}. Every entry the central
 * directory lists is actually inflated and counted, stopping at the first limit crossed: the sizes a
 * zip declares are never trusted, so 1 GB of zeros packed into 1 MB is refused after inflating a few
 * hundred kilobytes. Office files only ever store or deflate; any other method or encryption is unreadable.
 */
public record ZipLimits(int maxEntries, long maxInflatedBytes, int maxRatio) {
    /** A small entry may compress well (an empty sheet's XML): POI's grace, too. */
    static final long GRACE_BYTES = 100 * 1024;
    public static final ZipLimits DEFAULT = new ZipLimits(1000, 100L * 1024 * 1024, 100);

    /** POI's own checks, for zips it opens itself, set to the same limits. */
    public void applyToPoi() {
        ZipSecureFile.setMaxFileCount(maxEntries);
        ZipSecureFile.setMaxEntrySize(maxInflatedBytes);
        ZipSecureFile.setMinInflateRatio(1.0 / maxRatio);
    }

    /**
     * Refuses (413, on {@code field}) a zip beyond the limits, naming {@code file} (e.g. "该表格文件");
     * answers whether the zip could be read at all (the caller says why not in its own words).
     */
    public boolean check(byte[] zip, String field, String file) {
        try (ZipFile archive = ZipFile.builder().setByteArray(zip).get()) {
            long total = 0;
            int entries = 0;
            byte[] packed = new byte[8 * 1024];
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<ZipArchiveEntry> all = archive.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > maxEntries) {
                    throw bomb(field, file, "包含超过 " + maxEntries + " 个内部文件");
                }
                boolean deflated = entry.getMethod() == ZipEntry.DEFLATED;
                if (!deflated && entry.getMethod() != ZipEntry.STORED || entry.getGeneralPurposeBit().usesEncryption()) {
                    return false;
                }
                Inflater inflater = new Inflater(true);
                try (InputStream raw = archive.getRawInputStream(entry)) {
                    long inflated = 0;
                    while (true) {
                        int n;
                        if (!deflated) {
                            n = raw.read(buffer);
                        } else if (inflater.needsInput()) {
                            int read = raw.read(packed);
                            if (read < 0) {
                                break;
                            }
                            inflater.setInput(packed, 0, read);
                            continue;
                        } else {
                            n = inflater.inflate(buffer);
                        }
                        if (n < 0 || deflated && n == 0 && (inflater.finished() || inflater.needsDictionary())) {
                            break;
                        }
                        inflated += n;
                        total += n;
                        if (total > maxInflatedBytes) {
                            throw bomb(field, file, "解压后超过 " + maxInflatedBytes / (1024 * 1024) + " MB");
                        }
                        if (deflated && inflated > GRACE_BYTES && inflated / Math.max(1, inflater.getBytesRead()) > maxRatio) {
                            throw bomb(field, file, "其中 " + entry.getName() + " 的压缩比超过 " + maxRatio + " 倍");
                        }
                    }
                } finally {
                    inflater.end();
                }
            }
            return true;
        } catch (IOException | DataFormatException | RuntimeException unreadable) {
            if (unreadable instanceof TooLarge bomb) {
                throw bomb;
            }
            return false;
        }
    }

    private static TooLarge bomb(String field, String file, String why) {
        return new TooLarge(field, file + why + "，不是正常的文件（可能是“压缩炸弹”），未保存任何内容");
    }
}

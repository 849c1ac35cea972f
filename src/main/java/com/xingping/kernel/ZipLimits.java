package com.xingping.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How far a zip upload (an Office file, a spreadsheet to import) may inflate: at most {@code maxEntries}
 * entries, {@code maxInflatedBytes} inflated in all, and no entry inflating more than {@code maxRatio}
 * times its compressed size once past {@link #GRACE_BYTES}. Every entry the central directory lists is
 * actually inflated and counted, stopping at the first limit crossed: the sizes a zip declares are
 * never trusted, so 1 GB of zeros packed into 1 MB is refused after reading a few hundred kilobytes.
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
     * Refuses (413, on {@code field}) a zip beyond the limits, naming {@code file} (e.g. "文件 a.docx"); a
     * zip that cannot be read at all is refused as such (400). Answers quietly for one within them.
     */
    public void check(byte[] zip, String field, String file) {
        try (ZipFile archive = ZipFile.builder().setByteArray(zip).get()) {
            long total = 0;
            int entries = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<ZipArchiveEntry> all = archive.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > maxEntries) {
                    throw bomb(field, file, "包含超过 " + maxEntries + " 个内部文件");
                }
                if (!archive.canReadEntryData(entry)) {
                    throw new Refusal(field, file + " 使用了无法识别的压缩方式或加密，未保存任何内容");
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = archive.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        inflated += n;
                        total += n;
                        if (total > maxInflatedBytes) {
                            throw bomb(field, file, "解压后超过 " + maxInflatedBytes / (1024 * 1024) + " MB");
                        }
                        if (inflated > GRACE_BYTES && inflated / compressed > maxRatio) {
                            throw bomb(field, file, "其中 " + entry.getName() + " 的压缩比超过 " + maxRatio + " 倍");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Refusal refusal) {
                throw refusal;
            }
            throw new Refusal(field, file + " 不是完好的压缩文件（Office 文档），无法读取，未保存任何内容");
        }
    }

    private static TooLarge bomb(String field, String file, String why) {
        return new TooLarge(field, file + " " + why + "，不是正常的文档（可能是“压缩炸弹”），未保存任何内容");
    }
}

package com.xingping.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;

import com.xingping.kernel.Refusal;

/**
 * The parts of an .xlsx as POI reads them (or of an .ods), each inflated only up to a limit: a
 * worksheet, or an .ods's {@code content.xml} (streamed, so its size costs time, not memory) up to
 * {@link #MAX_SHEET_BYTES}, any other part (the shared strings, held while the sheet is read;
 * relationships, parsed whole by POI) up to {@link #MAX_PART_BYTES}. A 2 MB upload can inflate to
 * gigabytes (a "zip bomb"); a filled template is a few hundred kilobytes inflated.
 */
final class CappedParts implements ZipEntrySource {
    static final long MAX_SHEET_BYTES = 100L * 1024 * 1024;
    static final long MAX_PART_BYTES = 16L * 1024 * 1024;
    private final ZipEntrySource parts;
    private volatile Exceeded exceeded;

    /** The part that inflated beyond its limit. */
    record Exceeded(String part, long limit) {

        /** @param file what the file is called in the message, e.g. "该 Excel 文件" */
        Refusal refusal(String file) {
            return new Refusal("file", file + "解压后过大（其中 " + part + " 超过 " + SheetUpload.size((int) limit)
                    + "），不是正常填写的表格；请下载模板，把数据复制进去后再导入");
        }
    }

    CappedParts(ZipEntrySource parts) {
        this.parts = parts;
    }

    /** The first part that went beyond its limit, or null; POI may wrap the reading error in its own. */
    Exceeded exceeded() {
        return exceeded;
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return parts.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return parts.getEntry(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        String name = entry.getName();
        long limit = name.startsWith("xl/worksheets/") || name.equals(OdsSheet.CONTENT) ? MAX_SHEET_BYTES : MAX_PART_BYTES;
        return new Capped(parts.getInputStream(entry), new Exceeded(name, limit));
    }

    @Override
    public void close() throws IOException {
        parts.close();
    }

    @Override
    public boolean isClosed() {
        return parts.isClosed();
    }

    private final class Capped extends FilterInputStream {
        private final Exceeded cap;
        private long read;

        Capped(InputStream in, Exceeded cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws IOException {
            read += n;
            if (read > cap.limit()) {
                if (exceeded == null) {
                    exceeded = cap;
                }
                throw new IOException(cap.part() + " inflates beyond " + cap.limit() + " bytes");
            }
        }
    }
}

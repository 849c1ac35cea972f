package com.xingping.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

import com.xingping.kernel.Refusal;
import com.xingping.kernel.TooLarge;

/** A spreadsheet as uploaded; its content is read at most one byte beyond the limit, so a huge file is never held whole. */
public record SheetUpload(String filename, InputStream content) {

    /**
     * The file's bytes, or a refusal: nothing chosen, an empty file, or more than {@code maxBytes}
     * ({@code tooLarge} receives the limit as text, e.g. "1 MB"; refused as {@link TooLarge}, 413).
     */
    public byte[] bytes(int maxBytes, Function<String, String> tooLarge) {
        if (content == null) {
            throw new Refusal("file", "请选择要导入的表格文件");
        }
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length == 0) {
                throw new Refusal("file", "文件是空的，请选择填好的表格文件");
            }
            if (bytes.length > maxBytes) {
                throw new TooLarge("file", tooLarge.apply(size(maxBytes)));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1048576 → "1 MB", 524288 → "512 KB". */
    public static String size(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }
}

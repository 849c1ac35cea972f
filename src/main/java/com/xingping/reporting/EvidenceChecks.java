package com.xingping.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.xingping.kernel.Refusal;
import com.xingping.kernel.TooLarge;

/**
 * Checks uploads whole (count, size, type from content, nothing a browser would run, no zip bomb)
 * before anything is stored, wherever the {@link EvidenceStore} keeps them. A file kept is named with
 * the extension of its content's type, whatever the name it came with.
 */
@Component
class EvidenceChecks {
    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

    /** An upload that passed the checks, held in memory (at most the size limit) until written. */
    record Checked(String originalName, EvidenceType type, byte[] bytes, String sha256) {
    }

    private final StorageSettings settings;
    private final EvidenceLimits limits;

    EvidenceChecks(StorageSettings settings, EvidenceLimits limits) {
        this.settings = settings;
        this.limits = limits;
    }

    long maxFileBytes() {
        return settings.maxFileSize().toBytes();
    }

    /** Refuses the first file that is empty, too large or of a type not allowed; writes nothing. */
    List<Checked> check(List<Upload> uploads, int alreadyAttached) {
        if (alreadyAttached + uploads.size() > settings.maxFilesPerRecord()) {
            throw new Refusal("files", "每条记录最多 " + settings.maxFilesPerRecord() + " 个文件（已有 " + alreadyAttached
                    + " 个，本次 " + uploads.size() + " 个）");
        }
        return uploads.stream().map(this::check).toList();
    }

    private Checked check(Upload upload) {
        String name = cleanName(upload.name());
        long limit = maxFileBytes();
        if (upload.size() > limit) {
            throw tooLarge(name, upload.size());
        }
        byte[] bytes;
        try (InputStream in = upload.open()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limit) {
            throw tooLarge(name, bytes.length);
        }
        if (bytes.length == 0) {
            throw new Refusal("files", "文件 " + name + " 是空文件");
        }
        SafeContent.markupAtStart(bytes).ifPresent(why -> refuse(name, why));
        if (ContentSniffer.isZip(bytes) && !limits.zipLimits().check(bytes, "files", "文件 " + name + " ")) {
            refuse(name, "不是完好的 Office 文档（压缩包无法读取或已加密）");
        }
        EvidenceType type = ContentSniffer.detect(bytes).orElseThrow(() -> new Refusal("files",
                "文件 " + name + " 的内容不是允许的类型（允许：" + EvidenceType.ALLOWED + "），未保存任何内容"));
        Optional<String> unsafe = switch (type) {
            case JPEG, PNG -> SafeContent.image(type, bytes);
            case PDF -> SafeContent.pdf(bytes);
            case HEIC, DOCX, XLSX, DOC, XLS -> Optional.empty();
        };
        unsafe.ifPresent(why -> refuse(name, why));
        return new Checked(servedName(name, type), type, bytes, sha256(bytes));
    }

    private static void refuse(String name, String why) {
        throw new Refusal("files", "文件 " + name + " " + why + "，未保存任何内容");
    }

    private Refusal tooLarge(String name, long size) {
        return new TooLarge("files", "文件 " + name + " 大小为 " + megabytes(size) + " MB，超过单个文件 "
                + megabytes(maxFileBytes()) + " MB 的上限，请压缩后再上传");
    }

    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * The name a reporter gave, without any directory, control characters (NUL included), the
     * characters that reorder text (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C: a right-to-left
     * override makes "photo[U+202E]gpj.exe" look like a photo), or more than 200 characters.
     */
    static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
            return "未命名文件";
        }
        if (base.length() > 200) {
            int dot = base.lastIndexOf('.');
            String extension = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
            base = base.substring(0, 200 - extension.length()) + extension;
        }
        return base;
    }

    /** The clean name with the extension of the type its content is ("polyglot.html" holding a JPEG is "polyglot.jpg"). */
    static String servedName(String cleanName, EvidenceType type) {
        int dot = cleanName.lastIndexOf('.');
        String stem = dot > 0 ? cleanName.substring(0, dot) : cleanName;
        return stem + "." + type.extension();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

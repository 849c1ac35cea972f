package com.xingping.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;

/**
 * Evidence files on disk, outside the web root, under generated names. Files are checked whole
 * (size, type from content) before anything is written; a file written inside a transaction that
 * then rolls back is removed again, so a refused record leaves nothing behind.
 */
@Component
class EvidenceStore {
    private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);
    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

    /** An upload that passed the checks, held in memory (at most the size limit) until written. */
    record Checked(String originalName, EvidenceType type, byte[] bytes, String sha256) {
    }

    private final Path directory;
    private final StorageSettings settings;

    EvidenceStore(StorageSettings settings) throws IOException {
        if (settings.evidenceDir() == null) {
            throw new IllegalStateException("xingping.storage.evidence-dir is not set");
        }
        this.settings = settings;
        this.directory = Files.createDirectories(settings.evidenceDir().toAbsolutePath().normalize());
    }

    long maxFileBytes() {
        return settings.maxFileSize().toBytes();
    }

    int maxFilesPerRecord() {
        return settings.maxFilesPerRecord();
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
        EvidenceType type = ContentSniffer.detect(bytes).orElseThrow(() -> new Refusal("files",
                "文件 " + name + " 的内容不是允许的类型（允许：" + EvidenceType.ALLOWED + "），未保存任何内容"));
        return new Checked(name, type, bytes, sha256(bytes));
    }

    private Refusal tooLarge(String name, long size) {
        return new Refusal("files", "文件 " + name + " 大小为 " + megabytes(size) + " MB，超过单个文件 "
                + megabytes(maxFileBytes()) + " MB 的上限，请压缩后再上传");
    }

    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Writes the file under a new name and answers that name; removed again if the transaction does not commit. */
    String write(Checked file) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("evidence is written inside the transaction that records it");
        }
        String storedName = UUID.randomUUID().toString().replace("-", "") + "." + file.type().extension();
        Path target = directory.resolve(storedName);
        try {
            Path partial = Files.createTempFile(directory, "upload-", ".part");
            try {
                Files.write(partial, file.bytes());
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store evidence " + file.originalName(), e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(storedName);
                }
            }
        });
        return storedName;
    }

    /** Removes the file once the transaction that forgets it has committed. */
    void deleteAfterCommit(String storedName) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delete(storedName);
            }
        });
    }

    Resource open(String storedName) {
        Path file = locate(storedName);
        if (!Files.isRegularFile(file)) {
            throw new NotFound("证明材料文件 " + storedName);
        }
        return new FileSystemResource(file);
    }

    boolean exists(String storedName) {
        return Files.isRegularFile(locate(storedName));
    }

    private Path locate(String storedName) {
        Path file = directory.resolve(storedName).normalize();
        if (!file.getParent().equals(directory)) {
            throw new NotFound("证明材料文件 " + storedName);
        }
        return file;
    }

    private void delete(String storedName) {
        try {
            Files.deleteIfExists(locate(storedName));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove evidence file {}", storedName, e);
        }
    }

    /** The name a reporter gave, without any directory, control characters, or more than 200 characters. */
    static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            return "未命名文件";
        }
        if (base.length() > 200) {
            int dot = base.lastIndexOf('.');
            String extension = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
            base = base.substring(0, 200 - extension.length()) + extension;
        }
        return base;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

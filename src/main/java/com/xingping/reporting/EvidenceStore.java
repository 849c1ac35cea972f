package com.xingping.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;
import com.xingping.kernel.Unavailable;

/**
 * Evidence files on disk, outside the web root, under generated names. Files are checked whole
 * (size, type from content) before anything is written; a file is in the store exactly when the
 * transaction that recorded it committed, so a refused record or a crash leaves nothing behind.
 */
@Component
class EvidenceStore {
    private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);
    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

    /** An upload that passed the checks, held in memory (at most the size limit) until written. */
    record Checked(String originalName, EvidenceType type, byte[] bytes, String sha256) {
    }

    private final Path directory;
    private final Path incoming;
    private final Path outgoing;
    private final StorageSettings settings;

    EvidenceStore(StorageSettings settings) throws IOException {
        if (settings.evidenceDir() == null) {
            throw new IllegalStateException("xingping.storage.evidence-dir is not set");
        }
        this.settings = settings;
        this.directory = Files.createDirectories(settings.evidenceDir().toAbsolutePath().normalize());
        this.incoming = Files.createDirectories(directory.resolve(".incoming"));
        this.outgoing = Files.createDirectories(directory.resolve(".outgoing"));
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

    /**
     * Writes the file under a new name and answers that name. The bytes go to {@code .incoming} and are
     * forced to disk before the transaction commits; the file moves into the store only after the
     * commit. So the store holds only files whose row committed, and a crash leaves at most a file in
     * {@code .incoming}, which {@link #sweep} recognises: moved in if its row exists, removed if not.
     */
    String write(Checked file) {
        requireTransaction();
        String storedName = newName(file.type());
        Path staged = incoming.resolve(storedName);
        try {
            writeDurably(staged, file.bytes());
        } catch (IOException e) {
            deleteQuietly(staged);
            throw new Unavailable("证明材料 " + file.originalName() + " 未能写入磁盘（" + e.getMessage()
                    + "），本次提交未保存，请稍后重试或联系管理员检查存储空间", e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                moveQuietly(staged, directory.resolve(storedName));
            }

            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(staged);
                }
            }
        });
        return storedName;
    }

    /**
     * Many files of one transaction (a generated year): each written to {@code .incoming} without
     * forcing it, the directory forced once before the commit, all moved in after it and removed on a
     * rollback. A crash leaves them to {@link #sweep}, like any staged file.
     */
    Staging staging() {
        requireTransaction();
        Staging staging = new Staging();
        TransactionSynchronizationManager.registerSynchronization(staging);
        return staging;
    }

    final class Staging implements TransactionSynchronization {
        private final List<String> names = new ArrayList<>();

        String add(EvidenceType type, byte[] bytes) {
            String storedName = newName(type);
            try {
                Files.write(incoming.resolve(storedName), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new Unavailable("证明材料文件未能写入磁盘（" + e.getMessage() + "）", e);
            }
            names.add(storedName);
            return storedName;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            try {
                forceDirectory(incoming);
            } catch (IOException e) {
                throw new Unavailable("证明材料文件未能写入磁盘（" + e.getMessage() + "）", e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            for (String name : names) {
                if (status == STATUS_COMMITTED) {
                    try {
                        Files.move(incoming.resolve(name), directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException | RuntimeException e) {
                        log.warn("Could not move evidence file {} into the store; the start-up sweep settles it", name, e);
                    }
                } else {
                    deleteQuietly(incoming.resolve(name));
                }
            }
            if (status == STATUS_COMMITTED) {
                try {
                    forceDirectory(directory);
                } catch (IOException e) {
                    log.warn("Could not force the evidence directory {}", directory, e);
                }
            }
        }
    }

    private static String newName(EvidenceType type) {
        return UUID.randomUUID().toString().replace("-", "") + "." + type.extension();
    }

    /**
     * Takes the file out of the store when the transaction that forgets it commits: parked in
     * {@code .outgoing} before the commit, removed after it, put back if the transaction rolls back.
     */
    void removeOnCommit(String storedName) {
        requireTransaction();
        Path file = locate(storedName);
        Path parked = outgoing.resolve(storedName);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                try {
                    if (Files.exists(file)) {
                        Files.move(file, parked, StandardCopyOption.ATOMIC_MOVE);
                    }
                } catch (IOException e) {
                    throw new Unavailable("证明材料文件 " + storedName + " 未能移除，本次删除未保存", e);
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    deleteQuietly(parked);
                } else if (Files.exists(parked)) {
                    moveQuietly(parked, file);
                }
            }
        });
    }

    /**
     * What a crash left in {@code .incoming} and {@code .outgoing}, settled against the rows: a file
     * whose row exists goes (back) into the store, one without a row is removed. Only files older
     * than {@code startedBefore} are judged, so a transaction still open elsewhere is left alone.
     */
    Sweep sweep(Predicate<String> rowExists, Instant startedBefore) {
        int restored = 0;
        int removed = 0;
        for (Path dir : List.of(incoming, outgoing)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path leftover : files.toList()) {
                    if (!Files.getLastModifiedTime(leftover).toInstant().isBefore(startedBefore)) {
                        continue;
                    }
                    String name = leftover.getFileName().toString();
                    if (rowExists.test(name)) {
                        moveQuietly(leftover, directory.resolve(name));
                        restored++;
                    } else {
                        deleteQuietly(leftover);
                        removed++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not sweep " + dir, e);
            }
        }
        return new Sweep(restored, removed);
    }

    record Sweep(int restored, int removed) {
    }

    Resource open(String storedName) {
        Path file = readable(storedName);
        if (file == null) {
            throw new NotFound("证明材料文件 " + storedName);
        }
        return new FileSystemResource(file);
    }

    boolean exists(String storedName) {
        return readable(storedName) != null;
    }

    /** The stored file, or the just-committed one that has not yet moved out of {@code .incoming}. */
    private Path readable(String storedName) {
        Path file = locate(storedName);
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path staged = incoming.resolve(file.getFileName());
        return Files.isRegularFile(staged) ? staged : null;
    }

    private Path locate(String storedName) {
        Path file = directory.resolve(storedName).normalize();
        if (!file.getParent().equals(directory)) {
            throw new NotFound("证明材料文件 " + storedName);
        }
        return file;
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("evidence is written inside the transaction that records it");
        }
    }

    private void writeDurably(Path target, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        forceDirectory(incoming);
    }

    private void moveQuietly(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(to.getParent());
        } catch (IOException | RuntimeException e) {
            log.warn("Could not move evidence file {} to {}; the start-up sweep settles it", from, to, e);
        }
    }

    private static void forceDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove evidence file {}", file, e);
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

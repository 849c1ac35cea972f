package com.xingping.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.xingping.kernel.NotFound;
import com.xingping.kernel.Unavailable;

/**
 * Evidence files in a directory outside the web root ({@code xingping.storage.evidence-dir}), which
 * several instances may share (a network file system). New files are staged in {@code .incoming},
 * files being removed are parked in {@code .outgoing}; moves within the directory are atomic.
 */
final class FileEvidenceStore implements EvidenceStore {
    private static final Logger log = LoggerFactory.getLogger(FileEvidenceStore.class);

    private final Path directory;
    private final Path incoming;
    private final Path outgoing;

    FileEvidenceStore(Path evidenceDir) throws IOException {
        if (evidenceDir == null) {
            throw new IllegalStateException("xingping.storage.evidence-dir is not set");
        }
        this.directory = Files.createDirectories(evidenceDir.toAbsolutePath().normalize());
        this.incoming = Files.createDirectories(directory.resolve(".incoming"));
        this.outgoing = Files.createDirectories(directory.resolve(".outgoing"));
    }

    /**
     * The bytes go to {@code .incoming} and are forced to disk before the transaction commits; the file
     * moves into the store only after the commit.
     */
    @Override
    public String write(EvidenceChecks.Checked file) {
        requireTransaction();
        String storedName = EvidenceStore.newName(file.type());
        Path staged = incoming.resolve(storedName);
        try {
            writeDurably(staged, file.bytes());
        } catch (IOException e) {
            deleteQuietly(staged);
            throw new Unavailable("证明材料 " + file.originalName() + " 未能写入磁盘（" + e.getMessage()
                    + "），本次提交未保存，请稍后重试或联系管理员检查存储空间", e);
        }
        EvidenceStore.afterOutcome(() -> moveQuietly(staged, directory.resolve(storedName)), () -> deleteQuietly(staged));
        return storedName;
    }

    /**
     * Parked in {@code .outgoing} before the commit (stamped with the time, which the sweep goes by),
     * removed after it, put back if the transaction rolls back.
     */
    @Override
    public void removeOnCommit(String storedName) {
        requireTransaction();
        Path file = locate(storedName);
        Path parked = outgoing.resolve(storedName);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                try {
                    if (Files.exists(file)) {
                        Files.move(file, parked, StandardCopyOption.ATOMIC_MOVE);
                        Files.setLastModifiedTime(parked, FileTime.from(Instant.now()));
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

    @Override
    public Sweep sweep(Predicate<String> rowExists, Instant stagedBefore) {
        int restored = 0;
        int removed = 0;
        for (Path dir : List.of(incoming, outgoing)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path leftover : files.toList()) {
                    if (!Files.getLastModifiedTime(leftover).toInstant().isBefore(stagedBefore)) {
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

    @Override
    public Resource open(String storedName) {
        Path file = readable(storedName);
        if (file == null) {
            throw new NotFound("证明材料文件 " + storedName);
        }
        return new FileSystemResource(file);
    }

    @Override
    public java.util.Set<String> names() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + directory, e);
        }
    }

    @Override
    public void restore(String storedName, java.io.InputStream bytes) throws IOException {
        Path file = locate(storedName);
        Path staged = incoming.resolve(file.getFileName());
        Files.copy(bytes, staged, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public boolean exists(String storedName) {
        return readable(storedName) != null;
    }

    /**
     * The stored file, or one whose row is visible but which is still staged: just committed and not
     * yet moved in, or parked by a removal not yet committed.
     */
    private Path readable(String storedName) {
        Path file = locate(storedName);
        return Stream.of(file, incoming.resolve(file.getFileName()), outgoing.resolve(file.getFileName()))
                .filter(Files::isRegularFile).findFirst().orElse(null);
    }

    private Path locate(String storedName) {
        Path file = directory.resolve(storedName).normalize();
        if (!file.getParent().equals(directory)) {
            throw new NotFound("证明材料文件 " + storedName);
        }
        return file;
    }

    /**
     * Each file written to {@code .incoming} without forcing it, the directory forced once before the
     * commit, all moved in after it and removed on a rollback; a crash leaves them to the sweep.
     */
    @Override
    public Staging staging() {
        requireTransaction();
        List<String> names = new ArrayList<>();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
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
                        moveQuietly(incoming.resolve(name), directory.resolve(name));
                    } else {
                        deleteQuietly(incoming.resolve(name));
                    }
                }
            }
        });
        return (type, bytes) -> {
            String storedName = EvidenceStore.newName(type);
            try {
                Files.write(incoming.resolve(storedName), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new Unavailable("证明材料文件未能写入磁盘（" + e.getMessage() + "）", e);
            }
            names.add(storedName);
            return storedName;
        };
    }

    static void requireTransaction() {
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
            log.warn("Could not move evidence file {} to {}; the sweep settles it", from, to, e);
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
}

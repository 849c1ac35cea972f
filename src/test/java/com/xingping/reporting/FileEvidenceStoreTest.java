package com.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** The evidence store contract on a directory, and that the sweep goes by when a file was parked. */
class FileEvidenceStoreTest extends EvidenceStoreContract {
    @TempDir
    Path dir;

    @Override
    EvidenceStore newStore() throws IOException {
        return new FileEvidenceStore(dir);
    }

    @Override
    List<String> leftovers() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(dir.resolve(".incoming")), Files.list(dir.resolve(".outgoing")))) {
            return files.map(file -> dir.relativize(file).toString()).toList();
        }
    }

    @Override
    Optional<byte[]> inPlace(String storedName) throws IOException {
        Path file = dir.resolve(storedName);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    @Test
    void aFileParkedNowIsNotJudgedEvenIfItWasWrittenLongAgo() throws IOException {
        Path old = Files.write(dir.resolve("0123456789abcdef0123456789abcdef.png"), TestFiles.png());
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
        TransactionSynchronizationManager.initSynchronization();
        try {
            store.removeOnCommit(old.getFileName().toString());
            TransactionSynchronizationUtils.triggerBeforeCommit(false);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(store.sweep(name -> true, Instant.now().minusSeconds(60))).isEqualTo(new EvidenceStore.Sweep(0, 0));
        assertThat(leftovers()).containsExactly(".outgoing/" + old.getFileName());
    }
}

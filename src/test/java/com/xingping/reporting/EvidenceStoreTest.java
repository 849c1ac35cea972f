package com.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.util.unit.DataSize;

/**
 * The evidence directory holds a file exactly when the transaction that recorded it committed;
 * what a crash leaves half-way is recognised and settled by the start-up sweep.
 */
class EvidenceStoreTest {
    @TempDir
    Path dir;
    EvidenceStore store;

    @BeforeEach
    void open() throws IOException {
        store = new EvidenceStore(new StorageSettings(dir, DataSize.ofMegabytes(1), 20));
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aCommittedFileIsInTheStoreAndNothingIsLeftInIncoming() throws IOException {
        String name = inTransaction(() -> store.write(png()), true);

        assertThat(dir.resolve(name)).exists().hasBinaryContent(TestFiles.png());
        assertThat(leftovers()).isEmpty();
        assertThat(store.exists(name)).isTrue();
    }

    @Test
    void aRolledBackFileIsNowhere() throws IOException {
        String name = inTransaction(() -> store.write(png()), false);

        assertThat(dir.resolve(name)).doesNotExist();
        assertThat(leftovers()).isEmpty();
        assertThat(store.exists(name)).isFalse();
    }

    @Test
    void aCrashBeforeTheCommitLeavesOnlyAFileTheSweepRemovesAndOneWithARowItPutsInPlace() throws IOException {
        String orphan = crashedWrite();
        String committed = crashedWrite();
        assertThat(leftovers()).containsExactlyInAnyOrder(".incoming/" + orphan, ".incoming/" + committed);
        assertThat(Stream.of(orphan, committed).map(dir::resolve)).noneMatch(Files::exists);
        backdate(orphan);
        backdate(committed);

        EvidenceStore.Sweep sweep = store.sweep(Set.of(committed)::contains, Instant.now());

        assertThat(sweep).isEqualTo(new EvidenceStore.Sweep(1, 1));
        assertThat(leftovers()).isEmpty();
        assertThat(dir.resolve(committed)).hasBinaryContent(TestFiles.png());
        assertThat(dir.resolve(orphan)).doesNotExist();
    }

    @Test
    void theSweepLeavesAloneFilesOfSavesStillUnderWay() throws IOException {
        String underWay = crashedWrite();

        assertThat(store.sweep(name -> false, Instant.now().minusSeconds(60))).isEqualTo(new EvidenceStore.Sweep(0, 0));
        assertThat(leftovers()).containsExactly(".incoming/" + underWay);
    }

    @Test
    void aRemovalIsUndoneWhenItsTransactionRollsBackAndFinalWhenItCommits() throws IOException {
        String name = inTransaction(() -> store.write(png()), true);

        inTransaction(() -> {
            store.removeOnCommit(name);
            return null;
        }, false);
        assertThat(dir.resolve(name)).hasBinaryContent(TestFiles.png());

        inTransaction(() -> {
            store.removeOnCommit(name);
            return null;
        }, true);
        assertThat(dir.resolve(name)).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    private EvidenceStore.Checked png() {
        byte[] bytes = TestFiles.png();
        return store.check(List.of(new Upload("现场.png", bytes.length, new ByteArrayResource(bytes))), 0).get(0);
    }

    /** Runs the work as a transaction would, ending in a commit or a rollback. */
    private <T> T inTransaction(Supplier<T> work, boolean commit) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            T result = work.get();
            List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
            if (commit) {
                TransactionSynchronizationUtils.triggerBeforeCommit(false);
                TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
            }
            TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, commit
                    ? TransactionSynchronization.STATUS_COMMITTED : TransactionSynchronization.STATUS_ROLLED_BACK);
            return result;
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    /** A save the process died in: the file is written, the transaction never ends. */
    private String crashedWrite() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            return store.write(png());
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private void backdate(String name) throws IOException {
        Files.setLastModifiedTime(dir.resolve(".incoming").resolve(name), FileTime.from(Instant.now().minusSeconds(600)));
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(dir.resolve(".incoming")), Files.list(dir.resolve(".outgoing")))) {
            return files.map(file -> dir.relativize(file).toString()).toList();
        }
    }
}

package com.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.util.unit.DataSize;

import com.xingping.kernel.NotFound;

/**
 * What every evidence store promises, run against each ({@link FileEvidenceStoreTest}, {@link S3EvidenceStoreIT}):
 * it holds a file in its place exactly when the transaction that recorded it committed; what a crash
 * leaves staged is still readable while its row exists, and the sweep settles it.
 */
abstract class EvidenceStoreContract {
    private final EvidenceChecks checks = new EvidenceChecks(new StorageSettings(StorageSettings.Type.FILESYSTEM, null,
            null, DataSize.ofMegabytes(1), 20), new EvidenceLimits(DataSize.ofMegabytes(50), DataSize.ofGigabytes(2),
            new EvidenceLimits.Zip(1000, DataSize.ofMegabytes(100), 100)));
    EvidenceStore store;

    /** A new, empty store. */
    abstract EvidenceStore newStore() throws IOException;

    /** What is staged, as {@code .incoming/NAME} and {@code .outgoing/NAME}. */
    abstract List<String> leftovers() throws IOException;

    /** The bytes in the file's own place, not staged. */
    abstract Optional<byte[]> inPlace(String storedName) throws IOException;

    @BeforeEach
    void open() throws IOException {
        store = newStore();
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aCommittedFileIsInItsPlaceAndNothingIsLeftStaged() throws IOException {
        String name = inTransaction(() -> store.write(png()), true);

        assertThat(inPlace(name)).hasValue(TestFiles.png());
        assertThat(leftovers()).isEmpty();
        assertThat(store.exists(name)).isTrue();
        assertThat(read(name)).isEqualTo(TestFiles.png());
        assertThat(store.open(name).contentLength()).isEqualTo(TestFiles.png().length);
    }

    @Test
    void aRolledBackFileIsNowhere() throws IOException {
        String name = inTransaction(() -> store.write(png()), false);

        assertThat(inPlace(name)).isEmpty();
        assertThat(leftovers()).isEmpty();
        assertThat(store.exists(name)).isFalse();
        assertThatThrownBy(() -> store.open(name)).isInstanceOf(NotFound.class);
    }

    @Test
    void aCrashBeforeTheCommitLeavesOnlyAFileTheSweepRemovesAndOneWithARowItPutsInPlace() throws IOException {
        String orphan = crashedWrite();
        String committed = crashedWrite();
        assertThat(leftovers()).containsExactlyInAnyOrder(".incoming/" + orphan, ".incoming/" + committed);
        assertThat(inPlace(orphan)).isEmpty();
        assertThat(inPlace(committed)).isEmpty();

        EvidenceStore.Sweep sweep = store.sweep(Set.of(committed)::contains, Instant.now().plusSeconds(5));

        assertThat(sweep).isEqualTo(new EvidenceStore.Sweep(1, 1));
        assertThat(leftovers()).isEmpty();
        assertThat(inPlace(committed)).hasValue(TestFiles.png());
        assertThat(inPlace(orphan)).isEmpty();
        assertThat(store.exists(orphan)).isFalse();
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
        assertThat(inPlace(name)).hasValue(TestFiles.png());

        inTransaction(() -> {
            store.removeOnCommit(name);
            return null;
        }, true);
        assertThat(inPlace(name)).isEmpty();
        assertThat(store.exists(name)).isFalse();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFileParkedByARemovalThatNeverCommittedIsStillReadableAndTheSweepPutsItBack() throws IOException {
        String name = inTransaction(() -> store.write(png()), true);
        TransactionSynchronizationManager.initSynchronization();
        try {
            store.removeOnCommit(name);
            TransactionSynchronizationUtils.triggerBeforeCommit(false);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(leftovers()).containsExactly(".outgoing/" + name);
        assertThat(read(name)).isEqualTo(TestFiles.png());

        assertThat(store.sweep(Set.of(name)::contains, Instant.now().plusSeconds(5))).isEqualTo(new EvidenceStore.Sweep(1, 0));

        assertThat(inPlace(name)).hasValue(TestFiles.png());
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aNameThatIsNotInTheStoreIsNotFound() {
        assertThat(store.exists("0123456789abcdef0123456789abcdef.png")).isFalse();
        assertThatThrownBy(() -> store.open("0123456789abcdef0123456789abcdef.png")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> store.open("../xingping.mv.db")).isInstanceOf(NotFound.class);
    }

    private byte[] read(String name) throws IOException {
        try (InputStream in = store.open(name).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private EvidenceChecks.Checked png() {
        byte[] bytes = TestFiles.png();
        return checks.check(List.of(new Upload("现场.png", bytes.length, new ByteArrayResource(bytes))), 0).get(0);
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
}

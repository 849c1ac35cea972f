package com.xingping.reporting;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.core.io.Resource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where evidence files are kept, under generated names: a directory ({@link FileEvidenceStore}, the
 * default) or an S3-compatible bucket ({@link S3EvidenceStore}), chosen by {@code xingping.storage.type}.
 * Either way a file is in the store exactly when the transaction that recorded it committed: it is
 * staged before the commit and put in place after it, so a refused record or a crash leaves at most a
 * staged file, which {@link #sweep} settles against the rows.
 */
interface EvidenceStore {

    /** Stages the file inside the current transaction, puts it in place once that commits, and answers its name. */
    String write(EvidenceChecks.Checked file);

    /** Takes the file out when the current transaction commits; it stays if the transaction rolls back. */
    void removeOnCommit(String storedName);

    /** The file's bytes (read when the download is written), or {@link com.xingping.kernel.NotFound}. */
    Resource open(String storedName);

    boolean exists(String storedName);

    /** The names of the files in place (staged ones left out): what a check of the installation compares with the rows. */
    java.util.Set<String> names();

    /** Puts a file in place at once, outside any transaction: a restore into an empty installation. */
    void restore(String storedName, java.io.InputStream bytes) throws java.io.IOException;

    /**
     * What an interrupted save or removal left staged, settled against the rows: a file whose row exists
     * goes (back) in place, one without a row is removed. Only what was staged before {@code stagedBefore}
     * is judged, so a transaction still open on this or another instance is left alone.
     */
    Sweep sweep(Predicate<String> rowExists, Instant stagedBefore);

    record Sweep(int restored, int removed) {
    }

    /**
     * Many files of one transaction (a generated year). By default each is written as an upload is;
     * a store may stage them more cheaply, as long as they enter it exactly when the transaction commits.
     */
    default Staging staging() {
        return (type, bytes) -> write(new EvidenceChecks.Checked(null, type, bytes, EvidenceChecks.sha256(bytes)));
    }

    /** Adds one file to the current transaction's batch and answers its name in the store. */
    interface Staging {
        String add(EvidenceType type, byte[] bytes);
    }

    /** Runs {@code committed} after the current transaction commits, {@code rolledBack} when it ends otherwise. */
    static void afterOutcome(Runnable committed, Runnable rolledBack) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.run();
            }

            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    rolledBack.run();
                }
            }
        });
    }

    /** A new file's name in the store: random, so nothing a reporter sends ends up in a path or key. */
    static String newName(EvidenceType type) {
        return UUID.randomUUID().toString().replace("-", "") + "." + type.extension();
    }
}

package com.xingping.reporting;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Evidence files for a generated year (the {@code generate} command): many small files in one
 * transaction, stored under generated names in the evidence store exactly as uploads are, without
 * forcing each file to disk. The caller inserts the {@link Evidence} rows itself.
 */
@Component
public class BulkEvidence {
    private final EvidenceStore store;

    BulkEvidence(EvidenceStore store) {
        this.store = store;
    }

    /** A batch bound to the current transaction: its files enter the store when it commits. */
    public Batch begin() {
        return new Batch(store.staging());
    }

    public static final class Batch {
        private final EvidenceStore.Staging staging;

        private Batch(EvidenceStore.Staging staging) {
            this.staging = staging;
        }

        /** Stores the file and answers its row (no id yet); refuses content of a type the platform does not accept. */
        public Evidence add(long recordId, String originalName, byte[] bytes, String uploadedBy, Instant at) {
            EvidenceType type = ContentSniffer.detect(bytes)
                    .orElseThrow(() -> new IllegalArgumentException(originalName + ": not an accepted evidence type"));
            String storedName = staging.add(type, bytes);
            return new Evidence(null, recordId, EvidenceChecks.servedName(EvidenceChecks.cleanName(originalName), type), storedName, type.contentType(),
                    bytes.length, EvidenceChecks.sha256(bytes), uploadedBy, at);
        }
    }
}

package com.xingping.results;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One published version of a year's results: the frozen snapshot (input, output and records
 * documents) with the rubric it was scored on, who published it and when. Inserted once, never
 * changed: a later change is a new publication with the next {@code versionNumber}.
 */
@Table("publication")
record Publication(@Id Long id, Long yearId, int versionNumber, String rubricId, int unitCount, String publishedBy,
                   Instant publishedAt, String note, String inputDocument, String outputDocument,
                   String recordsDocument) {

    static Publication of(Long yearId, int versionNumber, Snapshot snapshot, String publishedBy, Instant at, String note) {
        return new Publication(null, yearId, versionNumber, snapshot.rubricId(), snapshot.unitCount(), publishedBy, at,
                note, snapshot.input(), snapshot.output(), snapshot.records());
    }

    Snapshot snapshot() {
        return new Snapshot(rubricId, unitCount, inputDocument, outputDocument, recordsDocument);
    }
}

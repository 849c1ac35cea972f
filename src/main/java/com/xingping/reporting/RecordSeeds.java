package com.xingping.reporting;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For seeding (the demo city): records and their evidence saved as given, in whatever state, without permission check or audit. */
@Component
public class RecordSeeds {
    private final Records records;
    private final Evidences evidences;
    private final BulkEvidence files;

    RecordSeeds(Records records, Evidences evidences, BulkEvidence files) {
        this.records = records;
        this.evidences = evidences;
        this.files = files;
    }

    @Transactional
    public ActivityRecord seed(ActivityRecord record) {
        return records.save(record);
    }

    /** Files a photo with a seeded record, stored as an upload is; its signals are found when the platform catches up. */
    @Transactional
    public void attach(ActivityRecord record, String originalName, byte[] bytes, Instant at) {
        evidences.save(files.begin().add(record.id(), originalName, bytes, record.createdBy(), at));
    }
}

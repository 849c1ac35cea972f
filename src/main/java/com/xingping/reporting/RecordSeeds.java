package com.xingping.reporting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For seeding (the demo city): records saved as given, in whatever state, without permission check or audit. */
@Component
public class RecordSeeds {
    private final Records records;

    RecordSeeds(Records records) {
        this.records = records;
    }

    @Transactional
    public ActivityRecord seed(ActivityRecord record) {
        return records.save(record);
    }
}

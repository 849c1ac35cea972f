package com.xingping.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationContext;

/** The records table as other modules' tests read it straight. */
public final class RecordRows {
    private final Records records;

    public RecordRows(ApplicationContext context) {
        this.records = context.getBean(Records.class);
    }

    public Optional<ActivityRecord> findById(Long id) {
        return records.findById(id);
    }

    public List<ActivityRecord> findByUnitIdAndYearIdAndState(Long unitId, Long yearId, RecordState state) {
        return records.findByUnitIdAndYearIdAndState(unitId, yearId, state);
    }
}

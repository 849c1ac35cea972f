package com.xingping.reporting;

/**
 * A review decision on a record, published in the deciding transaction and heard after it commits
 * (by notify): who filed the record, what was decided, and the reviewer's reason.
 */
public record RecordDecided(Long recordId, Long yearId, Long unitId, String title, String filedBy, Decision decision,
                            String reason) {

    public enum Decision {
        APPROVED, RETURNED, REJECTED, FALSIFIED
    }

    static RecordDecided of(ActivityRecord record, Decision decision, String reason) {
        return new RecordDecided(record.id(), record.yearId(), record.unitId(), record.title(), record.createdBy(), decision, reason);
    }
}

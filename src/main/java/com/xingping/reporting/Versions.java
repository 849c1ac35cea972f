package com.xingping.reporting;

import org.springframework.dao.OptimisticLockingFailureException;

/** The version an editor or reviewer read must still be the record's, or their change would overwrite another. */
final class Versions {
    private Versions() {
    }

    static void expect(ActivityRecord record, Integer expected) {
        if (expected != null && !expected.equals(record.version())) {
            throw new OptimisticLockingFailureException("记录 #" + record.id() + " 已被他人修改（您看到的是第 " + expected
                    + " 版，现为第 " + record.version() + " 版）");
        }
    }
}

package com.xingping.reporting;

import java.util.List;

/**
 * What another module finds worth a reviewer's second look at a record's evidence (integrity's signals),
 * shown on the review page beside the evidence. A flag with its reason, never a decision.
 */
public interface RecordFlags {

    /** The flags of a handed-in record of the year. */
    List<Flag> of(Long recordId, Long yearId);

    /** What kind of flag (zh-CN), the other record it points to (or null), and why (naming the file it is about). */
    record Flag(String kind, Long otherRecordId, String reason) {
    }
}

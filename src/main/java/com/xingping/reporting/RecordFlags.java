package com.xingping.reporting;

import java.util.List;
import java.util.Optional;

/**
 * What another module finds worth a reviewer's second look at a record's evidence (integrity's signals),
 * shown on the review page beside the evidence. A flag with its reason, never a decision.
 */
public interface RecordFlags {

    /** The flags of a handed-in record of the year. */
    List<Flag> of(Long recordId, Long yearId);

    /** While the flags are still being worked out for records stored before: how far (zh-CN). */
    Optional<String> progress();

    /** What kind of flag (zh-CN), the other record it points to (or null), and why (naming the file it is about). */
    record Flag(String kind, Long otherRecordId, String reason) {
    }
}

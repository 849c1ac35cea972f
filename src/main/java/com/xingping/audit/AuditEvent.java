package com.xingping.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One audited action: a change to a record, review, unit, account or score input, a sign-in, a
 * refusal, a download. Never updated or deleted; {@code entryHash} is the SHA-256 of its content and
 * {@code previousHash}, the hash of the entry before it (see {@link AuditHash}).
 */
@Table("audit_event")
public record AuditEvent(@Id Long id, @Column("occurred_at") Instant at, String actor, String address, String action, String entityType,
                         Long entityId, String beforeState, String afterState, String outcome, String previousHash,
                         String entryHash) {

    /** This entry chained after the entry whose hash is {@code previous}. */
    AuditEvent sealed(String previous) {
        return new AuditEvent(id, at, actor, address, action, entityType, entityId, beforeState, afterState, outcome, previous,
                AuditHash.of(this, previous));
    }
}

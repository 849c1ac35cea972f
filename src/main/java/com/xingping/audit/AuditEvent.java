package com.xingping.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One change to a record, review, unit, account or score input. Never updated or deleted. */
@Table("audit_event")
public record AuditEvent(@Id Long id, @Column("occurred_at") Instant at, String actor, String address, String action, String entityType,
                         Long entityId, String beforeState, String afterState) {
}

package com.xingping.unit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An assessed department. {@code inTargetAssessment}: takes part in the 目标责任制考核 (and so in
 * 先进创评); {@code committeeOwn}: the committee's own organisation. Deactivated, never deleted.
 */
@Table("unit")
public record Unit(@Id Long id, String code, String name, boolean inTargetAssessment, boolean committeeOwn,
                   boolean active, Instant createdAt, @Version Integer version) {

    public static Unit create(String code, String name, boolean inTargetAssessment, boolean committeeOwn, Instant now) {
        return new Unit(null, code, name, inTargetAssessment, committeeOwn, true, now, null);
    }

    public Unit edit(String newName, boolean newInTargetAssessment, boolean newCommitteeOwn, Integer expectedVersion) {
        return new Unit(id, code, newName, newInTargetAssessment, newCommitteeOwn, active, createdAt, expectedVersion);
    }

    public Unit deactivate() {
        if (!active) {
            throw new IllegalStateException("单位已停用");
        }
        return new Unit(id, code, name, inTargetAssessment, committeeOwn, false, createdAt, version);
    }

    public Unit reactivate() {
        return new Unit(id, code, name, inTargetAssessment, committeeOwn, true, createdAt, version);
    }
}

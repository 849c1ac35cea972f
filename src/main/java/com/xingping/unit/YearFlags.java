package com.xingping.unit;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit's flags for one assessment year ({@code inTargetAssessment}: in that year's 目标责任制考核;
 * {@code committeeOwn}: the committee's own organisation): what scores that year, whatever the unit's
 * flags are today. {@code id} is null for flags taken from the unit itself (a year with no row).
 */
@Table("unit_year_flags")
public record YearFlags(@Id Long id, Long unitId, Long yearId, boolean inTargetAssessment, boolean committeeOwn,
                        @Version Integer version) {

    static YearFlags of(Unit unit, Long yearId) {
        return new YearFlags(null, unit.id(), yearId, unit.inTargetAssessment(), unit.committeeOwn(), null);
    }

    YearFlags set(boolean newInTargetAssessment, boolean newCommitteeOwn, Integer expectedVersion) {
        return new YearFlags(id, unitId, yearId, newInTargetAssessment, newCommitteeOwn, expectedVersion);
    }
}

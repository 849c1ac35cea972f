package com.xingping.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A record with the names around it (unit, element, star, level, part) and its evidence, for the API and
 * the pages. {@code part} is the part of its element the record counts in: the one it names (norms-1a),
 * the half-year its date falls in (study-3b), null for an element without parts; {@code partAssumed}
 * says a record filed before parts were asked names none and counts in the first part. {@code daysWaiting}
 * is the whole days (24 hours each, as the reminders count them) a submitted record has waited for a
 * decision, null for one in any other state.
 */
public record RecordView(Long id, Long yearId, int year, Long unitId, String unitName, String elementId, String elementName,
                         String elementKind, String starId, String starName, String elementSource, String title,
                         LocalDate activityDate, String place, String participants, String description, String tierLevel,
                         String tierLevelName, BigDecimal rate, String part, String partName, boolean partAssumed, RecordState state, String stateLabel, String reviewReason,
                         boolean falsified, String falsifiedReason, String createdBy, Instant createdAt,
                         Instant submittedAt, Long daysWaiting, String reviewedBy, Instant reviewedAt, Integer version,
                         List<EvidenceView> evidence) {
}

package com.xingping.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.xingping.kernel.Conflict;
import com.xingping.kernel.Refusal;

/**
 * One reported activity of a unit against one rubric element (CHECK, COUNT, TIER or THRESHOLD).
 * {@code tierLevel} is set for TIER elements, {@code rate} for THRESHOLD elements, {@code part} for a COUNT
 * element whose parts the record names (norms-1a: which report it was; null on records filed before
 * parts existed, counted in the first part, see docs/decisions/0002). The record
 * guards its own transitions: each method checks the current state and refuses a wrong one.
 */
@Table("activity_record")
public record ActivityRecord(
        @Id Long id,
        Long yearId,
        Long unitId,
        String elementId,
        String title,
        LocalDate activityDate,
        String place,
        String participants,
        String description,
        String tierLevel,
        BigDecimal rate,
        String part,
        RecordState state,
        String reviewReason,
        boolean falsified,
        String falsifiedReason,
        String createdBy,
        Instant createdAt,
        Instant submittedAt,
        String reviewedBy,
        Instant reviewedAt,
        @Version Integer version) {

    /** What a reporter fills in. */
    public record Content(String title, LocalDate activityDate, String place, String participants, String description,
                          String tierLevel, BigDecimal rate, String part) {
    }

    public static ActivityRecord draft(Long yearId, Long unitId, String elementId, Content content, String by, Instant now) {
        return new ActivityRecord(null, yearId, unitId, elementId, content.title(), content.activityDate(), content.place(),
                content.participants(), content.description(), content.tierLevel(), content.rate(), content.part(), RecordState.DRAFT,
                null, false, null, by, now, null, null, null, null);
    }

    public Content content() {
        return new Content(title, activityDate, place, participants, description, tierLevel, rate, part);
    }

    /** Changes the content of a draft or returned record; {@code expectedVersion} is the version the editor saw. */
    public ActivityRecord edit(Content content, Integer expectedVersion) {
        if (!state.editable()) {
            throw new RecordTransitionRefused(state, "修改");
        }
        return new ActivityRecord(id, yearId, unitId, elementId, content.title(), content.activityDate(), content.place(),
                content.participants(), content.description(), content.tierLevel(), content.rate(), content.part(), state, reviewReason,
                falsified, falsifiedReason, createdBy, createdAt, submittedAt, reviewedBy, reviewedAt, expectedVersion);
    }

    public ActivityRecord submit(Instant now) {
        if (!state.editable()) {
            throw new RecordTransitionRefused(state, "提交");
        }
        return with(RecordState.SUBMITTED, reviewReason, now, reviewedBy, reviewedAt);
    }

    /** The unit takes a submitted record back before anyone has decided on it: a draft again, to change or submit later. */
    public ActivityRecord withdraw() {
        requireSubmitted("撤回（只有待审核的记录可以撤回）");
        return new ActivityRecord(id, yearId, unitId, elementId, title, activityDate, place, participants, description,
                tierLevel, rate, part, RecordState.DRAFT, reviewReason, falsified, falsifiedReason, createdBy, createdAt, null,
                reviewedBy, reviewedAt, version);
    }

    public ActivityRecord approve(String reviewer, Instant now) {
        requireSubmitted("通过");
        return with(RecordState.APPROVED, null, submittedAt, reviewer, now);
    }

    public ActivityRecord returnForChanges(String reviewer, String reason, Instant now) {
        requireSubmitted("退回");
        return with(RecordState.RETURNED, requireReason(reason), submittedAt, reviewer, now);
    }

    public ActivityRecord reject(String reviewer, String reason, Instant now) {
        requireSubmitted("不予认定");
        return with(RecordState.REJECTED, requireReason(reason), submittedAt, reviewer, now);
    }

    /** A reviewer finds an approved record false: it then feeds the "加倍倒扣" penalty. */
    public ActivityRecord markFalsified(String reason) {
        if (state != RecordState.APPROVED) {
            throw new RecordTransitionRefused(state, "认定为弄虚作假（只有已通过的记录可以）");
        }
        if (falsified) {
            throw new Conflict("falsified", "该记录已被认定为弄虚作假");
        }
        return new ActivityRecord(id, yearId, unitId, elementId, title, activityDate, place, participants, description,
                tierLevel, rate, part, state, reviewReason, true, requireReason(reason), createdBy, createdAt, submittedAt,
                reviewedBy, reviewedAt, version);
    }

    /** Counts toward the unit's facts: approved (a false one still counts, and is also counted as false). */
    public boolean counts() {
        return state == RecordState.APPROVED;
    }

    private void requireSubmitted(String action) {
        if (state != RecordState.SUBMITTED) {
            throw new RecordTransitionRefused(state, action);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("reason", "请写明理由");
        }
        return reason.strip();
    }

    private ActivityRecord with(RecordState newState, String reason, Instant submitted, String reviewer, Instant reviewed) {
        return new ActivityRecord(id, yearId, unitId, elementId, title, activityDate, place, participants, description,
                tierLevel, rate, part, newState, reason, falsified, falsifiedReason, createdBy, createdAt, submitted, reviewer,
                reviewed, version);
    }
}

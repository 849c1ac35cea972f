package com.xingping.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.reporting.RecordDecided.Decision;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearWork;

/**
 * The records still open when a year closes: those waiting for review (settled with the committee's
 * one reason: each returned or rejected, audited and its reporter told) and the units' drafts, which
 * stay the units' own and simply go read-only.
 */
@Component
class YearEnd implements YearWork {
    private static final int LINES = 20;
    private final Records records;
    private final UnitRegistry units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    YearEnd(Records records, UnitRegistry units, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<OpenWork> open(AssessmentYear year) {
        List<OpenWork> open = new ArrayList<>();
        List<ActivityRecord> waiting = sorted(records.findByYearIdAndState(year.id(), RecordState.SUBMITTED));
        if (!waiting.isEmpty()) {
            open.add(new OpenWork("waiting", "待审核记录（关闭前须一并退回或不予认定）", waiting.size(), true, lines(waiting)));
        }
        List<ActivityRecord> drafts = sorted(records.findByYearIdAndState(year.id(), RecordState.DRAFT));
        if (!drafts.isEmpty()) {
            open.add(new OpenWork("drafts", "各单位未提交的草稿（关闭后不再能提交）", drafts.size(), false, lines(drafts)));
        }
        return open;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long settle(AssessmentYear year, Settlement settlement) {
        String reason = RecordRules.reason(settlement.reason());
        String by = actor();
        Instant now = Instant.now(clock);
        boolean reject = settlement.decision() == Settlement.Decision.REJECT;
        List<ActivityRecord> waiting = sorted(records.findByYearIdAndState(year.id(), RecordState.SUBMITTED));
        for (ActivityRecord before : waiting) {
            ActivityRecord after = records.save(reject ? before.reject(by, reason, now) : before.returnForChanges(by, reason, now));
            audit.record(reject ? "record.rejected" : "record.returned", "record", before.id(), before, after);
            events.publishEvent(RecordDecided.of(after, reject ? Decision.REJECTED : Decision.RETURNED, reason));
        }
        return waiting.size();
    }

    private static List<ActivityRecord> sorted(List<ActivityRecord> found) {
        return found.stream().sorted(Comparator.comparing(ActivityRecord::unitId).thenComparing(ActivityRecord::id)).toList();
    }

    private List<String> lines(List<ActivityRecord> found) {
        return found.stream().limit(LINES)
                .map(r -> units.find(r.unitId()).map(u -> u.name()).orElse("单位 " + r.unitId()) + " · " + r.title() + "（#" + r.id() + "）")
                .toList();
    }

    private static String actor() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null ? "system" : signedIn.getName();
    }
}

package com.xingping.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.dialect.Escaper;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;
import com.xingping.reporting.RecordDecided.Decision;
import com.xingping.rubric.Element;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * The committee's review desk (admins and reviewers only): the queue, and approve, return, reject
 * or mark falsified, one record or many. The record itself refuses a transition its state does not
 * allow; a stale version is a conflict; a closed year is read-only. Each change is audited.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
public class ReviewDesk {
    static final int BULK_LIMIT = 200;
    private final Records records;
    private final JdbcAggregateOperations aggregates;
    private final YearRegistry years;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReviewDesk(Records records, JdbcAggregateOperations aggregates, YearRegistry years, AuditLog audit, Clock clock,
               ApplicationEventPublisher events) {
        this.records = records;
        this.aggregates = aggregates;
        this.years = years;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * One page of the records matching the filter, in its order: filtered, sorted, counted and cut
     * in the database, so a page costs the same for a city as for a province.
     */
    public PageOf<ActivityRecord> queue(ReviewFilter filter, Paging paging) {
        Query query = query(filter);
        if (query == null) {
            return PageOf.of(List.of(), paging, 0);
        }
        List<ActivityRecord> page = aggregates.findAll(query.sort(filter.order().sort())
                .limit(paging.size()).offset(paging.offset()), ActivityRecord.class);
        return PageOf.of(page, paging, aggregates.count(query, ActivityRecord.class));
    }

    /** The first record awaiting a decision inside the filter, other than the one just decided. */
    public Optional<ActivityRecord> next(ReviewFilter filter, Long decided) {
        Query query = query(filter.pending());
        return query == null ? Optional.empty()
                : aggregates.findAll(query.sort(filter.order().sort()).limit(2), ActivityRecord.class).stream()
                        .filter(record -> !record.id().equals(decided)).findFirst();
    }

    /** The filter as a query on the year's records; {@code null} when no record can match (a star without elements). */
    private Query query(ReviewFilter filter) {
        AssessmentYear year = filter.yearId() == null ? years.current() : years.get(filter.yearId());
        Criteria criteria = Criteria.where("yearId").is(year.id());
        criteria = filter.state() == null ? criteria.and("state").not(RecordState.DRAFT)
                : criteria.and("state").is(filter.state());
        if (filter.unitId() != null) {
            criteria = criteria.and("unitId").is(filter.unitId());
        }
        if (filter.elementId() != null) {
            criteria = criteria.and("elementId").is(filter.elementId());
        }
        if (filter.q() != null) {
            // the backslash is LIKE's default escape on both H2 and PostgreSQL: a "%" or "_" typed is looked for as such
            criteria = criteria.and("title").like("%" + Escaper.DEFAULT.escape(filter.q()) + "%").ignoreCase(true);
        }
        if (filter.star() != null) {
            List<String> ofStar = years.rubricOf(year).elements().stream()
                    .filter(e -> e.starId().equals(filter.star())).map(Element::id).toList();
            if (ofStar.isEmpty()) {
                return null;
            }
            criteria = criteria.and("elementId").in(ofStar);
        }
        return Query.query(criteria);
    }

    /**
     * The unit's other handed-in records of the record's element in its year, the latest activity
     * first: the first {@code limit} and how many in all, counted in the database.
     */
    public ReviewRecord.OtherRecords others(ActivityRecord record, int limit) {
        Query query = Query.query(Criteria.where("yearId").is(record.yearId()).and("unitId").is(record.unitId())
                .and("elementId").is(record.elementId()).and("state").not(RecordState.DRAFT).and("id").not(record.id()));
        List<ActivityRecord> first = aggregates.findAll(query.sort(ReviewOrder.ACTIVITY.sort()).limit(limit), ActivityRecord.class);
        return new ReviewRecord.OtherRecords(first.stream().map(ReviewRecord.OtherRecord::of).toList(),
                first.size() < limit ? first.size() : aggregates.count(query, ActivityRecord.class));
    }

    /** A record the committee may look at: every handed-in one; a draft is the unit's own and does not exist here. */
    public ActivityRecord record(Long id) {
        return Optional.of(stored(id)).filter(r -> r.state() != RecordState.DRAFT).orElseThrow(() -> new NotFound("记录 " + id));
    }

    private ActivityRecord stored(Long id) {
        return records.findById(id).orElseThrow(() -> new NotFound("记录 " + id));
    }

    @Transactional
    public ActivityRecord approve(CurrentUser reviewer, Long id, Integer expectedVersion) {
        return decide(id, expectedVersion, "record.approved", Decision.APPROVED, null,
                r -> r.approve(reviewer.username(), now()));
    }

    @Transactional
    public ActivityRecord returnForChanges(CurrentUser reviewer, Long id, String reason, Integer expectedVersion) {
        String text = RecordRules.reason(reason);
        return decide(id, expectedVersion, "record.returned", Decision.RETURNED, text,
                r -> r.returnForChanges(reviewer.username(), text, now()));
    }

    @Transactional
    public ActivityRecord reject(CurrentUser reviewer, Long id, String reason, Integer expectedVersion) {
        String text = RecordRules.reason(reason);
        return decide(id, expectedVersion, "record.rejected", Decision.REJECTED, text,
                r -> r.reject(reviewer.username(), text, now()));
    }

    /** An approved record found false: it stays approved and feeds the "加倍倒扣" penalty. */
    @Transactional
    public ActivityRecord markFalsified(CurrentUser reviewer, Long id, String reason, Integer expectedVersion) {
        String text = RecordRules.reason(reason);
        return decide(id, expectedVersion, "record.falsified", Decision.FALSIFIED, text, r -> r.markFalsified(text));
    }

    /** Approves every one of the records, or (if any is not submitted, unknown or in a closed year) none of them. */
    @Transactional
    public List<ActivityRecord> bulkApprove(CurrentUser reviewer, List<Long> ids) {
        Set<Long> wanted = ids == null ? Set.of() : new LinkedHashSet<>(ids.stream().filter(java.util.Objects::nonNull).toList());
        if (wanted.isEmpty()) {
            throw new Refusal("ids", "请选择要通过的记录");
        }
        if (wanted.size() > BULK_LIMIT) {
            throw new Refusal("ids", "一次最多批量通过 " + BULK_LIMIT + " 条记录（收到 " + wanted.size() + " 条）");
        }
        Map<Long, ActivityRecord> found = records.findAllById(wanted).stream()
                .collect(Collectors.toMap(ActivityRecord::id, Function.identity()));
        List<String> problems = new ArrayList<>();
        wanted.stream().filter(id -> !found.containsKey(id)).forEach(id -> problems.add("#" + id + "（不存在）"));
        found.values().stream().filter(r -> r.state() != RecordState.SUBMITTED).sorted(Comparator.comparing(ActivityRecord::id))
                .forEach(r -> problems.add("#" + r.id() + "（" + r.state().label() + "）"));
        if (!problems.isEmpty()) {
            throw new Refusal("ids", "只能批量通过待审核的记录，以下记录不是：" + String.join("、", problems) + "；未做任何更改");
        }
        Set<Long> openYears = new HashSet<>();
        List<ActivityRecord> approved = new ArrayList<>();
        for (Long id : wanted) {
            ActivityRecord before = found.get(id);
            if (openYears.add(before.yearId())) {
                years.requireOpen(before.yearId());
            }
            ActivityRecord after = records.save(before.approve(reviewer.username(), now()));
            audit.record("record.approved", "record", id, before, after);
            events.publishEvent(RecordDecided.of(after, Decision.APPROVED, null));
            approved.add(after);
        }
        return approved;
    }

    private ActivityRecord decide(Long id, Integer expectedVersion, String action, Decision decision, String reason,
                                  UnaryOperator<ActivityRecord> transition) {
        ActivityRecord before = stored(id);
        years.requireOpen(before.yearId());
        Versions.expect(before, expectedVersion);
        ActivityRecord after = records.save(transition.apply(before));
        audit.record(action, "record", id, before, after);
        events.publishEvent(RecordDecided.of(after, decision, reason));
        return after;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

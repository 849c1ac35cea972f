package com.xingping.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;
import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearChoice;
import com.xingping.year.YearRegistry;

/**
 * A unit reporter's desk: file a record with its evidence, edit it while it is a draft or returned,
 * submit it. Reads are open to whoever may read the unit. Every change is checked, saved whole or
 * not at all, and audited in the same transaction.
 */
@Service
public class RecordDesk {
    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("activityDate"), Sort.Order.desc("id"));
    private final Records records;
    private final Evidences evidences;
    private final EvidenceChecks checks;
    private final EvidenceRoom room;
    private final EvidenceStore store;
    private final YearRegistry years;
    private final YearChoice yearChoice;
    private final UnitRegistry units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordDesk(Records records, Evidences evidences, EvidenceChecks checks, EvidenceRoom room, EvidenceStore store, YearRegistry years, YearChoice yearChoice,
               UnitRegistry units, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.evidences = evidences;
        this.checks = checks;
        this.room = room;
        this.store = store;
        this.years = years;
        this.yearChoice = yearChoice;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One page of a year's records (the open year if none is named, else the newest closed one), the latest activity first: a
     * unit's, or for the committee with no unit named, the whole year's. A reporter only ever sees
     * their own unit's; the committee never sees a draft, which is the unit's own until submitted.
     */
    public PageOf<ActivityRecord> list(CurrentUser user, Long unitId, Long yearId, Paging paging) {
        Long unit = unitId == null && user.role() == Role.REPORTER ? user.unitId() : unitId;
        if (unit != null && !user.canRead(unit)) {
            throw new NotFound("单位 " + unitId);
        }
        AssessmentYear year = yearChoice.of(yearId);
        Pageable pageable = PageRequest.of(paging.page() - 1, paging.size(), LATEST_FIRST);
        Page<ActivityRecord> page;
        if (user.role() == Role.REPORTER) {
            page = records.findByUnitIdAndYearId(unit, year.id(), pageable);
        } else if (unit == null) {
            page = records.findByYearIdAndStateNot(year.id(), RecordState.DRAFT, pageable);
        } else {
            page = records.findByUnitIdAndYearIdAndStateNot(unit, year.id(), RecordState.DRAFT, pageable);
        }
        return PageOf.of(page.getContent(), paging, page.getTotalElements());
    }

    public ActivityRecord get(CurrentUser user, Long id) {
        ActivityRecord record = records.findById(id).orElseThrow(() -> new NotFound("记录 " + id));
        if (!mayRead(user, record)) {
            throw new NotFound("记录 " + id);
        }
        return record;
    }

    private static boolean mayRead(CurrentUser user, ActivityRecord record) {
        return user.canRead(record.unitId()) && (record.state() != RecordState.DRAFT || user.role() == Role.REPORTER);
    }

    public List<Evidence> evidenceOf(CurrentUser user, Long recordId) {
        return evidences.findByRecordIdOrderByIdAsc(get(user, recordId).id());
    }

    /** An evidence file, for those who may read its record; anyone else is told it does not exist. */
    public EvidenceFile evidenceFile(CurrentUser user, Long evidenceId) {
        Evidence evidence = evidences.findById(evidenceId).orElseThrow(() -> new NotFound("证明材料 " + evidenceId));
        ActivityRecord record = records.findById(evidence.recordId()).orElseThrow(() -> new NotFound("证明材料 " + evidenceId));
        if (!mayRead(user, record)) {
            throw new NotFound("证明材料 " + evidenceId);
        }
        audit.recordAccess("evidence.downloaded", "evidence", evidenceId,
                Map.of("record", record.id(), "name", evidence.originalName()));
        return new EvidenceFile(evidence, store.open(evidence.storedName()));
    }

    /** Files a new record of the reporter's unit in the open year, with its files; submits it too if asked. */
    @Transactional
    public ActivityRecord file(CurrentUser user, RecordForm form, List<Upload> uploads, boolean andSubmit) {
        if (user.role() != Role.REPORTER) {
            throw new AccessDeniedException("只有单位填报员可以填报记录");
        }
        AssessmentYear year = openYear();
        Element element = RecordRules.reportable(years.rubricOf(year), form.elementId());
        ActivityRecord.Content content = RecordRules.content(year, element, form);
        List<EvidenceChecks.Checked> files = checks.check(uploads, 0);
        units.lock(user.unitId());
        room.require(user.unitId(), year.id(), null, files);
        if (element.kind() == ElementKind.CHECK) {
            refuseSecondCheck(user.unitId(), year, element);
        }
        ActivityRecord record = records.save(ActivityRecord.draft(year.id(), user.unitId(), element.id(), content,
                user.username(), now()));
        audit.record("record.filed", "record", record.id(), null, record);
        attach(record, files, user);
        return andSubmit ? submit(record) : record;
    }

    /** Changes a draft or returned record (the element stays); {@code form.version()} is the version the reporter read. */
    @Transactional
    public ActivityRecord edit(CurrentUser user, Long id, RecordForm form, List<Upload> uploads, boolean andSubmit) {
        ActivityRecord before = writable(user, id, form.version(), "修改");
        if (form.version() == null) {
            throw new Refusal("version", "请提供读取记录时的版本号（version），以免覆盖他人的修改");
        }
        if (form.elementId() != null && !form.elementId().isBlank() && !form.elementId().strip().equals(before.elementId())) {
            throw new Refusal("elementId", "记录的考评项目不能更改；如选错了项目，请新建一条记录");
        }
        AssessmentYear year = years.get(before.yearId());
        Element element = RecordRules.reportable(years.rubricOf(year), before.elementId());
        ActivityRecord.Content content = RecordRules.content(year, element, form);
        List<EvidenceChecks.Checked> files = checks.check(uploads, evidences.countByRecordId(id));
        makeRoom(before, files);
        ActivityRecord after = records.save(before.edit(content, before.version()));
        audit.record("record.edited", "record", id, before, after);
        events.publishEvent(new RecordChanged(id));
        attach(after, files, user);
        return andSubmit ? submit(after) : after;
    }

    @Transactional
    public ActivityRecord submit(CurrentUser user, Long id, Integer expectedVersion) {
        return submit(writable(user, id, expectedVersion, "提交"));
    }

    /** The unit's reporter takes a submitted record back before review (audited); it is a draft again. */
    @Transactional
    public ActivityRecord withdraw(CurrentUser user, Long id, Integer expectedVersion) {
        if (user.role() != Role.REPORTER) {
            throw new AccessDeniedException("只有本单位填报员可以撤回记录");
        }
        ActivityRecord before = get(user, id);
        if (!user.canReportFor(before.unitId())) {
            throw new AccessDeniedException("只有本单位填报员可以撤回记录");
        }
        years.requireOpen(before.yearId());
        Versions.expect(before, expectedVersion);
        ActivityRecord after = records.save(before.withdraw());
        audit.record("record.withdrawn", "record", id, before, after);
        events.publishEvent(new RecordChanged(id));
        return after;
    }

    /** Adds files to a draft or returned record; the record's version moves on, so a concurrent submit conflicts. */
    @Transactional
    public List<Evidence> addEvidence(CurrentUser user, Long id, List<Upload> uploads, Integer expectedVersion) {
        ActivityRecord record = writable(user, id, expectedVersion, "添加证明材料");
        if (uploads.isEmpty()) {
            throw new Refusal("files", "请选择要上传的文件");
        }
        List<EvidenceChecks.Checked> files = checks.check(uploads, evidences.countByRecordId(id));
        makeRoom(record, files);
        return attach(records.save(record), files, user);
    }

    /** Removes a file from a draft or returned record (the audit log keeps what it was). */
    @Transactional
    public ActivityRecord removeEvidence(CurrentUser user, Long evidenceId) {
        Evidence evidence = evidences.findById(evidenceId).orElseThrow(() -> new NotFound("证明材料 " + evidenceId));
        ActivityRecord record = writable(user, evidence.recordId(), null, "删除证明材料");
        events.publishEvent(new EvidenceRemoved(evidence.id(), record.id()));
        evidences.delete(evidence);
        audit.record("evidence.removed", "record", record.id(), evidence, null);
        store.removeOnCommit(evidence.storedName());
        return records.save(record);
    }

    private ActivityRecord submit(ActivityRecord before) {
        ActivityRecord after = records.save(before.submit(now()));
        audit.record("record.submitted", "record", after.id(), before, after);
        events.publishEvent(new RecordChanged(after.id()));
        return after;
    }

    /** The record, if this reporter reports for its unit, its year is open, its state editable and the version still current. */
    private ActivityRecord writable(CurrentUser user, Long id, Integer expectedVersion, String action) {
        if (user.role() != Role.REPORTER) {
            throw new AccessDeniedException("只有本单位填报员可以" + action + "记录");
        }
        ActivityRecord record = get(user, id);
        if (!user.canReportFor(record.unitId())) {
            throw new AccessDeniedException("只有本单位填报员可以" + action + "记录");
        }
        years.requireOpen(record.yearId());
        Versions.expect(record, expectedVersion);
        if (!record.state().editable()) {
            throw new RecordTransitionRefused(record.state(), action);
        }
        return record;
    }

    /** Unit by unit, so two uploads at once cannot both squeeze into the unit's last room. */
    private void makeRoom(ActivityRecord record, List<EvidenceChecks.Checked> files) {
        if (!files.isEmpty()) {
            units.lock(record.unitId());
            room.require(record.unitId(), record.yearId(), record.id(), files);
        }
    }

    private void refuseSecondCheck(Long unitId, AssessmentYear year, Element element) {
        records.findByUnitIdAndYearIdAndElementId(unitId, year.id(), element.id()).stream()
                .filter(r -> r.state() != RecordState.REJECTED).findFirst().ifPresent(existing -> {
                    throw new Refusal("elementId", "“" + element.name() + "”（" + element.id() + "）是一次性项目，本单位 "
                            + year.year() + " 年度已有记录 #" + existing.id() + "（" + existing.state().label() + "），不能重复填报");
                });
    }

    private List<Evidence> attach(ActivityRecord record, List<EvidenceChecks.Checked> files, CurrentUser user) {
        List<Evidence> saved = new ArrayList<>();
        for (EvidenceChecks.Checked file : files) {
            String storedName = store.write(file);
            Evidence evidence = evidences.save(new Evidence(null, record.id(), file.originalName(), storedName,
                    file.type().contentType(), file.bytes().length, file.sha256(), user.username(), now()));
            audit.record("evidence.added", "record", record.id(), null, evidence);
            events.publishEvent(new EvidenceAdded(evidence.id(), record.id(), file.sha256(), evidence.contentType(), file.bytes()));
            saved.add(evidence);
        }
        return saved;
    }

    private AssessmentYear openYear() {
        try {
            return years.current();
        } catch (NotFound none) {
            throw new Refusal("year", "当前没有开放的考评年度，暂不能填报");
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

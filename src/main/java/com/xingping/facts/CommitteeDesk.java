package com.xingping.facts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearChoice;
import com.xingping.year.YearRegistry;

/**
 * The committee's desk (admins and reviewers): enters, edits and withdraws its facts about a unit's
 * year, checked against the year's rubric, only while the year is open and the unit active. Edits
 * and withdrawals must send the version read (a stale one is a conflict); a single-valued kind takes
 * one standing fact per subject (entries for one unit are serialised by a row lock on the unit).
 * Every change is audited with the fact before and after, in the same transaction.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
public class CommitteeDesk {
    private final CommitteeFacts facts;
    private final UnitRegistry units;
    private final YearRegistry years;
    private final YearChoice yearChoice;
    private final AuditLog audit;
    private final Clock clock;

    CommitteeDesk(CommitteeFacts facts, UnitRegistry units, YearRegistry years, YearChoice yearChoice, AuditLog audit, Clock clock) {
        this.facts = facts;
        this.units = units;
        this.years = years;
        this.yearChoice = yearChoice;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CommitteeFact enter(CurrentUser user, Long unitId, Long yearId, FactKind kind, FactForm form) {
        Unit unit = writableUnit(unitId);
        AssessmentYear year = years.requireOpen(yearChoice.of(yearId).id());
        FactContent content = rules(year).check(kind, form);
        units.lock(unit.id());
        refuseTakenSlot(unit.id(), year.id(), kind, content, null);
        CommitteeFact entered = facts.save(CommitteeFact.enter(year.id(), unit.id(), kind, content, user.username(), now()));
        audit.record("fact.entered", "fact", entered.id(), null, entered);
        return entered;
    }

    @Transactional
    public CommitteeFact edit(CurrentUser user, FactKind kind, Long id, FactForm form) {
        CommitteeFact before = fact(kind, id);
        AssessmentYear year = years.requireOpen(before.yearId());
        writableUnit(before.unitId());
        expect(before, form == null ? null : form.version());
        FactContent content = rules(year).check(kind, form);
        units.lock(before.unitId());
        refuseTakenSlot(before.unitId(), year.id(), kind, content, id);
        return save("fact.edited", before, before.edit(content, user.username(), now(), form.version()));
    }

    @Transactional
    public CommitteeFact withdraw(CurrentUser user, FactKind kind, Long id, String reason, Integer version) {
        CommitteeFact before = fact(kind, id);
        years.requireOpen(before.yearId());
        expect(before, version);
        return save("fact.withdrawn", before, before.withdraw(FactRules.withdrawalReason(reason), user.username(), now(),
                version));
    }

    /**
     * Sets a single-valued fact from an import: enters it, or edits the standing one when it says
     * something else (audited either way); unchanged when it already says the same. The caller holds
     * the transaction and has checked the unit and year.
     */
    Put put(CurrentUser user, Unit unit, AssessmentYear year, FactKind kind, FactForm form) {
        FactContent content = rules(year).check(kind, form);
        units.lock(unit.id());
        CommitteeFact standing = facts.findByUnitIdAndYearIdAndKindAndState(unit.id(), year.id(), kind, FactState.ACTIVE)
                .stream().filter(f -> Objects.equals(f.subject(), content.subject())).findFirst().orElse(null);
        if (standing == null) {
            CommitteeFact entered = facts.save(CommitteeFact.enter(year.id(), unit.id(), kind, content, user.username(), now()));
            audit.record("fact.entered", "fact", entered.id(), null, entered);
            return new Put(entered, Put.Outcome.ENTERED);
        }
        if (standing.says(content)) {
            return new Put(standing, Put.Outcome.UNCHANGED);
        }
        return new Put(save("fact.edited", standing, standing.edit(content, user.username(), now(), standing.version())),
                Put.Outcome.CHANGED);
    }

    /** What {@link #put} did. */
    record Put(CommitteeFact fact, Outcome outcome) {
        enum Outcome { ENTERED, CHANGED, UNCHANGED }
    }

    CommitteeFact fact(FactKind kind, Long id) {
        return facts.findById(id).filter(f -> f.kind() == kind).orElseThrow(() -> new NotFound("工委录入 " + kind.slug() + "/" + id));
    }

    private CommitteeFact save(String action, CommitteeFact before, CommitteeFact changed) {
        CommitteeFact after = facts.save(changed);
        audit.record(action, "fact", after.id(), before, after);
        return after;
    }

    private Unit writableUnit(Long unitId) {
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("单位 " + unitId));
        if (!unit.active()) {
            throw new Refusal("unitId", "单位“" + unit.name() + "”已停用，只读");
        }
        return unit;
    }

    /** A single-valued slot (an element's score, an aspect, the pilot, a period) takes one standing fact. */
    private void refuseTakenSlot(Long unitId, Long yearId, FactKind kind, FactContent content, Long editing) {
        if (!kind.singleValued()) {
            return;
        }
        boolean taken = facts.findByUnitIdAndYearIdAndKindAndState(unitId, yearId, kind, FactState.ACTIVE).stream()
                .anyMatch(f -> !f.id().equals(editing) && Objects.equals(f.subject(), content.subject()));
        if (taken) {
            throw new Refusal(slotField(kind), "已录入过" + (content.subject() == null ? "" : "（" + content.subject() + "）")
                    + "，请修改或撤销原记录，不要重复录入");
        }
    }

    private static String slotField(FactKind kind) {
        return switch (kind) {
            case ASSESSED -> "elementId";
            case PERFORMANCE -> "aspect";
            case INSPECTION -> "period";
            default -> "form";
        };
    }

    private static void expect(CommitteeFact fact, Integer version) {
        if (version == null) {
            throw new Refusal("version", "请提供读取时的版本号（version），以免覆盖他人的修改");
        }
        if (!version.equals(fact.version())) {
            throw new OptimisticLockingFailureException("工委录入 #" + fact.id() + " 已被他人修改（您看到的是第 " + version
                    + " 版，现为第 " + fact.version() + " 版）");
        }
    }

    private FactRules rules(AssessmentYear year) {
        return new FactRules(years.rubricOf(year), year, LocalDate.now(clock));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

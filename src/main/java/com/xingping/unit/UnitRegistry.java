package com.xingping.unit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.Conflict;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * Creates, edits and deactivates units, each change audited in the same transaction, and keeps each
 * unit's flags per year ({@link YearFlags}): a year scores with the flags it had.
 */
@Service
public class UnitRegistry {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;
    private final YearFlagsRows yearFlags;
    private final YearRegistry years;

    UnitRegistry(Units units, AuditLog audit, Clock clock, YearFlagsRows yearFlags, YearRegistry years) {
        this.yearFlags = yearFlags;
        this.years = years;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public Unit get(Long id) {
        return units.findById(id).orElseThrow(() -> new NotFound("单位 " + id));
    }

    public Optional<Unit> find(Long id) {
        return units.findById(id);
    }

    public Optional<Unit> byCode(String code) {
        return units.findByCode(code);
    }

    /** Every unit, active or not, by code. */
    public List<Unit> all() {
        return units.findAllByOrderByCodeAsc();
    }

    /** The active units (those assessed), by code. */
    public List<Unit> active() {
        return units.findByActiveTrueOrderByCodeAsc();
    }

    /** The unit's flags for the year: as set for that year, or the unit's own for a year without a row. */
    public YearFlags flags(Long yearId, Unit unit) {
        return yearFlags.findByUnitIdAndYearId(unit.id(), yearId).orElseGet(() -> YearFlags.of(unit, yearId));
    }

    /** The year's flags of every unit that has a row for it, by unit id. */
    public Map<Long, YearFlags> flagsOfYear(Long yearId) {
        return yearFlags.findByYearId(yearId).stream().collect(Collectors.toMap(YearFlags::unitId, f -> f));
    }

    /** Every year's flags of the unit, by year id (years without a row: the unit's own). */
    public Map<Long, YearFlags> flagsOfUnit(Unit unit) {
        Map<Long, YearFlags> byYear = new LinkedHashMap<>();
        years.all().forEach(year -> byYear.put(year.id(), YearFlags.of(unit, year.id())));
        yearFlags.findByUnitId(unit.id()).forEach(f -> byYear.put(f.yearId(), f));
        return byYear;
    }

    /** An administrator sets the unit's flags for one open year (audited); other years keep theirs. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public YearFlags setYearFlags(Long unitId, Long yearId, boolean inTargetAssessment, boolean committeeOwn,
                                  Integer version) {
        Unit unit = get(unitId);
        AssessmentYear year = years.requireOpen(yearId);
        YearFlags before = flags(year.id(), unit);
        if (before.id() != null && (version == null || !version.equals(before.version()))) {
            throw new OptimisticLockingFailureException("该年度的单位标记已被他人修改，请刷新后重试");
        }
        YearFlags after = yearFlags.save(before.set(inTargetAssessment, committeeOwn, before.version()));
        audit.record("unit.yearFlags.edited", "unit", unit.id(), before, after);
        return after;
    }

    /**
     * Before a unit's flags change: every year keeps the flags it scores with; a closed year without a
     * row is given the unit's flags as they were, an open year takes the new ones.
     */
    private void keepYears(Unit before, boolean inTargetAssessment, boolean committeeOwn) {
        Map<Long, YearFlags> rows = yearFlags.findByUnitId(before.id()).stream()
                .collect(Collectors.toMap(YearFlags::yearId, f -> f));
        for (AssessmentYear year : years.all()) {
            YearFlags row = rows.get(year.id());
            if (year.isOpen()) {
                YearFlags current = row == null ? YearFlags.of(before, year.id()) : row;
                if (current.id() == null || current.inTargetAssessment() != inTargetAssessment
                        || current.committeeOwn() != committeeOwn) {
                    yearFlags.save(current.set(inTargetAssessment, committeeOwn, current.version()));
                }
            } else if (row == null) {
                yearFlags.save(YearFlags.of(before, year.id()));
            }
        }
    }

    /** A year that opens takes every unit's flags as they are then (units that have a row keep it). */
    @EventListener
    void yearSaved(AfterSaveEvent<AssessmentYear> event) {
        AssessmentYear year = event.getEntity();
        if (!year.isOpen()) {
            return;
        }
        Map<Long, YearFlags> rows = flagsOfYear(year.id());
        for (Unit unit : units.findAllByOrderByCodeAsc()) {
            if (!rows.containsKey(unit.id())) {
                yearFlags.save(YearFlags.of(unit, year.id()));
            }
        }
    }

    /** For seeding (demo data): saved as given, no permission check. */
    @Transactional
    public Unit seed(Unit unit) {
        return units.save(unit);
    }

    /**
     * Holds the unit's row until the caller's transaction ends, so that writes of one unit's rows that
     * must see each other (a CHECK record filed once, a single-valued committee fact) go one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Long unitId) {
        units.lock(unitId);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Unit create(UnitForm form) {
        String code = form.code() == null ? "" : form.code().strip();
        if (codeProblem(code) != null) {
            throw new Refusal("code", "编码" + codeProblem(code));
        }
        if (units.findByCode(code).isPresent()) {
            throw new Conflict("code", "编码 " + code + " 已被使用");
        }
        Unit unit = units.save(Unit.create(code, name(form), form.inTargetAssessment(), form.committeeOwn(), Instant.now(clock)));
        keepYears(unit, unit.inTargetAssessment(), unit.committeeOwn());
        audit.record("unit.created", "unit", unit.id(), null, unit);
        return unit;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Unit edit(Long id, UnitForm form) {
        Unit before = get(id);
        keepYears(before, form.inTargetAssessment(), form.committeeOwn());
        Unit after = units.save(before.edit(name(form), form.inTargetAssessment(), form.committeeOwn(),
                form.version() == null ? before.version() : form.version()));
        audit.record("unit.edited", "unit", id, before, after);
        return after;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Unit setActive(Long id, boolean active) {
        Unit before = get(id);
        if (before.active() == active) {
            throw new Refusal("active", active ? "单位已是启用状态" : "单位已停用");
        }
        Unit after = units.save(active ? before.reactivate() : before.deactivate());
        audit.record(active ? "unit.reactivated" : "unit.deactivated", "unit", id, before, after);
        return after;
    }

    private static String name(UnitForm form) {
        String name = form.name() == null ? "" : form.name().strip();
        if (nameProblem(name) != null) {
            throw new Refusal("name", "名称不能为空，且不超过 100 字");
        }
        return name;
    }

    /** Null when the (stripped) code is one a unit may have, else why not, to follow the word 编码. */
    static String codeProblem(String code) {
        return CODE.matcher(code).matches() ? null : "须为 1-32 位字母、数字或连字符";
    }

    /** Null when the (stripped) name is one a unit may have, else why not, to follow the word 名称. */
    static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "不能为空";
        }
        return name.length() > 100 ? "不能超过 100 字" : null;
    }
}

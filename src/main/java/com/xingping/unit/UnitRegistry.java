package com.xingping.unit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;

/** Creates, edits and deactivates units, each change audited in the same transaction. */
@Service
public class UnitRegistry {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    UnitRegistry(Units units, AuditLog audit, Clock clock) {
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
            throw new Refusal("code", "编码 " + code + " 已被使用");
        }
        Unit unit = units.save(Unit.create(code, name(form), form.inTargetAssessment(), form.committeeOwn(), Instant.now(clock)));
        audit.record("unit.created", "unit", unit.id(), null, unit);
        return unit;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Unit edit(Long id, UnitForm form) {
        Unit before = get(id);
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

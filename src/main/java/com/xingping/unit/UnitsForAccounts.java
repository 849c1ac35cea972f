package com.xingping.unit;

import java.util.List;

import org.springframework.stereotype.Component;

import com.xingping.identity.UnitsToBind;

/** The units as account administration sees them: what a reporter may be bound to. */
@Component
class UnitsForAccounts implements UnitsToBind {
    private final Units units;

    UnitsForAccounts(Units units) {
        this.units = units;
    }

    @Override
    public List<UnitToBind> all() {
        return units.findAllByOrderByCodeAsc().stream().map(u -> new UnitToBind(u.id(), u.name(), u.active())).toList();
    }

    @Override
    public boolean exists(Long unitId) {
        return units.existsById(unitId);
    }
}

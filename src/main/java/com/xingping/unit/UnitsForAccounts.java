package com.xingping.unit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.xingping.identity.UnitsToBind;

/** The units as account administration sees them: what a reporter may be bound to. */
@Component
class UnitsForAccounts implements UnitsToBind {
    private final Units units;
    private final UnitDirectory directory;

    UnitsForAccounts(Units units, UnitDirectory directory) {
        this.units = units;
        this.directory = directory;
    }

    @Override
    public Optional<UnitToBind> named(String text) {
        return directory.named(text).map(UnitsForAccounts::toBind);
    }

    @Override
    public Map<Long, UnitToBind> byIds(Collection<Long> ids) {
        return units.findAllById(ids).stream().map(UnitsForAccounts::toBind)
                .collect(Collectors.toMap(UnitToBind::id, Function.identity()));
    }

    @Override
    public boolean exists(Long unitId) {
        return units.existsById(unitId);
    }

    private static UnitToBind toBind(Unit unit) {
        return new UnitToBind(unit.id(), unit.code(), unit.name(), unit.active());
    }
}

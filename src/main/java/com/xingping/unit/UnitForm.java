package com.xingping.unit;

/** What a committee admin enters for a unit (the code only on creation). */
public record UnitForm(String code, String name, boolean inTargetAssessment, boolean committeeOwn, Integer version) {

    static UnitForm blank() {
        return new UnitForm("", "", true, false, null);
    }

    static UnitForm of(Unit unit) {
        return new UnitForm(unit.code(), unit.name(), unit.inTargetAssessment(), unit.committeeOwn(), unit.version());
    }
}

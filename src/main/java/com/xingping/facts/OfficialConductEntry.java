package com.xingping.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import com.xingping.kernel.Refusal;

/**
 * The committee's entry of a year's official 行风评议 standings: the mean and the units in the last
 * three places, with the date and reference of the document they come from. Withdrawn, never deleted.
 */
@Table("conduct_official")
public record OfficialConductEntry(@Id Long id, Long yearId, BigDecimal mean,
                                   @MappedCollection(idColumn = "conduct_official") Set<Bottom> bottom,
                                   LocalDate factDate, String reference, String reason, FactState state,
                                   String withdrawalReason, String enteredBy, Instant enteredAt, String withdrawnBy,
                                   Instant withdrawnAt, @Version Integer version) {

    /** A unit the official standings place in the last three places. */
    @Table("conduct_official_bottom")
    public record Bottom(Long unitId) {
    }

    public OfficialConductEntry {
        bottom = Set.copyOf(bottom);
    }

    static OfficialConductEntry enter(Long yearId, BigDecimal mean, Set<Long> bottomUnits, LocalDate date, String reference,
                                      String reason, String by, Instant at) {
        return new OfficialConductEntry(null, yearId, mean,
                bottomUnits.stream().map(Bottom::new).collect(java.util.stream.Collectors.toSet()), date, reference, reason,
                FactState.ACTIVE, null, by, at, null, null, null);
    }

    public boolean active() {
        return state == FactState.ACTIVE;
    }

    /** The bottom units' ids, in order. */
    public Set<Long> bottomUnits() {
        TreeSet<Long> ids = new TreeSet<>();
        bottom.forEach(b -> ids.add(b.unitId()));
        return ids;
    }

    OfficialConductEntry withdraw(String why, String by, Instant at, Integer expectedVersion) {
        if (!active()) {
            throw new Refusal("state", "该官方成绩已撤销");
        }
        return new OfficialConductEntry(id, yearId, mean, bottom, factDate, reference, reason, FactState.WITHDRAWN, why,
                enteredBy, enteredAt, by, at, expectedVersion);
    }
}

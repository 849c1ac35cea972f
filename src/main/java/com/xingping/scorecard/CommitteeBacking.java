package com.xingping.scorecard;

import java.time.LocalDate;

import com.xingping.facts.CommitteeFact;

/** A committee fact behind an element (its ASSESS score or a penalty), as the scorecard shows it beside the records. */
public record CommitteeBacking(String kind, Long id, LocalDate date, String reference, String reason) {

    static CommitteeBacking of(CommitteeFact fact) {
        return new CommitteeBacking(fact.kind().slug(), fact.id(), fact.factDate(), fact.reference(), fact.reason());
    }
}

package com.xingping.scorecard;

import java.time.LocalDate;

/** A committee fact behind an element (its ASSESS score or a penalty), as the scorecard shows it beside the records. */
public record CommitteeBacking(String kind, Long id, LocalDate date, String reference, String reason) {
}

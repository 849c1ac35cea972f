package com.xingping.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a valid fact says, in the columns it is kept in (see {@code V2__committee_facts.sql} for each kind's use). */
record FactContent(String subject, String item, BigDecimal amount, Integer times, Boolean flag, String project,
                   LocalDate date, String reference, String reason) {
}

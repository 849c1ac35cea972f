package com.xingping.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A committee fact as the pages and the API show it: {@code title} says in one line what it is
 * (zh-CN), the typed fields are those of its kind (others are left out of the JSON), {@code counts}
 * whether the engine scores it and {@code note} why not (withdrawn, an award outside the window, a
 * quarterly inspection rating).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactView(Long id, Long unitId, Long yearId, String kind, String title, String elementId,
                       String penaltyId, Integer times, String baselineId, String starId, BigDecimal score,
                       BigDecimal points, String aspect, Boolean passed, String project, String level, String form,
                       Boolean succeeded, String period, LocalDate date, String reference, String reason,
                       FactState state, boolean counts, String note, String withdrawalReason, String enteredBy,
                       Instant enteredAt, String changedBy, Instant changedAt, String withdrawnBy, Instant withdrawnAt,
                       Integer version) {

    public boolean active() {
        return state == FactState.ACTIVE;
    }
}

package com.xingping.audit;

import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An audit entry as the audit administrator reads it: before and after indented, the outcome named. */
record AuditEntry(long id, Instant at, String account, String address, String action, String objectType, Long objectId,
                  String outcome, String outcomeLabel, String before, String after, String hash) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static AuditEntry of(AuditEvent event) {
        AuditOutcome outcome = AuditOutcome.ofCode(event.outcome());
        return new AuditEntry(event.id(), event.at(), event.actor(), event.address(), event.action(), event.entityType(),
                event.entityId(), event.outcome(), outcome == null ? event.outcome() : outcome.label(), readable(event.beforeState()),
                readable(event.afterState()), event.entryHash());
    }

    /** Stored JSON indented; a text cut at 8,000 characters (no longer JSON) as it is. */
    private static String readable(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode tree = JSON.readTree(json);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JacksonException e) {
            return json;
        }
    }
}

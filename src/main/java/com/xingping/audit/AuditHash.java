package com.xingping.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical content of an entry and its SHA-256. Every field is written as its length, a colon
 * and its text ({@code -} for none), one per line, so no two different entries share a text. The id
 * is left out (an entry's place is its link to the one before); the first entry links to
 * {@link #GENESIS}.
 */
final class AuditHash {
    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "xingping-audit-1";

    private AuditHash() {
    }

    static String of(AuditEvent event, String previous) {
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        for (String field : new String[] {event.at().toString(), event.actor(), event.address(), event.action(), event.entityType(),
                event.entityId() == null ? null : event.entityId().toString(), event.outcome(), event.beforeState(),
                event.afterState(), previous}) {
            text.append(field == null ? "-" : field.length() + ":" + field).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

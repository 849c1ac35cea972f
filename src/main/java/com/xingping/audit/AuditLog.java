package com.xingping.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events inside the caller's transaction, so a change and its audit line are saved
 * together or not at all. The actor and address come from the current request.
 */
@Component
public class AuditLog {
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private final AuditEvents events;
    private final Clock clock;

    AuditLog(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Long entityId, Object before, Object after) {
        events.save(new AuditEvent(null, Instant.now(clock), actor(), address(), action, entityType, entityId,
                json(before), json(after)));
    }

    /** Everything that happened to one entity, oldest first. */
    public List<AuditEvent> history(String entityType, Long entityId) {
        return events.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId);
    }

    private static String json(Object state) {
        if (state == null) {
            return null;
        }
        String text = JSON.writeValueAsString(state);
        return text.length() > 8000 ? text.substring(0, 7999) + "…" : text;
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static String address() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }
}

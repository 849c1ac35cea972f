package com.xingping.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Insert and read only: the log offers no way to change or remove an event. */
interface AuditEvents extends Repository<AuditEvent, Long> {
    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, Long entityId);

    List<AuditEvent> findTop200ByOrderByIdDesc();

    long count();
}

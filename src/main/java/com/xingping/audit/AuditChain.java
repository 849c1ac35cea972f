package com.xingping.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the hash chain one writer at a time: the single {@code audit_head} row is locked
 * ({@code SELECT … FOR UPDATE}) inside the writer's transaction, so the next writer waits until it
 * commits or rolls back and then reads the new head. Entries written without a hash (before the
 * chain existed, or in bulk by the generator) are sealed first, in id order.
 */
@Component
class AuditChain {
    static final String COLUMNS = "id, occurred_at, actor, address, action, entity_type, entity_id, before_state, after_state,"
            + " outcome, previous_hash, entry_hash";
    static final RowMapper<AuditEvent> ROWS = AuditChain::row;
    private static final int SEAL_CHUNK = 1000;
    private final AuditEvents events;
    private final JdbcTemplate jdbc;
    private volatile Boolean h2;

    AuditChain(AuditEvents events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent append(AuditEvent event) {
        Head head = seal(lockHead()).head();
        AuditEvent saved = events.save(event.sealed(head.lastHash()));
        jdbc.update("update audit_head set last_id = ?, last_hash = ? where id = 1", saved.id(), saved.entryHash());
        return saved;
    }

    /** Seals the entries written without a hash after the head; how many. */
    @Transactional
    public long sealPending() {
        return seal(lockHead()).count();
    }

    private Head lockHead() {
        if (h2 == null) {
            h2 = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName().equals("H2"));
        }
        if (h2) {
            // H2 gives up on a lock after one second by default; fifty writers queue longer than that
            jdbc.execute("set lock_timeout 30000");
        }
        return jdbc.queryForObject("select last_id, last_hash from audit_head where id = 1 for update",
                (rs, n) -> new Head((Long) rs.getObject("last_id", Long.class), rs.getString("last_hash")));
    }

    private Sealing seal(Head head) {
        long count = 0;
        while (true) {
            List<AuditEvent> pending = jdbc.query("select " + COLUMNS + " from audit_event where id > ? and entry_hash is null"
                    + " order by id limit " + SEAL_CHUNK, ROWS, head.lastId() == null ? Long.MIN_VALUE : head.lastId());
            if (pending.isEmpty()) {
                return new Sealing(head, count);
            }
            count += pending.size();
            List<Object[]> hashes = new ArrayList<>();
            String previous = head.lastHash();
            for (AuditEvent event : pending) {
                AuditEvent sealed = event.sealed(previous);
                hashes.add(new Object[] {sealed.previousHash(), sealed.entryHash(), sealed.id()});
                previous = sealed.entryHash();
            }
            jdbc.batchUpdate("update audit_event set previous_hash = ?, entry_hash = ? where id = ? and entry_hash is null", hashes);
            head = new Head(pending.get(pending.size() - 1).id(), previous);
            jdbc.update("update audit_head set last_id = ?, last_hash = ? where id = 1", head.lastId(), head.lastHash());
        }
    }

    private static AuditEvent row(ResultSet rs, int n) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("address"), rs.getString("action"), rs.getString("entity_type"), rs.getObject("entity_id", Long.class),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("outcome"), rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }

    private record Sealing(Head head, long count) {
    }

    /** The last sealed entry: none yet when the log is empty or nothing is sealed. */
    record Head(Long lastId, String lastHash) {
        Head {
            lastHash = lastHash == null ? AuditHash.GENESIS : lastHash;
        }
    }
}

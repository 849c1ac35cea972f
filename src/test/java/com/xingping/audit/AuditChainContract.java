package com.xingping.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain against a real database; run on H2 and on PostgreSQL by its subclasses. Every test
 * leaves the chain intact (a tampered entry is put back), for the database is shared.
 */
@SpringBootTest
abstract class AuditChainContract {
    @Autowired
    AuditLog audit;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void changesAndSecurityEventsFormOneChainThatVerifies() {
        transaction.executeWithoutResult(status -> {
            audit.record("test.changed", "record", 1L, Map.of("title", "旧标题"), Map.of("title", "新标题"));
            audit.record("test.changed", "record", 1L, Map.of("title", "新标题"), Map.of("title", "再改"));
        });
        audit.recordSecurity("account.sign-in-failed", "nobody", "203.0.113.9", AuditOutcome.FAILED, Map.of("reason", "BadCredentials"));

        List<Map<String, Object>> last = jdbc.queryForList(
                "select id, actor, address, outcome, previous_hash, entry_hash from audit_event order by id desc limit 3");
        assertThat(last.get(0)).containsEntry("actor", "nobody").containsEntry("address", "203.0.113.9").containsEntry("outcome", "failed");
        assertThat(last.get(0).get("previous_hash")).isEqualTo(last.get(1).get("entry_hash"));
        assertThat(last.get(1).get("previous_hash")).isEqualTo(last.get(2).get("entry_hash"));
        assertThat(last.get(0).get("entry_hash").toString()).matches("[0-9a-f]{64}");
        AuditVerifier.Verdict verdict = verifier.verify();
        assertThat(verdict.broken()).isNull();
        assertThat(verdict.count()).isEqualTo(jdbc.queryForObject("select count(*) from audit_event", Long.class));
    }

    @Test
    void fiftyWritersAtOnceDoNotForkTheChain() throws Exception {
        long before = maxId();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                long entity = i;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    transaction.executeWithoutResult(status -> audit.record("test.concurrent", "record", entity, null, Map.of("n", entity)));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> one : done) {
                one.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForObject("select count(*) from audit_event where id > ? and action = 'test.concurrent'", Long.class, before))
                .isEqualTo(50);
        assertThat(jdbc.queryForObject("select count(distinct previous_hash) from audit_event where id > ?", Long.class, before))
                .isEqualTo(jdbc.queryForObject("select count(*) from audit_event where id > ?", Long.class, before));
        assertThat(verifier.verify().broken()).isNull();
    }

    @Test
    void entriesWrittenWithoutAHashAreSealedInOrder() {
        // as the rows of a database from before the chain, or the generator's bulk rows, look
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into audit_event (occurred_at, actor, address, action, entity_type, entity_id, before_state, after_state)"
                    + " values (?, 'system', null, 'test.old', 'record', ?, null, '{\"old\":true}')", Timestamp.from(Instant.parse("2018-01-02T03:04:05Z")), i);
        }

        AuditVerifier.Verdict verdict = verifier.verify();

        assertThat(verdict.sealed()).isGreaterThanOrEqualTo(3);
        assertThat(verdict.broken()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entry_hash is null", Long.class)).isZero();
    }

    @Test
    void anEntryChangedWithSqlIsNamed() {
        transaction.executeWithoutResult(status -> audit.record("test.tampered", "record", 7L, null, Map.of("score", "3.00")));
        long id = maxId();
        String original = jdbc.queryForObject("select after_state from audit_event where id = ?", String.class, id);
        if (onPostgres()) {
            assertThatThrownBy(() -> jdbc.update("update audit_event set after_state = '{\"score\":\"9.00\"}' where id = ?", id))
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }
        try {
            asOwner("update audit_event set after_state = '{\"score\":\"9.00\"}' where id = " + id);

            AuditVerifier.Verdict verdict = verifier.verify();

            assertThat(verdict.broken()).isNotNull();
            assertThat(verdict.broken().id()).isEqualTo(id);
            assertThat(verdict.broken().problem()).contains("not to its stored hash");
        } finally {
            asOwner("update audit_event set after_state = '" + original + "' where id = " + id);
        }
        assertThat(verifier.verify().broken()).isNull();
    }

    @Test
    void aRemovedEntryIsNamedByTheOneAfterIt() {
        transaction.executeWithoutResult(status -> {
            audit.record("test.removed", "record", 8L, null, Map.of("n", 1));
            audit.record("test.kept", "record", 8L, null, Map.of("n", 2));
        });
        long kept = maxId();
        Map<String, Object> removed = jdbc.queryForMap("select * from audit_event where id = ?", kept - 1);
        try {
            asOwner("delete from audit_event where id = " + (kept - 1));

            AuditVerifier.Broken broken = verifier.verify().broken();

            assertThat(broken.id()).isEqualTo(kept);
            assertThat(broken.problem()).contains("is not the hash").contains("entry " + (kept - 2));
        } finally {
            jdbc.update("insert into audit_event (id, occurred_at, actor, address, action, entity_type, entity_id, before_state, after_state,"
                    + " outcome, previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", removed.get("id"),
                    removed.get("occurred_at"), removed.get("actor"), removed.get("address"), removed.get("action"), removed.get("entity_type"),
                    removed.get("entity_id"), removed.get("before_state"), removed.get("after_state"), removed.get("outcome"),
                    removed.get("previous_hash"), removed.get("entry_hash"));
        }
        assertThat(verifier.verify().broken()).isNull();
    }

    private long maxId() {
        Long max = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        return max == null ? 0 : max;
    }

    private boolean onPostgres() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
    }

    /** What the table's owner can still do on PostgreSQL: take the trigger away, logged, then change the table. */
    private void asOwner(String sql) {
        if (onPostgres()) {
            jdbc.execute("alter table audit_event disable trigger audit_event_no_change");
            try {
                jdbc.update(sql);
            } finally {
                jdbc.execute("alter table audit_event enable trigger audit_event_no_change");
            }
        } else {
            jdbc.update(sql);
        }
    }
}

package com.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.xingping.support.Jar;

/**
 * {@code xingping.jar audit verify} as an operator runs it: the demo city's log is intact; an entry
 * changed by hand with SQL is named, exit 1; bad arguments exit 2 before any start.
 */
class AuditCommandIT {
    @Test
    void namesTheEntryChangedWithSql(@TempDir Path dir) throws Exception {
        String[] demo = {"audit", "verify", "--spring.profiles.active=demo", "--xingping.data-dir=" + dir};
        Jar.Result intact = Jar.run(demo);
        assertThat(intact.exit()).as(intact.stderr()).isZero();
        assertThat(intact.stdout()).containsPattern("audit verify: OK, [1-9][0-9]* entries, chain intact");
        String url = "jdbc:h2:file:" + dir.resolve("xingping-demo") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        long changed;
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            changed = Long.parseLong(single(sql, "select min(id) from audit_event"));
            sql.executeUpdate("update audit_event set actor = 'someone-else' where id = " + changed);
        }

        Jar.Result broken = Jar.run(demo);

        assertThat(broken.exit()).as(broken.stdout() + broken.stderr()).isEqualTo(1);
        assertThat(broken.stderr()).containsPattern("audit verify: BROKEN at entry " + changed + " \\(\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\\)")
                .contains("not to its stored hash");
    }

    @Test
    void aDatabaseFromBeforeTheChainVerifies(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("xingping") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("16").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            for (int i = 1; i <= 3; i++) {
                sql.executeUpdate("insert into audit_event (occurred_at, actor, address, action, entity_type, entity_id, before_state,"
                        + " after_state) values (timestamp with time zone '2018-03-0" + i + " 09:00:00.123456+08', 'shenhe', '10.0.0." + i
                        + "', 'record.approved', 'record', " + i + ", '{\"state\":\"SUBMITTED\"}', '{\"state\":\"APPROVED\"}')");
            }
        }

        Jar.Result verified = Jar.run("audit", "verify", "--xingping.data-dir=" + dir, "--xingping.admin-password=Verify-First-2026");

        assertThat(verified.exit()).as(verified.stderr()).isZero();
        assertThat(verified.stdout()).containsPattern("audit verify: OK, [4-9] entries, chain intact");
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            assertThat(single(sql, "select count(*) from audit_event where entry_hash is null or outcome <> 'ok'")).isEqualTo("0");
        }
    }

    @Test
    void badArgumentsExitTwoNamingThem() throws Exception {
        Jar.Result none = Jar.run("audit");
        Jar.Result unknown = Jar.run("audit", "check");
        Jar.Result extra = Jar.run("audit", "verify", "--all");

        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.stderr()).contains("audit: missing subcommand 'verify'").contains("usage: xingping.jar audit verify");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.stderr()).contains("audit: unknown subcommand 'check'");
        assertThat(extra.exit()).isEqualTo(2);
        assertThat(extra.stderr()).contains("audit: unknown argument '--all'");
        assertThat(none.stdout() + unknown.stdout() + extra.stdout()).isEmpty();
    }

    private static String single(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertThat(rows.next()).as(query).isTrue();
            return rows.getString(1);
        }
    }
}

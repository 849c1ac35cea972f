package com.xingping.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import com.xingping.support.Jar;

/**
 * {@code xingping.jar generate} as an operator runs it: on the embedded H2 file and on PostgreSQL it
 * fills the year and says what it wrote (progress on stderr); a second run is refused with exit 2
 * and leaves every table as it was; bad arguments exit 2 naming the option, before any start.
 */
class GenerateCommandIT {
    private static final String PASSWORD = "province-pass-2018";
    private static final List<String> TABLES = List.of("unit", "app_user", "activity_record", "evidence", "member",
            "committee_fact", "audit_event", "unit_standing");

    @Test
    void fillsTheEmbeddedDatabaseOnceAndRefusesASecondTime(@TempDir Path dir) throws Exception {
        String[] args = {"generate", "--units", "3", "--records-per-unit", "10", "--password", PASSWORD,
                "--xingping.data-dir=" + dir};
        String url = "jdbc:h2:file:" + dir.resolve("xingping") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

        // the platform may be running on this server: its management port (8081) is taken, and generate needs none
        Jar.Result first;
        try (java.net.ServerSocket platform = busy(8081)) {
            first = Jar.run(args);
        }

        assertThat(first.exit()).as(first.stdout() + first.stderr()).isZero();
        assertThat(first.stdout()).contains("2018: 3 units, 30 records (").contains("accounts admin and g0001");
        assertThat(first.stderr()).contains("generate: 3 of 3 units, 30 records");
        Map<String, Long> before = counts(url, "sa", "");
        assertThat(before).containsEntry("unit", 3L).containsEntry("app_user", 4L).containsEntry("activity_record", 30L)
                .containsEntry("unit_standing", 3L);

        Jar.Result again = Jar.run(args);

        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.stderr()).contains("generate: the database already holds 3 units; generate fills an empty database"
                + " only; nothing was written");
        assertThat(again.stdout()).isEmpty();
        assertThat(counts(url, "sa", "")).isEqualTo(before);
    }

    @Test
    void fillsPostgres(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Jar.Result result = Jar.run("generate", "--units=4", "--records-per-unit=25", "--seed=11", "--password=" + PASSWORD,
                    "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres", "--xingping.data-dir=" + dir);

            assertThat(result.exit()).as(result.stderr()).isZero();
            assertThat(result.stdout()).contains("2018: 4 units, 100 records (");
            assertThat(counts(url, "postgres", "")).containsEntry("unit", 4L).containsEntry("activity_record", 100L)
                    .containsEntry("unit_standing", 4L);
        }
    }

    @Test
    void badArgumentsExitTwoNamingTheOption() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("--units: missing", "--records-per-unit 5 --password " + PASSWORD);
        cases.put("--records-per-unit: expected a whole number from 0 to 10,000, got 'many'",
                "--units 2 --records-per-unit many --password " + PASSWORD);
        cases.put("--units: expected a whole number from 1 to 100,000, got '0'", "--units 0 --records-per-unit 5 --password " + PASSWORD);
        cases.put("--password: 新密码至少 10 位", "--units 2 --records-per-unit 5 --password short");
        cases.put("--seed: expected a whole number, got nothing", "--units 2 --records-per-unit 5 --password " + PASSWORD + " --seed");
        cases.put("unknown argument '--unit'", "--unit 2 --records-per-unit 5 --password " + PASSWORD);
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            String[] args = ("generate " + bad.getValue()).split(" ");
            Jar.Result result = Jar.run(args);
            assertThat(result.exit()).as(bad.getValue()).isEqualTo(2);
            assertThat(result.stderr()).contains("generate: " + bad.getKey()).contains("usage: xingping.jar generate");
            assertThat(result.stdout()).isEmpty();
        }
    }

    private static Map<String, Long> counts(String url, String user, String password) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The port held as a running platform would hold it; null when something already holds it (just as busy). */
    private static java.net.ServerSocket busy(int port) {
        try {
            return new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress());
        } catch (java.io.IOException alreadyTaken) {
            return null;
        }
    }
}

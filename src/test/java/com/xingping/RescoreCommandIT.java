package com.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.xingping.support.Jar;

/**
 * {@code xingping.jar rescore} as an operator runs it: against the demo city's database, it rebuilds
 * a standing someone spoiled by hand; bad arguments exit 2 naming the argument, before any start.
 */
class RescoreCommandIT {
    @Test
    void rebuildsEveryStandingOfTheYearFromTheRecords(@TempDir Path dir) throws Exception {
        String[] demo = {"--spring.profiles.active=demo", "--xingping.data-dir=" + dir};
        Jar.Result first = Jar.run(concat(new String[] {"rescore"}, demo));
        assertThat(first.exit()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("2018: 13 units rescored");
        String url = "jdbc:h2:file:" + dir.resolve("xingping-demo") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        String original;
        long generation;
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            original = single(sql, "select facts from unit_standing s join unit u on u.id = s.unit_id where u.code = 'CZJ'");
            generation = Long.parseLong(single(sql, "select generation from standing_generation"));
            sql.executeUpdate("update unit_standing set facts = '{\"id\":\"0\"}', facts_hash = 'spoiled'"
                    + " where unit_id = (select id from unit where code = 'CZJ')");
        }

        Jar.Result again = Jar.run(concat(new String[] {"rescore", "--year", "2018"}, demo));

        assertThat(again.exit()).as(again.stderr()).isZero();
        assertThat(again.stdout()).contains("2018: 13 units rescored");
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            assertThat(single(sql, "select facts from unit_standing s join unit u on u.id = s.unit_id where u.code = 'CZJ'"))
                    .isEqualTo(original).contains("\"name\":\"市财政局\"");
            assertThat(Long.parseLong(single(sql, "select generation from standing_generation"))).isGreaterThan(generation);
            assertThat(single(sql, "select count(*) from audit_event where action = 'standings.rebuilt'")).isEqualTo("2");
        }
    }

    @Test
    void badArgumentsExitTwoNamingThem() throws Exception {
        Jar.Result unknown = Jar.run("rescore", "--all");
        Jar.Result noYear = Jar.run("rescore", "--year");

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.stderr()).contains("rescore: unknown argument '--all'").contains("usage: xingping.jar rescore");
        assertThat(noYear.exit()).isEqualTo(2);
        assertThat(noYear.stderr()).contains("--year: expected a four-digit year, got nothing");
        assertThat(unknown.stdout() + noYear.stdout()).isEmpty();
    }

    private static String single(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertThat(rows.next()).as(query).isTrue();
            String value = rows.getString(1);
            assertThat(rows.next()).as(query + " gives one row").isFalse();
            return value;
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

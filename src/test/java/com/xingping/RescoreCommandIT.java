package com.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xingping.jar rescore} as an operator runs it: against the demo city's database, it rebuilds
 * a standing someone spoiled by hand; bad arguments exit 2 naming the argument, before any start.
 */
class RescoreCommandIT {
    private static final Path JAR = Path.of("target", "xingping.jar");

    @Test
    void rebuildsEveryStandingOfTheYearFromTheRecords(@TempDir Path dir) throws Exception {
        String[] demo = {"--spring.profiles.active=demo", "--xingping.data-dir=" + dir};
        Result first = runJar(concat(new String[] {"rescore"}, demo));
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

        Result again = runJar(concat(new String[] {"rescore", "--year", "2018"}, demo));

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
        Result unknown = runJar("rescore", "--all");
        Result noYear = runJar("rescore", "--year");

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

    private record Result(int exit, String stdout, String stderr) {
    }

    private static Result runJar(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String[] command = new String[args.length + 3];
        command[0] = java;
        command[1] = "-jar";
        command[2] = JAR.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Path out = Files.createTempFile("rescore", ".out");
        Path err = Files.createTempFile("rescore", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}

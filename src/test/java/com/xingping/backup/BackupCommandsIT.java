package com.xingping.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import com.xingping.support.Jar;

/**
 * Backup and restore as an operator runs them, on a generated year with evidence files: a backup
 * restored into a fresh installation, on H2 and on PostgreSQL, holds every row and every file of the
 * original (a second backup of it has the same table files and sums); a damaged backup is found and
 * refused; a restore into a used installation is refused; {@code verify} finds a missing, a changed
 * and a stray evidence file and an audit entry changed in the database.
 */
class BackupCommandsIT {
    private static final String PASSWORD = "Backup-pass-2018";

    @Test
    void aBackupRestoredIntoAFreshInstallationIsTheOriginal(@TempDir Path temp) throws Exception {
        Path original = temp.resolve("original");
        Path backup = temp.resolve("backup");
        Path restored = temp.resolve("restored");
        ok(Jar.run("generate", "--units", "3", "--records-per-unit", "12", "--password", PASSWORD, "--xingping.data-dir=" + original));

        Jar.Result written = ok(Jar.run("backup", backup.toString(), "--xingping.data-dir=" + original));
        assertThat(written.stdout()).contains("backup written to " + backup, "evidence files");
        Manifest manifest = Manifest.read(backup);
        assertThat(manifest.evidence()).isNotEmpty();
        assertThat(rows(manifest)).containsEntry("activity_record", 36L).containsEntry("unit", 3L);
        assertThat(ok(Jar.run("backup", "verify", backup.toString())).stdout()).startsWith("backup OK: ");

        assertThat(ok(Jar.run("restore", backup.toString(), "--xingping.data-dir=" + restored)).stdout()).startsWith("restored from ");
        assertThat(ok(Jar.run("verify", "--xingping.data-dir=" + restored)).stdout())
                .contains("installation OK: " + manifest.evidence().size() + " evidence files match their rows, the audit chain is intact");
        assertThat(ok(Jar.run("audit", "verify", "--xingping.data-dir=" + restored)).stdout()).contains("audit verify: OK, ");

        Path again = temp.resolve("again");
        ok(Jar.run("backup", again.toString(), "--xingping.data-dir=" + restored));
        assertThat(sums(Manifest.read(again))).as("every table row for row, the audit trail and the standings included")
                .isEqualTo(sums(manifest));
        assertThat(Manifest.read(again).evidence()).isEqualTo(manifest.evidence());

        Jar.Result twice = Jar.run("restore", backup.toString(), "--xingping.data-dir=" + restored);
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.stderr()).contains("restore: this installation is not empty (table unit has rows)");
    }

    /**
     * On the embedded H2 file (opened with AUTO_SERVER=TRUE) the backup, its check and the installation's
     * check run while the platform serves, through the TCP server H2 starts on the loopback address only.
     */
    @Test
    void aBackupIsTakenWhileThePlatformServesOnH2(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        Path backup = temp.resolve("backup");
        ok(Jar.run("generate", "--units", "2", "--records-per-unit", "10", "--password", PASSWORD, "--xingping.data-dir=" + data));
        Path log = temp.resolve("platform.log");
        Process platform = Jar.start(log, "--xingping.data-dir=" + data, "--server.port=0", "--management.server.port=0");
        try {
            int port = Integer.parseInt(awaitLine(log, platform, Pattern.compile("Tomcat started on port (\\d+) \\(http\\)")));

            Jar.Result written = ok(Jar.run("backup", backup.toString(), "--xingping.data-dir=" + data));
            assertThat(written.stdout()).startsWith("backup written to ");
            assertThat(ok(Jar.run("backup", "verify", backup.toString())).stdout()).startsWith("backup OK: ");
            assertThat(ok(Jar.run("verify", "--xingping.data-dir=" + data)).stdout()).contains("installation OK");

            Matcher server = Pattern.compile("server=(?:localhost|127\\.0\\.0\\.1)\\\\:(\\d+)")
                    .matcher(Files.readString(data.resolve("xingping.lock.db"), java.nio.charset.StandardCharsets.ISO_8859_1));
            assertThat(server.find()).as("H2 names its server for other processes on the loopback address").isTrue();
            int h2 = Integer.parseInt(server.group(1));
            try (java.net.Socket loopback = new java.net.Socket("127.0.0.1", h2)) {
                assertThat(loopback.isConnected()).isTrue();
            }
            for (java.net.InetAddress other : otherAddresses()) {
                assertThatThrownBy(() -> new java.net.Socket(other, h2).close()).as("H2's server answers on %s", other)
                        .isInstanceOf(java.io.IOException.class);
            }
            java.net.http.HttpResponse<String> live = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/livez")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(live.statusCode()).as("the platform still serves").isEqualTo(200);
            assertThat(platform.isAlive()).isTrue();
        } finally {
            platform.destroy();
            platform.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** The machine's addresses that are not the loopback's. */
    private static List<java.net.InetAddress> otherAddresses() throws java.net.SocketException {
        return java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(network -> java.util.Collections.list(network.getInetAddresses()).stream()).filter(address -> !address.isLoopbackAddress()
                        && address instanceof java.net.Inet4Address).toList();
    }

    /** Waits (up to three minutes) for a line of the log to match, and answers its first group. */
    private static String awaitLine(Path log, Process process, Pattern line) throws Exception {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < until) {
            Matcher found = line.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (found.find()) {
                return found.group(1);
            }
            assertThat(process.isAlive()).as("the platform started (log: %s)", log).isTrue();
            Thread.sleep(500);
        }
        throw new AssertionError("no line matching " + line + " in " + Files.readString(log));
    }

    @Test
    void aBackupOfH2RestoresIntoPostgres(@TempDir Path temp) throws Exception {
        Path original = temp.resolve("original");
        Path backup = temp.resolve("backup");
        ok(Jar.run("generate", "--units", "2", "--records-per-unit", "10", "--password", PASSWORD, "--xingping.data-dir=" + original));
        ok(Jar.run("backup", backup.toString(), "--xingping.data-dir=" + original));

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String[] database = {"--spring.profiles.active=postgres", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--xingping.data-dir=" + temp.resolve("on-postgres")};
            ok(Jar.run(concat(new String[] {"restore", backup.toString()}, database)));
            assertThat(ok(Jar.run(concat(new String[] {"verify"}, database))).stdout()).contains("installation OK");
            Path fromPostgres = temp.resolve("from-postgres");
            ok(Jar.run(concat(new String[] {"backup", fromPostgres.toString()}, database)));

            Manifest restored = Manifest.read(fromPostgres);
            assertThat(restored.database()).isEqualTo("PostgreSQL");
            assertThat(rows(restored)).isEqualTo(rows(Manifest.read(backup)));
            assertThat(restored.evidence()).isEqualTo(Manifest.read(backup).evidence());
        }
    }

    @Test
    void damageIsFoundInABackupAndInTheInstallation(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        Path backup = temp.resolve("backup");
        ok(Jar.run("generate", "--units", "2", "--records-per-unit", "10", "--password", PASSWORD, "--xingping.data-dir=" + data));
        ok(Jar.run("backup", backup.toString(), "--xingping.data-dir=" + data));
        Manifest manifest = Manifest.read(backup);
        String changed = manifest.evidence().get(0).name();
        Files.write(backup.resolve("evidence").resolve(changed), new byte[] {1, 2, 3});
        Files.writeString(backup.resolve("evidence").resolve("stray.jpg"), "x");

        Jar.Result damaged = Jar.run("backup", "verify", backup.toString());
        assertThat(damaged.exit()).isEqualTo(1);
        assertThat(damaged.stdout()).contains("problem: evidence " + changed + " does not match its SHA-256",
                "problem: evidence stray.jpg is not in the manifest", "2 problem(s) found");
        Jar.Result refused = Jar.run("restore", backup.toString(), "--xingping.data-dir=" + temp.resolve("fresh"));
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.stderr()).contains("the backup is damaged, nothing was restored");

        Path evidence = data.resolve("evidence");
        String missing = manifest.evidence().get(1).name();
        Files.delete(evidence.resolve(missing));
        Files.write(evidence.resolve(changed), new byte[] {4, 5, 6});
        Files.writeString(evidence.resolve("0000.jpg"), "no row");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.resolve("xingping") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
             java.sql.Statement sql = db.createStatement()) {
            sql.executeUpdate("update audit_event set actor = 'someone-else' where id = (select min(id) from audit_event)");
        }
        Jar.Result checked = Jar.run("verify", "--xingping.data-dir=" + data);
        assertThat(checked.exit()).isEqualTo(1);
        assertThat(checked.stdout()).contains("(" + missing + "): its file is missing", "(" + changed + "): the file does not match",
                "file 0000.jpg in the evidence store has no evidence row", "problem: audit entry ", "4 problem(s) found");
    }

    @Test
    void badArgumentsExitTwo() throws Exception {
        for (List<String> args : List.of(List.of("backup"), List.of("restore", "a", "b"), List.of("verify", "x"), List.of("backup", "--to=x"))) {
            Jar.Result result = Jar.run(args.toArray(String[]::new));
            assertThat(result.exit()).as(args.toString()).isEqualTo(2);
            assertThat(result.stderr()).contains("usage: xingping.jar backup DIR");
        }
        Jar.Result notABackup = Jar.run("backup", "verify", "src");
        assertThat(notABackup.exit()).isEqualTo(2);
        assertThat(notABackup.stderr()).contains("src is not a backup: it has no manifest.json");
    }

    private static Jar.Result ok(Jar.Result result) {
        assertThat(result.exit()).as(result.stdout() + result.stderr()).isZero();
        return result;
    }

    private static Map<String, Long> rows(Manifest manifest) {
        return manifest.tables().stream().collect(Collectors.toMap(Manifest.TableFile::table, Manifest.TableFile::rows));
    }

    private static Map<String, String> sums(Manifest manifest) {
        return manifest.tables().stream().collect(Collectors.toMap(Manifest.TableFile::table, Manifest.TableFile::sha256));
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Stream.of(first), Stream.of(second)).toArray(String[]::new);
    }
}

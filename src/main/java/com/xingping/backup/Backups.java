package com.xingping.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import com.xingping.audit.AuditVerifier;
import com.xingping.reporting.EvidenceFiles;

/**
 * Takes a backup while the platform runs (every table read in one snapshot transaction, then the
 * evidence files those rows name), restores one into an empty installation (files first, then every
 * table in one transaction), and checks the live installation's evidence against its rows.
 */
@Component
class Backups {
    private static final List<String> MUST_BE_EMPTY = List.of("unit", "assessment_year", "activity_record");
    private final DataSource dataSource;
    private final EvidenceFiles evidence;
    private final AuditVerifier audit;
    private final Clock clock;

    Backups(DataSource dataSource, EvidenceFiles evidence, AuditVerifier audit, Clock clock) {
        this.dataSource = dataSource;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
    }

    Manifest backup(Path directory) throws SQLException, IOException {
        try (Stream<Path> existing = Files.isDirectory(directory) ? Files.list(directory) : Stream.empty()) {
            if (existing.findAny().isPresent()) {
                throw new IllegalArgumentException(directory + " is not empty: a backup goes into a new or empty directory");
            }
        }
        Files.createDirectories(directory.resolve("tables"));
        Files.createDirectories(directory.resolve("evidence"));
        List<Manifest.TableFile> tables = new ArrayList<>();
        List<Manifest.EvidenceFile> rows = new ArrayList<>();
        String database;
        String schemaVersion;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
            snapshot(connection, database);
            schemaVersion = schemaVersion(connection);
            for (String table : Tables.inOrder(connection)) {
                String file = "tables/" + table + ".jsonl.gz";
                MessageDigest digest = Manifest.digest();
                long count;
                try (OutputStream out = new GZIPOutputStream(new DigestOutputStream(Files.newOutputStream(directory.resolve(file)), digest))) {
                    count = Tables.dump(connection, table, out);
                }
                tables.add(new Manifest.TableFile(table, file, count, HexFormat.of().formatHex(digest.digest())));
            }
            try (Statement statement = connection.createStatement();
                 ResultSet evidenceRows = statement.executeQuery("select stored_name, size_bytes, sha256 from evidence order by id")) {
                while (evidenceRows.next()) {
                    rows.add(new Manifest.EvidenceFile(evidenceRows.getString(1), evidenceRows.getLong(2), evidenceRows.getString(3).strip()));
                }
            }
            connection.commit();
        }
        List<Manifest.EvidenceFile> copied = new ArrayList<>();
        for (Manifest.EvidenceFile row : rows) {
            Path copy = directory.resolve("evidence").resolve(row.name());
            try (InputStream in = evidence.open(row.name())) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            copied.add(new Manifest.EvidenceFile(row.name(), Files.size(copy), Manifest.sha256(copy)));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, Instant.now(clock), database, schemaVersion, tables, copied);
        manifest.write(directory);
        return manifest;
    }

    /** Fills this (empty) installation from the backup; answers what was restored. */
    Manifest restore(Path directory) throws SQLException, IOException {
        Manifest manifest = Manifest.read(directory);
        List<String> problems = BackupCheck.problems(directory, manifest);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the backup is damaged, nothing was restored: " + String.join("; ", problems));
        }
        try (Connection connection = dataSource.getConnection()) {
            String version = schemaVersion(connection);
            if (!version.equals(manifest.schemaVersion())) {
                throw new IllegalArgumentException("the backup is of schema version " + manifest.schemaVersion()
                        + ", this installation is at " + version + ": restore it with the release that took it");
            }
            for (String table : MUST_BE_EMPTY) {
                if (count(connection, table) > 0) {
                    throw new IllegalArgumentException("this installation is not empty (table " + table
                            + " has rows): restore into a new installation");
                }
            }
        }
        for (Manifest.EvidenceFile file : manifest.evidence()) {
            try (InputStream in = Files.newInputStream(directory.resolve("evidence").resolve(file.name()))) {
                evidence.restore(file.name(), in);
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            try {
                if (postgres) {
                    // the audit's append-only triggers would refuse to clear the empty installation's own first entries;
                    // off for this transaction only (DDL is transactional on PostgreSQL), on again before it commits
                    execute(connection, "alter table audit_event disable trigger user");
                }
                List<String> order = new ArrayList<>(Tables.inOrder(connection));
                java.util.Collections.reverse(order);
                order.addAll(List.of("spring_session_attributes", "spring_session"));
                for (String table : order) {
                    execute(connection, "delete from " + table);
                }
                for (Manifest.TableFile table : manifest.tables()) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(directory.resolve(table.file())))) {
                        Tables.load(connection, table.table(), in);
                    }
                }
                if (postgres) {
                    execute(connection, "alter table audit_event enable trigger user");
                }
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        return manifest;
    }

    /**
     * What is wrong with the live installation: evidence rows without their file or with another file,
     * files without a row, a broken audit chain.
     */
    List<String> verify() throws SQLException, IOException {
        List<String> problems = new ArrayList<>();
        AuditVerifier.Verdict chain = audit.verify();
        if (!chain.intact()) {
            problems.add("audit entry " + chain.broken().id() + " (" + chain.broken().at() + "): " + chain.broken().problem());
        }
        Set<String> named = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, stored_name, sha256 from evidence order by id")) {
            while (rows.next()) {
                String name = rows.getString(2);
                named.add(name);
                if (!evidence.exists(name)) {
                    problems.add("evidence " + rows.getLong(1) + " (" + name + "): its file is missing");
                    continue;
                }
                try (InputStream in = evidence.open(name)) {
                    if (!Manifest.sha256(in).equals(rows.getString(3).strip())) {
                        problems.add("evidence " + rows.getLong(1) + " (" + name + "): the file does not match the SHA-256 of its row");
                    }
                }
            }
        }
        for (String name : evidence.names()) {
            if (!named.contains(name)) {
                problems.add("file " + name + " in the evidence store has no evidence row");
            }
        }
        return problems;
    }

    long evidenceRows() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection, "evidence");
        }
    }

    /** One read-only transaction that sees the database as it was when it began, whatever commits meanwhile. */
    private static void snapshot(Connection connection, String database) throws SQLException {
        connection.setAutoCommit(true);
        if (database.startsWith("H2")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session characteristics as transaction isolation level snapshot");
            }
        } else {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select version from flyway_schema_history where success and version is not null"
                     + " order by installed_rank desc fetch first 1 rows only")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}

package com.xingping.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** A backup read back against its manifest: every file there, with its sum, every table with its rows, nothing extra. */
final class BackupCheck {
    private BackupCheck() {
    }

    /** The problems found, in words; empty when the backup is whole. */
    static List<String> problems(Path directory, Manifest manifest) {
        List<String> problems = new ArrayList<>();
        for (Manifest.TableFile table : manifest.tables()) {
            Path file = directory.resolve(table.file());
            if (!Files.isRegularFile(file)) {
                problems.add("table " + table.table() + ": " + table.file() + " is missing");
            } else if (!Manifest.sha256(file).equals(table.sha256())) {
                problems.add("table " + table.table() + ": " + table.file() + " does not match its SHA-256");
            } else if (rows(file) != table.rows()) {
                problems.add("table " + table.table() + ": " + rows(file) + " rows, the manifest says " + table.rows());
            }
        }
        Path evidence = directory.resolve("evidence");
        for (Manifest.EvidenceFile file : manifest.evidence()) {
            Path copy = evidence.resolve(file.name());
            if (!Files.isRegularFile(copy)) {
                problems.add("evidence " + file.name() + " is missing");
            } else if (!Manifest.sha256(copy).equals(file.sha256())) {
                problems.add("evidence " + file.name() + " does not match its SHA-256");
            }
        }
        Set<String> listed = manifest.evidence().stream().map(Manifest.EvidenceFile::name).collect(Collectors.toSet());
        if (Files.isDirectory(evidence)) {
            try (Stream<Path> files = Files.list(evidence)) {
                files.map(f -> f.getFileName().toString()).filter(name -> !listed.contains(name)).sorted()
                        .forEach(name -> problems.add("evidence " + name + " is not in the manifest"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return problems;
    }

    private static long rows(Path file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            return reader.lines().count() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

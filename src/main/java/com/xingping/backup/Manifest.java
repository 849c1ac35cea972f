package com.xingping.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds, in {@code manifest.json} beside it: when and from which database and schema
 * version it was taken, every table file with its rows and SHA-256, every evidence file with its size
 * and SHA-256.
 */
record Manifest(int format, Instant takenAt, String database, String schemaVersion, List<TableFile> tables, List<EvidenceFile> evidence) {
    static final String FILE = "manifest.json";
    static final int FORMAT = 1;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record TableFile(String table, String file, long rows, String sha256) {
    }

    record EvidenceFile(String name, long size, String sha256) {
    }

    void write(Path directory) {
        JSON.writeValue(directory.resolve(FILE).toFile(), this);
    }

    static Manifest read(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(directory + " is not a backup: it has no " + FILE);
        }
        return JSON.readValue(file.toFile(), Manifest.class);
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest digest = digest();
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

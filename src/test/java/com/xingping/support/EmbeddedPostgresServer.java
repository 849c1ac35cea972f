package com.xingping.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server (zonky's embedded binaries) per test JVM, started on first use and
 * stopped when the JVM exits. Each Spring context gets a database of its own (or shares one, as the
 * instances of {@code TwoInstancesIT} do).
 */
public final class EmbeddedPostgresServer {
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    public static synchronized String newDatabaseUrl() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting anyway
                    }
                }));
            }
            String name = "xingping_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database", e);
        }
    }
}

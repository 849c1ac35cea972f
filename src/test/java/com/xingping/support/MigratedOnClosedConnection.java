package com.xingping.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.flywaydb.core.Flyway;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Creates the schema the way a running server ends up with it: the migrations run on one connection,
 * which is then closed, and the application writes through others. The H2 database is a file, as the
 * default install's is, kept open between connections as the server's pool keeps it.
 */
public abstract class MigratedOnClosedConnection implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** On the default embedded database (H2 in a file). */
    public static final class OnH2File extends MigratedOnClosedConnection {
        @Override
        String newDatabase() {
            try {
                Path dir = Files.createTempDirectory("xingping-schema-");
                return "jdbc:h2:file:" + dir.resolve("xingping") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        String username() {
            return "sa";
        }
    }

    /** On a fresh database of the embedded PostgreSQL server. */
    public static final class OnPostgres extends MigratedOnClosedConnection {
        @Override
        String newDatabase() {
            return EmbeddedPostgresServer.newDatabaseUrl();
        }

        @Override
        String username() {
            return "postgres";
        }
    }

    abstract String newDatabase();

    abstract String username();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = newDatabase();
        SingleConnectionDataSource migrationConnection = new SingleConnectionDataSource(url, username(), "", true);
        try {
            Flyway.configure().dataSource(migrationConnection).locations("classpath:db/migration").load().migrate();
        } finally {
            migrationConnection.destroy();
        }
        TestPropertyValues.of("spring.datasource.url=" + url, "spring.datasource.username=" + username(),
                "spring.datasource.password=").applyTo(context);
    }
}

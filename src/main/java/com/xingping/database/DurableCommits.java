package com.xingping.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The transaction manager: a commit returns only once the change is on disk. PostgreSQL's commit
 * already waits for its write-ahead log. Embedded H2 keeps a commit in memory and writes it about half
 * a second later in a background thread, so on a full disk a filing that was answered 201 was lost;
 * here each read-write commit on H2 is followed by {@code CHECKPOINT SYNC}, and a failure reaches the
 * caller as an error instead.
 */
final class DurableCommits extends JdbcTransactionManager {
    private static final String H2_FLUSH = "CHECKPOINT SYNC";
    private final boolean flushAfterCommit;

    DurableCommits(DataSource dataSource) {
        super(dataSource);
        this.flushAfterCommit = isEmbeddedH2(dataSource);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        if (flushAfterCommit && !status.isReadOnly()) {
            Connection connection = ((JdbcTransactionObjectSupport) status.getTransaction()).getConnectionHolder()
                    .getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute(H2_FLUSH);
            } catch (SQLException e) {
                throw translateException("writing the commit to disk", e);
            }
        }
    }

    private static boolean isEmbeddedH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                    && !url.startsWith("jdbc:h2:ssl:");
        } catch (SQLException e) {
            throw new IllegalStateException("could not reach the database to read its kind", e);
        }
    }
}

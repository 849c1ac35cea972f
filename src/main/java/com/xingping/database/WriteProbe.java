package com.xingping.database;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Health that writes: rewrites the one row of {@code write_probe} (a table with a CHECK … IN constraint,
 * as the record tables have) in a committed transaction. A database that answers reads but cannot
 * take a write, or cannot put it on disk, is DOWN.
 */
@Component("databaseWrites")
class WriteProbe extends AbstractHealthIndicator {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WriteProbe(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        super("数据库无法写入 / the database cannot take a write");
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.transaction.setTimeout(5);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Instant now = Instant.now(clock);
        Integer updated = transaction.execute(status -> jdbc.update("update write_probe set probed_at = ? where id = 1",
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
        if (updated == null || updated != 1) {
            builder.down().withDetail("reason", "write_probe has no row to rewrite");
            return;
        }
        builder.up().withDetail("lastWrite", now.toString());
    }
}

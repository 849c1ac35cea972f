package com.xingping.integrity;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What comparing one uploaded photo with a year's stored photos costs: the Flyway schema on H2 (in memory,
 * the platform's mode) and on an embedded PostgreSQL 17, a year's {@code evidence_print} filled with N random
 * hashes (foreign keys off: only the prints are read), then the upload's step timed as the platform runs it:
 * {@link SignalTables#hashes} (one read of the year's hashes) and {@link YearHashes#near} at 12 bits.
 * Run by bench/near-photos.sh; not a test.
 */
public final class NearPhotoCost {
    private static final int PHOTOS = Integer.getInteger("photos", 200_000);
    private static final int CALLS = Integer.getInteger("calls", 30);

    private NearPhotoCost() {
    }

    public static void main(String[] args) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:near;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        measure("H2 (in memory)", h2, "set referential_integrity false");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            measure("PostgreSQL 17 (embedded)", postgres.getPostgresDatabase(), "set session_replication_role = replica");
        }
    }

    private static void measure(String database, DataSource source, String foreignKeysOff) throws Exception {
        Flyway.configure().dataSource(source).load().migrate();
        try (Connection connection = source.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(foreignKeysOff);
            Random random = new Random(1);
            try (var insert = connection.prepareStatement("insert into evidence_print (evidence_id, record_id, year_id, sha256, dhash, "
                    + "handed_in, computed_at) values (?, ?, 1, ?, ?, true, current_timestamp)")) {
                for (int i = 1; i <= PHOTOS; i++) {
                    insert.setLong(1, i);
                    insert.setLong(2, i);
                    insert.setString(3, String.format("%064x", i));
                    insert.setLong(4, random.nextLong());
                    insert.addBatch();
                    if (i % 5000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            if (database.startsWith("PostgreSQL")) {
                sql.execute("analyze evidence_print");
            }
            SignalTables tables = new SignalTables(new NamedParameterJdbcTemplate(source), Clock.systemUTC());
            long[] read = new long[CALLS];
            long[] compared = new long[CALLS];
            int found = 0;
            for (int i = -5; i < CALLS; i++) { // five untimed
                long started = System.nanoTime();
                YearHashes year = tables.hashes(1L);
                long loaded = System.nanoTime();
                List<Long> near = year.near(random.nextLong(), 12);
                long done = System.nanoTime();
                if (i >= 0) {
                    read[i] = loaded - started;
                    compared[i] = done - loaded;
                    found += near.size();
                }
            }
            System.out.printf("%s, %,d photos of one year: read the hashes median %.1f ms (%.1f–%.1f), compare one photo median %.2f ms; "
                            + "%.1f near photos per random hash%n", database, PHOTOS, median(read), min(read), max(read), median(compared),
                    (double) found / CALLS);
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow() / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElseThrow() / 1e6;
    }
}

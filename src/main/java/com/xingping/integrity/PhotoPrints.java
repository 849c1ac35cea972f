package com.xingping.integrity;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The table {@code evidence_print} (V25): one row per photo, written once. */
@Component
class PhotoPrints {
    private static final int CHUNK = 500;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    PhotoPrints(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Map<Long, PhotoPrint> of(Collection<Long> evidenceIds) {
        Map<Long, PhotoPrint> found = new HashMap<>();
        List<Long> ids = new ArrayList<>(evidenceIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.query("select evidence_id, year_id, dhash, captured_at from evidence_print where evidence_id in (:ids)",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))), rs -> {
                        PhotoPrint print = new PhotoPrint(rs.getLong("evidence_id"), rs.getLong("year_id"), rs.getObject("dhash", Long.class),
                                rs.getObject("captured_at", LocalDateTime.class));
                        found.put(print.evidenceId(), print);
                    });
        }
        return found;
    }

    /** A year's photos, by evidence id, with a hash within {@code maxDistance} bits of one of {@code hashes}. */
    List<Long> near(Long yearId, Collection<Long> hashes, int maxDistance) {
        List<Long> found = new ArrayList<>();
        jdbc.query("select evidence_id, dhash from evidence_print where year_id = :year and dhash is not null", Map.of("year", yearId),
                rs -> {
                    long hash = rs.getLong("dhash");
                    if (hashes.stream().anyMatch(h -> PhotoHash.distance(h, hash) <= maxDistance)) {
                        found.add(rs.getLong("evidence_id"));
                    }
                });
        return found;
    }

    /** Keeps the print unless one is there already (another instance may have computed it at the same moment). */
    void save(PhotoPrint print) {
        MapSqlParameterSource row = new MapSqlParameterSource().addValue("id", print.evidenceId()).addValue("year", print.yearId())
                .addValue("hash", print.hash(), Types.BIGINT)
                .addValue("captured", print.capturedAt() == null ? null : Timestamp.valueOf(print.capturedAt()), Types.TIMESTAMP)
                .addValue("now", Timestamp.from(clock.instant()));
        jdbc.update("""
                insert into evidence_print (evidence_id, year_id, dhash, captured_at, computed_at)
                values (:id, :year, :hash, :captured, :now) on conflict do nothing""", row);
    }
}

package com.xingping.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.xingping.reporting.FiledEvidence.FiledRecord;

/** The tables of V25 as the upkeep writes them: prints, caught-up records, digests and the signals themselves. */
@Component
class SignalTables {
    private static final String PRINT = "select evidence_id, record_id, year_id, sha256, dhash, captured_at, handed_in from evidence_print ";
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    SignalTables(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether a record has been caught up with, and as what. */
    record Mark(boolean handedIn, String participantsKey) {
    }

    /** A digest's holders: how many handed-in records, and the two lowest. */
    record Digest(int records, Long first, Long second) {
        Digest plus(Long recordId) {
            if (first == null || recordId < first) {
                return new Digest(records + 1, recordId, first);
            }
            return new Digest(records + 1, first, second == null || recordId < second ? recordId : second);
        }
    }

    private static Print print(ResultSet rs, int n) throws SQLException {
        return new Print(rs.getLong("evidence_id"), rs.getLong("record_id"), rs.getLong("year_id"), rs.getString("sha256").strip(),
                rs.getObject("dhash", Long.class), rs.getObject("captured_at", LocalDateTime.class), rs.getBoolean("handed_in"));
    }

    void savePrint(Print print) {
        jdbc.update("""
                insert into evidence_print (evidence_id, record_id, year_id, sha256, dhash, captured_at, handed_in, computed_at)
                values (:id, :record, :year, :sha, :hash, :captured, false, :now) on conflict do nothing""",
                new MapSqlParameterSource().addValue("id", print.evidenceId()).addValue("record", print.recordId())
                        .addValue("year", print.yearId()).addValue("sha", print.sha256()).addValue("hash", print.hash(), Types.BIGINT)
                        .addValue("captured", print.capturedAt() == null ? null : Timestamp.valueOf(print.capturedAt()), Types.TIMESTAMP)
                        .addValue("now", Timestamp.from(clock.instant())));
    }

    List<Print> printsOfRecord(Long recordId) {
        return jdbc.query(PRINT + "where record_id = :record order by evidence_id", Map.of("record", recordId), SignalTables::print);
    }

    Optional<Print> print(Long evidenceId) {
        return jdbc.query(PRINT + "where evidence_id = :id", Map.of("id", evidenceId), SignalTables::print).stream().findFirst();
    }

    List<Print> prints(Collection<Long> evidenceIds) {
        return evidenceIds.isEmpty() ? List.of()
                : jdbc.query(PRINT + "where evidence_id in (:ids)", Map.of("ids", evidenceIds), SignalTables::print);
    }

    void handIn(Long evidenceId, boolean handedIn) {
        jdbc.update("update evidence_print set handed_in = :in where evidence_id = :id", Map.of("in", handedIn, "id", evidenceId));
    }

    YearHashes hashes(Long yearId) {
        YearHashes hashes = new YearHashes(1024);
        jdbc.query("select evidence_id, dhash from evidence_print where year_id = :year and handed_in = true and dhash is not null",
                Map.of("year", yearId), rs -> {
                    hashes.add(rs.getLong(1), rs.getLong(2));
                });
        return hashes;
    }

    /** Another file of this record, handed in, with this digest. */
    boolean holdsElsewhere(Long recordId, String sha256, Long evidenceId) {
        return !jdbc.queryForList("select evidence_id from evidence_print where record_id = :record and sha256 = :sha "
                + "and handed_in = true and evidence_id <> :id", Map.of("record", recordId, "sha", sha256, "id", evidenceId), Long.class)
                .isEmpty();
    }

    /** Locked for the rest of the transaction, so two uploads of one file count each other. */
    Optional<Digest> digest(Long yearId, String sha256) {
        return jdbc.query("select records, first_record_id, second_record_id from evidence_digest where year_id = :year and sha256 = :sha "
                        + "for update", Map.of("year", yearId, "sha", sha256),
                (rs, n) -> new Digest(rs.getInt(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class))).stream().findFirst();
    }

    void saveDigest(Long yearId, String sha256, Digest digest, boolean exists) {
        MapSqlParameterSource row = new MapSqlParameterSource().addValue("year", yearId).addValue("sha", sha256)
                .addValue("records", digest.records()).addValue("first", digest.first(), Types.BIGINT)
                .addValue("second", digest.second(), Types.BIGINT);
        if (digest.records() == 0) {
            jdbc.update("delete from evidence_digest where year_id = :year and sha256 = :sha", row);
        } else if (exists) {
            jdbc.update("update evidence_digest set records = :records, first_record_id = :first, second_record_id = :second "
                    + "where year_id = :year and sha256 = :sha", row);
        } else {
            jdbc.update("insert into evidence_digest (year_id, sha256, records, first_record_id, second_record_id) "
                    + "values (:year, :sha, :records, :first, :second)", row);
        }
    }

    /** The two lowest handed-in records holding a digest: two reads of index {@code evidence_print_digest}, however many hold it. */
    Digest holders(Long yearId, String sha256, int records) {
        Long first = lowestHolder(yearId, sha256, 0L);
        return new Digest(records, first, first == null ? null : lowestHolder(yearId, sha256, first));
    }

    private Long lowestHolder(Long yearId, String sha256, Long after) {
        return jdbc.queryForList("select record_id from evidence_print where year_id = :year and sha256 = :sha and handed_in = true "
                        + "and record_id > :after order by year_id, sha256, handed_in, record_id fetch first 1 rows only",
                Map.of("year", yearId, "sha", sha256, "after", after), Long.class).stream().findFirst().orElse(null);
    }

    Optional<Mark> mark(Long recordId) {
        return jdbc.query("select handed_in, participants_key from signal_record where record_id = :id", Map.of("id", recordId),
                (rs, n) -> new Mark(rs.getBoolean(1), rs.getString(2) == null ? null : rs.getString(2).strip())).stream().findFirst();
    }

    /** Marks the record as caught up with (not handed in yet); false when it already was. */
    boolean claim(FiledRecord record) {
        return jdbc.update("insert into signal_record (record_id, year_id, unit_id, handed_in) values (:id, :year, :unit, false) "
                + "on conflict do nothing", Map.of("id", record.id(), "year", record.yearId(), "unit", record.unitId())) == 1;
    }

    void mark(Long recordId, Mark mark) {
        jdbc.update("update signal_record set handed_in = :in, participants_key = :key where record_id = :id",
                new MapSqlParameterSource().addValue("in", mark.handedIn()).addValue("key", mark.participantsKey(), Types.CHAR)
                        .addValue("id", recordId));
    }

    /** The handed-in records of a unit's year with this participants list, lowest first. */
    List<Long> sameList(Long yearId, Long unitId, String key) {
        return jdbc.queryForList("select record_id from signal_record where year_id = :year and unit_id = :unit "
                        + "and participants_key = :key and handed_in = true order by record_id",
                Map.of("year", yearId, "unit", unitId, "key", key), Long.class);
    }

    /** Records not caught up with yet, after {@code afterId}, lowest first. */
    List<Long> behind(Long afterId, int limit) {
        return jdbc.queryForList("select r.id from activity_record r where r.id > :after and not exists "
                + "(select 1 from signal_record s where s.record_id = r.id) order by r.id fetch first " + limit + " rows only",
                Map.of("after", afterId), Long.class);
    }

    long behindCount() {
        return jdbc.queryForObject("select (select count(*) from activity_record) - (select count(*) from signal_record)", Map.of(),
                Long.class);
    }

    void insert(SignalKind kind, Long yearId, Long unitId, Long recordId, Long evidenceId, Long otherRecordId, Long otherEvidenceId,
                Integer otherCount, Integer distance) {
        jdbc.update("""
                insert into evidence_signal (year_id, unit_id, record_id, evidence_id, kind, other_record_id, other_evidence_id,
                    other_count, distance) values (:year, :unit, :record, :evidence, :kind, :otherRecord, :otherEvidence, :count, :distance)""",
                new MapSqlParameterSource().addValue("year", yearId).addValue("unit", unitId).addValue("record", recordId)
                        .addValue("evidence", evidenceId, Types.BIGINT).addValue("kind", kind.name())
                        .addValue("otherRecord", otherRecordId, Types.BIGINT).addValue("otherEvidence", otherEvidenceId, Types.BIGINT)
                        .addValue("count", otherCount, Types.INTEGER).addValue("distance", distance, Types.INTEGER));
    }

    /** SAME_FILE for every handed-in file of the year with this digest that has none yet: one other record's, when it is the second. */
    void flagHolders(Long yearId, String sha256) {
        jdbc.update("""
                insert into evidence_signal (year_id, unit_id, record_id, evidence_id, kind)
                select p.year_id, r.unit_id, p.record_id, p.evidence_id, 'SAME_FILE' from evidence_print p
                join activity_record r on r.id = p.record_id
                where p.year_id = :year and p.sha256 = :sha and p.handed_in = true and not exists
                    (select 1 from evidence_signal s where s.evidence_id = p.evidence_id and s.kind = 'SAME_FILE')""",
                Map.of("year", yearId, "sha", sha256));
    }

    /** No SAME_FILE on the year's files with this digest (one record holds it now). */
    void unflagHolders(Long yearId, String sha256) {
        jdbc.update("delete from evidence_signal where kind = 'SAME_FILE' and evidence_id in "
                + "(select evidence_id from evidence_print where year_id = :year and sha256 = :sha)", Map.of("year", yearId, "sha", sha256));
    }

    void delete(Long evidenceId, SignalKind kind) {
        jdbc.update("delete from evidence_signal where evidence_id = :id and kind = :kind", Map.of("id", evidenceId, "kind", kind.name()));
    }

    void deleteAll(Long evidenceId) {
        jdbc.update("delete from evidence_signal where evidence_id = :id", Map.of("id", evidenceId));
    }

    void deleteListSignals(Collection<Long> recordIds) {
        if (!recordIds.isEmpty()) {
            jdbc.update("delete from evidence_signal where kind = 'REUSED_PARTICIPANTS' and record_id in (:ids)", Map.of("ids", recordIds));
        }
    }
}

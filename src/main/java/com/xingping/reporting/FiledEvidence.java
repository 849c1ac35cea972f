package com.xingping.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Records and their evidence files as plain values for modules that keep something about them (integrity). */
@Component
public class FiledEvidence {
    private static final RowMapper<FiledRecord> RECORD = (rs, n) -> new FiledRecord(rs.getLong("id"), rs.getLong("year_id"),
            rs.getLong("unit_id"), RecordState.valueOf(rs.getString("state")), rs.getObject("activity_date", LocalDate.class),
            rs.getString("participants"));
    private static final RowMapper<FiledFile> FILE = (rs, n) -> new FiledFile(rs.getLong("id"), rs.getLong("record_id"),
            rs.getString("content_type"), rs.getString("sha256").strip(), rs.getString("stored_name"));
    private final NamedParameterJdbcTemplate jdbc;
    private final EvidenceStore store;

    FiledEvidence(NamedParameterJdbcTemplate jdbc, EvidenceStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** A record: whose, of which year, in which state, when, who took part (as typed). */
    public record FiledRecord(Long id, Long yearId, Long unitId, RecordState state, LocalDate activityDate, String participants) {
        /** Submitted, approved or returned for changes: before the committee. A draft is the unit's own; a rejected one is done. */
        public boolean handedIn() {
            return state == RecordState.SUBMITTED || state == RecordState.APPROVED || state == RecordState.RETURNED;
        }
    }

    /** One evidence file of a record. */
    public record FiledFile(Long id, Long recordId, String contentType, String sha256, String storedName) {
        public boolean photo() {
            return EvidenceType.isImage(contentType);
        }
    }

    public Optional<FiledRecord> record(Long id) {
        return jdbc.query("select id, year_id, unit_id, state, activity_date, participants from activity_record where id = :id",
                Map.of("id", id), RECORD).stream().findFirst();
    }

    public List<FiledFile> filesOfRecord(Long recordId) {
        return jdbc.query("select id, record_id, content_type, sha256, stored_name from evidence where record_id = :record order by id",
                Map.of("record", recordId), FILE);
    }

    public InputStream open(FiledFile file) throws IOException {
        return store.open(file.storedName()).getInputStream();
    }
}

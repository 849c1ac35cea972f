package com.xingping.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A year's handed-in records (every state but draft, which is the unit's own) and their evidence files, as
 * plain values for modules that look across records (integrity). Two queries for the whole year.
 */
@Component
public class FiledEvidence {
    private final NamedParameterJdbcTemplate jdbc;
    private final EvidenceStore store;

    FiledEvidence(NamedParameterJdbcTemplate jdbc, EvidenceStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** A handed-in record: whose, what, when, who took part (as typed). */
    public record FiledRecord(Long id, Long unitId, String title, LocalDate activityDate, String participants) {
    }

    /** One evidence file of a handed-in record. */
    public record FiledFile(Long id, Long recordId, String name, String contentType, String sha256, String storedName) {
        public boolean photo() {
            return EvidenceType.isImage(contentType);
        }
    }

    public List<FiledRecord> records(Long yearId) {
        return jdbc.query("""
                select id, unit_id, title, activity_date, participants from activity_record
                where year_id = :year and state <> 'DRAFT' order by id""", Map.of("year", yearId),
                (rs, n) -> new FiledRecord(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"),
                        rs.getObject("activity_date", LocalDate.class), rs.getString("participants")));
    }

    public List<FiledFile> files(Long yearId) {
        return jdbc.query("""
                select e.id, e.record_id, e.original_name, e.content_type, e.sha256, e.stored_name
                from evidence e join activity_record r on r.id = e.record_id
                where r.year_id = :year and r.state <> 'DRAFT' order by e.id""", Map.of("year", yearId),
                (rs, n) -> new FiledFile(rs.getLong("id"), rs.getLong("record_id"), rs.getString("original_name"),
                        rs.getString("content_type"), rs.getString("sha256").strip(), rs.getString("stored_name")));
    }

    public InputStream open(FiledFile file) throws IOException {
        return store.open(file.storedName()).getInputStream();
    }
}

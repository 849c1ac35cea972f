package com.xingping.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Handed-in records (every state but draft, which is the unit's own) and their evidence files, as plain
 * values for modules that look across records (integrity): a whole year's, or only those a question needs.
 */
@Component
public class FiledEvidence {
    private static final int CHUNK = 500;
    private static final String RECORDS = "select id, unit_id, title, activity_date, participants from activity_record r "
            + "where r.state <> 'DRAFT' and ";
    private static final String FILES = "select e.id, e.record_id, e.original_name, e.content_type, e.sha256, e.stored_name "
            + "from evidence e join activity_record r on r.id = e.record_id where r.state <> 'DRAFT' and ";
    private static final RowMapper<FiledRecord> RECORD = (rs, n) -> new FiledRecord(rs.getLong("id"), rs.getLong("unit_id"),
            rs.getString("title"), rs.getObject("activity_date", LocalDate.class), rs.getString("participants"));
    private static final RowMapper<FiledFile> FILE = (rs, n) -> new FiledFile(rs.getLong("id"), rs.getLong("record_id"),
            rs.getString("original_name"), rs.getString("content_type"), rs.getString("sha256").strip(), rs.getString("stored_name"));
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
        return jdbc.query(RECORDS + "r.year_id = :year order by id", Map.of("year", yearId), RECORD);
    }

    public List<FiledRecord> records(Long yearId, Long unitId) {
        return jdbc.query(RECORDS + "r.year_id = :year and r.unit_id = :unit order by id", Map.of("year", yearId, "unit", unitId), RECORD);
    }

    public List<FiledRecord> recordsById(Collection<Long> ids) {
        return chunked(RECORDS + "r.id in (:in) order by id", Map.of(), ids, RECORD);
    }

    public List<FiledFile> files(Long yearId) {
        return jdbc.query(FILES + "r.year_id = :year order by e.id", Map.of("year", yearId), FILE);
    }

    public List<FiledFile> filesOfRecord(Long recordId) {
        return jdbc.query(FILES + "e.record_id = :record order by e.id", Map.of("record", recordId), FILE);
    }

    /** The year's files with one of these SHA-256 digests. */
    public List<FiledFile> filesWithDigests(Long yearId, Collection<String> sha256s) {
        return chunked(FILES + "r.year_id = :year and e.sha256 in (:in) order by e.id", Map.of("year", yearId), sha256s, FILE);
    }

    public List<FiledFile> filesById(Collection<Long> ids) {
        return chunked(FILES + "e.id in (:in) order by e.id", Map.of(), ids, FILE);
    }

    public InputStream open(FiledFile file) throws IOException {
        return store.open(file.storedName()).getInputStream();
    }

    private <T> List<T> chunked(String sql, Map<String, Object> parameters, Collection<?> values, RowMapper<T> mapper) {
        List<?> all = List.copyOf(values);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            Map<String, Object> chunk = new HashMap<>(parameters);
            chunk.put("in", all.subList(from, Math.min(all.size(), from + CHUNK)));
            found.addAll(jdbc.query(sql, chunk, mapper));
        }
        return found;
    }
}

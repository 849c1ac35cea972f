package com.xingping.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The notices and objections in tables result_notice and result_objection (V26). */
@Repository
class NoticeStore {
    private static final String NOTICE = """
            select id, year_id, publication_id, version_number, starts_on, ends_on, opened_by, opened_at, signed_by,
                   signed_at, sign_note, final_version from result_notice""";
    private static final String OBJECTION = """
            select id, notice_id, unit_id, subject, reason, evidence, file_name, filed_by, filed_at, state,
                   decision_reason, change_made, decided_by, decided_at from result_objection""";
    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file sent with an objection. */
    record EvidenceFile(String name, String type, byte[] bytes) {
    }

    Long insert(Long yearId, Long publicationId, int version, LocalDate startsOn, LocalDate endsOn, String openedBy,
                Instant openedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into result_notice (year_id, publication_id, version_number, starts_on, ends_on, opened_by,
                            opened_at, open_year_id) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(yearId, publicationId, version, startsOn, endsOn, openedBy, Timestamp.from(openedAt), yearId)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The year's latest notice, open or signed off. */
    Optional<ResultNotice> latest(Long yearId) {
        return jdbc.sql(NOTICE + " where year_id = ? order by id desc fetch first 1 rows only").param(yearId)
                .query(NoticeStore::notice).optional();
    }

    Optional<ResultNotice> get(Long id) {
        return jdbc.sql(NOTICE + " where id = ?").param(id).query(NoticeStore::notice).optional();
    }

    /** The notice, its row locked: decisions and the sign-off on one notice happen one after the other. */
    Optional<ResultNotice> lock(Long id) {
        return jdbc.sql(NOTICE + " where id = ? for update").param(id).query(NoticeStore::notice).optional();
    }

    /** The highest version a signed-off notice made final in the year, 0 if none. */
    int lastFinalVersion(Long yearId) {
        return jdbc.sql("select coalesce(max(final_version), 0) from result_notice where year_id = ?").param(yearId)
                .query(Integer.class).single();
    }

    int signOff(Long id, String signedBy, Instant signedAt, String note, Long finalPublicationId, int finalVersion) {
        return jdbc.sql("""
                        update result_notice set signed_by = ?, signed_at = ?, sign_note = ?, final_publication_id = ?,
                            final_version = ?, open_year_id = null where id = ? and signed_at is null""")
                .params(signedBy, Timestamp.from(signedAt), note, finalPublicationId, finalVersion, id).update();
    }

    Long object(Long noticeId, Long unitId, String subject, String reason, String evidence, EvidenceFile file,
                String filedBy, Instant filedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into result_objection (notice_id, unit_id, subject, reason, evidence, file_name, file_type,
                            file_bytes, filed_by, filed_at, state, open_subject) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(noticeId, unitId, subject, reason, evidence, file == null ? null : file.name(),
                        file == null ? null : file.type(), file == null ? null : file.bytes(), filedBy,
                        Timestamp.from(filedAt), subject)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Objection> objection(Long id) {
        return jdbc.sql(OBJECTION + " where id = ?").param(id).query(NoticeStore::objection).optional();
    }

    List<Objection> objections(Long noticeId) {
        return jdbc.sql(OBJECTION + " where notice_id = ? order by id").param(noticeId).query(NoticeStore::objection)
                .list();
    }

    boolean hasOpen(Long noticeId, Long unitId, String subject) {
        return jdbc.sql("select count(*) from result_objection where notice_id = ? and unit_id = ? and open_subject = ?")
                .params(noticeId, unitId, subject).query(Long.class).single() > 0;
    }

    long openCount(Long noticeId) {
        return jdbc.sql("select count(*) from result_objection where notice_id = ? and state = 'OPEN'").param(noticeId)
                .query(Long.class).single();
    }

    int decide(Long id, Objection.State state, String reason, String changeMade, String decidedBy, Instant decidedAt) {
        return jdbc.sql("""
                        update result_objection set state = ?, decision_reason = ?, change_made = ?, decided_by = ?,
                            decided_at = ?, open_subject = null where id = ? and state = 'OPEN'""")
                .params(state.name(), reason, changeMade, decidedBy, Timestamp.from(decidedAt), id).update();
    }

    Optional<EvidenceFile> file(Long objectionId) {
        return jdbc.sql("select file_name, file_type, file_bytes from result_objection where id = ? and file_name is not null")
                .param(objectionId)
                .query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    private static ResultNotice notice(ResultSet rs, int row) throws SQLException {
        return new ResultNotice(rs.getLong("id"), rs.getLong("year_id"), rs.getLong("publication_id"),
                rs.getInt("version_number"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("opened_by"), instant(rs, "opened_at"),
                rs.getString("signed_by"), instant(rs, "signed_at"), rs.getString("sign_note"),
                (Integer) rs.getObject("final_version", Integer.class));
    }

    private static Objection objection(ResultSet rs, int row) throws SQLException {
        return new Objection(rs.getLong("id"), rs.getLong("notice_id"), rs.getLong("unit_id"), rs.getString("subject"),
                rs.getString("reason"), rs.getString("evidence"), rs.getString("file_name"), rs.getString("filed_by"),
                instant(rs, "filed_at"), Objection.State.valueOf(rs.getString("state")),
                rs.getString("decision_reason"), rs.getString("change_made"), rs.getString("decided_by"),
                instant(rs, "decided_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}

package com.xingping.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.RecordFlags;
import com.xingping.reporting.ReviewDesk;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * The committee's (admins' and reviewers') integrity signals, read from {@code evidence_signal} (kept by
 * {@link SignalUpkeep}): a page of a year's is one indexed query for its ids and one for their rows; the
 * reasons are worded from them and the records they name as they are now.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
public class Signals implements RecordFlags {
    private static final String ROWS = """
            select s.id, s.kind, s.year_id, s.record_id, r.title, r.activity_date, r.participants, s.unit_id, u.name as unit_name,
                s.evidence_id, e.original_name, p.captured_at, d.records, d.first_record_id, d.second_record_id,
                s.other_record_id, eo.original_name as other_name, s.other_count, s.distance, sr.participants_key
            from evidence_signal s
            join activity_record r on r.id = s.record_id
            join unit u on u.id = s.unit_id
            left join evidence e on e.id = s.evidence_id
            left join evidence_print p on p.evidence_id = s.evidence_id
            left join evidence_digest d on s.kind = 'SAME_FILE' and d.year_id = s.year_id and d.sha256 = p.sha256
            left join evidence eo on eo.id = s.other_evidence_id
            left join signal_record sr on s.kind = 'REUSED_PARTICIPANTS' and sr.record_id = s.record_id
            """;
    private final NamedParameterJdbcTemplate jdbc;
    private final SignalTables tables;
    private final ReviewDesk review;
    private final YearRegistry years;
    private final IntegritySettings settings;
    private final SignalBackfill backfill;

    Signals(NamedParameterJdbcTemplate jdbc, SignalTables tables, ReviewDesk review, YearRegistry years, IntegritySettings settings,
            SignalBackfill backfill) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.review = review;
        this.years = years;
        this.settings = settings;
        this.backfill = backfill;
    }

    private record Row(Long id, SignalKind kind, Long yearId, Long recordId, String title, LocalDate activityDate, String participants,
                       Long unitId, String unitName, Long evidenceId, String fileName, LocalDateTime capturedAt, Integer holders,
                       Long firstHolder, Long secondHolder, Long otherRecordId, String otherFileName, Integer otherCount,
                       Integer distance, String participantsKey) {

        static Row of(ResultSet rs, int n) throws SQLException {
            String key = rs.getString("participants_key");
            return new Row(rs.getLong("id"), SignalKind.valueOf(rs.getString("kind").strip()), rs.getLong("year_id"),
                    rs.getLong("record_id"), rs.getString("title"), rs.getObject("activity_date", LocalDate.class),
                    rs.getString("participants"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getObject("evidence_id", Long.class),
                    rs.getString("original_name"), rs.getObject("captured_at", LocalDateTime.class), rs.getObject("records", Integer.class),
                    rs.getObject("first_record_id", Long.class), rs.getObject("second_record_id", Long.class),
                    rs.getObject("other_record_id", Long.class), rs.getString("other_name"), rs.getObject("other_count", Integer.class),
                    rs.getObject("distance", Integer.class), key == null ? null : key.strip());
        }
    }

    /** One page of the year's signals, of one kind and one unit if named, by unit, record, kind and file. */
    public PageOf<Signal> ofYear(AssessmentYear year, SignalKind kind, Long unitId, Paging paging) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("year", year.id()).addValue("kind", kind == null ? null : kind.name())
                .addValue("unit", unitId);
        String where = " where s.year_id = :year" + (kind == null ? "" : " and s.kind = :kind") + (unitId == null ? "" : " and s.unit_id = :unit");
        long total = jdbc.queryForObject("select count(*) from evidence_signal s" + where, parameters, Long.class);
        List<Long> ids = jdbc.queryForList("select s.id from evidence_signal s" + where
                + (kind == null ? " order by s.year_id, s.unit_id, s.record_id, s.kind, s.evidence_id"
                : " order by s.year_id, s.kind, s.unit_id, s.record_id, s.evidence_id") // the order of an index: no sort
                + " offset " + paging.offset() + " rows fetch next " + paging.size()
                + " rows only", parameters, Long.class);
        Map<Long, Row> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(ROWS + " where s.id in (:ids)", Map.of("ids", ids), (ResultSet rs) -> {
                Row row = Row.of(rs, 0);
                rows.put(row.id(), row);
            });
        }
        return PageOf.of(worded(ids.stream().map(rows::get).toList()), paging, total);
    }

    /** A handed-in record's signals (a draft is no one's business but its unit's: not found). */
    public List<Signal> ofRecord(Long recordId) {
        ActivityRecord record = review.record(recordId);
        return of(record.id());
    }

    @Override
    public List<Flag> of(Long recordId, Long yearId) {
        return of(recordId).stream().map(signal -> new Flag(signal.kindLabel(), signal.otherRecordId(), signal.reason())).toList();
    }

    /** While the background job catches up with files stored before: how far it is (zh-CN). */
    @Override
    public Optional<String> progress() {
        return backfill.progress().map(p -> "比对进行中：已比对 " + p.done() + " / " + p.total() + " 条以前提交的记录，提示可能尚不完整");
    }

    private List<Signal> of(Long recordId) {
        return worded(jdbc.query(ROWS + " where s.record_id = :record order by s.kind, s.evidence_id", Map.of("record", recordId), Row::of));
    }

    /** The rows in words, naming the other records as they are now (one query for all of them). */
    private List<Signal> worded(List<Row> rows) {
        Map<List<Object>, List<Long>> lists = new HashMap<>();
        Set<Long> named = new HashSet<>();
        for (Row row : rows) {
            if (row.kind() == SignalKind.REUSED_PARTICIPANTS && row.participantsKey() != null) {
                named.addAll(lists.computeIfAbsent(List.of(row.yearId(), row.unitId(), row.participantsKey()),
                        list -> tables.sameList(row.yearId(), row.unitId(), row.participantsKey())));
            }
            named.add(other(row, lists));
        }
        named.remove(null);
        Map<Long, Reasons.Named> names = new HashMap<>();
        if (!named.isEmpty()) {
            jdbc.query("select r.id, r.title, u.name from activity_record r join unit u on u.id = r.unit_id where r.id in (:ids)",
                    Map.of("ids", named), (ResultSet rs) -> {
                        names.put(rs.getLong(1), new Reasons.Named(rs.getLong(1), rs.getString(3), rs.getString(2)));
                    });
        }
        Map<Long, AssessmentYear> yearsById = new HashMap<>();
        List<Signal> signals = new ArrayList<>();
        for (Row row : rows) {
            Long other = other(row, lists);
            String reason = switch (row.kind()) {
                case SAME_FILE -> Reasons.sameFile(row.fileName(), row.holders() - 1, names.get(other));
                case SIMILAR_PHOTO -> Reasons.similarPhoto(row.fileName(), names.get(other), row.otherFileName(), row.distance(),
                        row.otherCount());
                case CAPTURE_DATE -> Reasons.captureDate(row.fileName(), row.capturedAt().toLocalDate(), row.activityDate(),
                        yearsById.computeIfAbsent(row.yearId(), years::get), settings.captureDays())
                        .orElse("照片《" + row.fileName() + "》的拍摄日期（Exif）为 " + row.capturedAt().toLocalDate());
                case REUSED_PARTICIPANTS -> Reasons.reusedParticipants(row.participants(),
                        lists.get(List.of(row.yearId(), row.unitId(), row.participantsKey())).size(), settings.participantsReuse());
            };
            signals.add(new Signal(row.kind(), row.kind().label(), row.recordId(), row.title(), row.activityDate(), row.unitId(),
                    row.unitName(), row.evidenceId(), row.fileName(), other, reason));
        }
        return signals;
    }

    /** The other record a signal names: SAME_FILE the lowest other holder, REUSED_PARTICIPANTS the lowest other record of the list. */
    private static Long other(Row row, Map<List<Object>, List<Long>> lists) {
        return switch (row.kind()) {
            case SAME_FILE -> row.recordId().equals(row.firstHolder()) ? row.secondHolder() : row.firstHolder();
            case SIMILAR_PHOTO -> row.otherRecordId();
            case CAPTURE_DATE -> null;
            case REUSED_PARTICIPANTS -> lists.getOrDefault(List.of(row.yearId(), row.unitId(), row.participantsKey()), List.of()).stream()
                    .filter(id -> !id.equals(row.recordId())).findFirst().orElse(null);
        };
    }
}

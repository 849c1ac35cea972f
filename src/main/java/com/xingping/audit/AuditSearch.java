package com.xingping.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;

/** The audit log filtered, newest first, cut into pages in the database. */
@Component
class AuditSearch {
    /** the most rows one export holds; a narrower filter gets the rest */
    static final int EXPORT_LIMIT = 100_000;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AuditSearch(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageOf<AuditEvent> page(AuditFilter filter, AuditScope scope, Paging paging) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, scope, parameters);
        long total = jdbc.queryForObject("select count(*) from audit_event" + where, parameters, Long.class);
        parameters.addValue("limit", paging.size()).addValue("offset", paging.offset());
        List<AuditEvent> items = jdbc.query("select " + AuditChain.COLUMNS + " from audit_event" + where
                + " order by id desc limit :limit offset :offset", parameters, AuditChain.ROWS);
        return PageOf.of(items, paging, total);
    }

    /** Every entry the filter finds, newest first, up to {@link #EXPORT_LIMIT}. */
    @Transactional(readOnly = true)
    List<AuditEvent> all(AuditFilter filter, AuditScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, scope, parameters);
        return jdbc.query("select " + AuditChain.COLUMNS + " from audit_event" + where + " order by id desc limit " + EXPORT_LIMIT,
                parameters, AuditChain.ROWS);
    }

    private String where(AuditFilter filter, AuditScope scope, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add(scope.condition());
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            parameters.addValue("from", OffsetDateTime.ofInstant(filter.from().atStartOfDay(clock.getZone()).toInstant(), java.time.ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            parameters.addValue("to", OffsetDateTime.ofInstant(filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant(), java.time.ZoneOffset.UTC));
        }
        if (filter.account() != null) {
            conditions.add("actor = :account");
            parameters.addValue("account", filter.account());
        }
        if (filter.action() != null) {
            conditions.add("action like :action escape '\\'");
            parameters.addValue("action", filter.action().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.objectType() != null) {
            conditions.add("entity_type = :objectType");
            parameters.addValue("objectType", filter.objectType());
        }
        if (filter.objectId() != null) {
            conditions.add("entity_id = :objectId");
            parameters.addValue("objectId", filter.objectId());
        }
        if (filter.outcome() != null) {
            conditions.add("outcome = :outcome");
            parameters.addValue("outcome", filter.outcome());
        }
        return " where " + String.join(" and ", conditions);
    }
}

package com.xingping.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Prints PostgreSQL's plans (EXPLAIN ANALYZE) for the paged list queries on a province-sized year:
 * 5,000 units × 200 records filled by SQL on an embedded PostgreSQL 17 with the Flyway schema.
 * Run by bench/list-plans.sh; writes Markdown to the file named by the first argument, for docs/paging.md.
 */
public final class ListPlans {
    private static final int UNITS = Integer.getInteger("units", 5000);
    private static final int PER_UNIT = Integer.getInteger("records", 200);

    private ListPlans() {
    }

    public static void main(String[] args) throws Exception {
        try (java.io.PrintStream out = new java.io.PrintStream(args[0], java.nio.charset.StandardCharsets.UTF_8);
             EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
            try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
                long started = System.nanoTime();
                fill(sql);
                out.printf("-- filled %,d units × %,d records in %.1f s%n%n", UNITS, PER_UNIT, (System.nanoTime() - started) / 1e9);
                for (Map.Entry<String, String> query : queries().entrySet()) {
                    out.println("### " + query.getKey());
                    out.println();
                    out.println("```");
                    out.println(query.getValue());
                    plan(out, sql, query.getValue());
                    out.println("```");
                    out.println();
                }
            }
        }
    }

    private static void fill(Statement sql) throws SQLException {
        sql.execute("insert into assessment_year (calendar_year, rubric_id, window_start, window_end, status, opened_at)"
                + " values (2018, 'shaoxing-2018', date '2017-12-16', date '2018-12-15', 'OPEN', now())");
        sql.execute("insert into unit (code, name, created_at) select 'G' || lpad(i::text, 4, '0'), '单位' || i, now()"
                + " from generate_series(1, " + UNITS + ") i");
        sql.execute("insert into activity_record (year_id, unit_id, element_id, title, activity_date, state, created_by,"
                + " created_at, submitted_at)"
                + " select 1, u.id, (array['norms-3a','norms-3b','study-1b','service-2a','democracy-1a'])[1 + r % 5],"
                + " '记录 ' || r, date '2017-12-16' + ((r * 7 + u.id) % 365)::int,"
                + " (array['APPROVED','APPROVED','APPROVED','SUBMITTED','DRAFT','RETURNED','REJECTED'])[1 + (r + u.id) % 7],"
                + " 'g' || u.id, now(), now() - ((r * 13 + u.id) % 300) * interval '1 day'"
                + " from unit u, generate_series(1, " + PER_UNIT + ") r");
        sql.execute("update activity_record set submitted_at = null where state = 'DRAFT'");
        sql.execute("vacuum analyze");
    }

    private static Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        String columns = "select id, year_id, unit_id, element_id, title, activity_date, state, submitted_at, version from activity_record";
        queries.put("Review queue, first page (the longest waiting first)",
                columns + " where year_id = 1 and state = 'SUBMITTED' order by submitted_at, id limit 50 offset 0");
        queries.put("Review queue, its count", "select count(*) from activity_record where year_id = 1 and state = 'SUBMITTED'");
        queries.put("Review queue, page 100", columns
                + " where year_id = 1 and state = 'SUBMITTED' order by submitted_at, id limit 50 offset 4950");
        queries.put("Review queue of one unit", columns
                + " where year_id = 1 and state = 'SUBMITTED' and unit_id = 2500 order by submitted_at, id limit 50");
        queries.put("Review queue of one star (its elements)", columns + " where year_id = 1 and state = 'SUBMITTED'"
                + " and element_id in ('norms-3a', 'norms-3b') order by submitted_at, id limit 50");
        queries.put("Review queue, every state, the latest submitted first", columns
                + " where year_id = 1 and state <> 'DRAFT' order by submitted_at desc nulls last, id desc limit 50");
        queries.put("Review queue searched by title (a word no title holds: every waiting record is read)", columns
                + " where year_id = 1 and state = 'SUBMITTED' and upper(title) like upper('%主题党日%')"
                + " order by submitted_at, id limit 50");
        queries.put("Review queue searched by title, its count", "select count(*) from activity_record"
                + " where year_id = 1 and state = 'SUBMITTED' and upper(title) like upper('%记录 17%')");
        queries.put("Review queue of one unit searched by title", columns
                + " where year_id = 1 and state = 'SUBMITTED' and unit_id = 2500 and upper(title) like upper('%记录 1%')"
                + " order by submitted_at, id limit 50");
        queries.put("A unit's other records of one element (the review record page)", columns
                + " where year_id = 1 and unit_id = 2500 and element_id = 'norms-3a' and state <> 'DRAFT' and id <> 1"
                + " order by activity_date desc, id desc limit 5");
        queries.put("A unit's records (the reporter's list)", columns
                + " where unit_id = 2500 and year_id = 1 order by activity_date desc, id desc limit 50");
        queries.put("A year's records (API, committee)", columns + " where year_id = 1 order by activity_date desc, id desc limit 50");
        queries.put("A year's records, its count", "select count(*) from activity_record where year_id = 1");
        queries.put("Units found by code or name", "select id, code, name from unit"
                + " where upper(code) like upper('%G12%') or name like '%G12%' order by code, id limit 50");
        return queries;
    }

    private static void plan(java.io.PrintStream out, Statement sql, String query) throws SQLException {
        try (ResultSet plan = sql.executeQuery("explain (analyze, buffers, costs off) " + query)) {
            while (plan.next()) {
                out.println(plan.getString(1));
            }
        }
    }
}

package com.xingping.scorecard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tables {@code unit_standing} and {@code standing_generation} (V7). Writers lock a unit's row
 * before reading its records, so two transactions changing one unit refresh it one after the other.
 */
@Component
class StandingRows {
    private final JdbcTemplate jdbc;

    StandingRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The stored hash of the unit's facts, the row held until the transaction ends; empty when there is no row. */
    Optional<String> lockHash(Long yearId, Long unitId) {
        return jdbc.queryForList("select facts_hash from unit_standing where year_id = ? and unit_id = ? for update",
                String.class, yearId, unitId).stream().findFirst();
    }

    void put(Long yearId, Row row, Instant at, boolean exists) {
        UnitTotals t = row.totals();
        if (exists) {
            jdbc.update("update unit_standing set facts = ?, facts_hash = ?, updated_at = ?, party_score = ?, bonus = ?,"
                            + " serious_deductions = ?, total = ?, star_count = ?, stars_awarded = ? where year_id = ? and unit_id = ?",
                    row.facts(), row.hash(), Timestamp.from(at), t.partyScore(), t.bonus(), t.seriousDeductions(), t.total(),
                    t.starCount(), t.starsAwarded(), yearId, row.unitId());
        } else {
            jdbc.update(INSERT, values(yearId, row, at));
        }
    }

    /** A unit's facts, their hash and what they score to. */
    record Row(Long unitId, String facts, String hash, UnitTotals totals) {
    }

    private static final String INSERT = "insert into unit_standing (year_id, unit_id, facts, facts_hash, updated_at,"
            + " party_score, bonus, serious_deductions, total, star_count, stars_awarded) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static Object[] values(Long yearId, Row row, Instant at) {
        UnitTotals t = row.totals();
        return new Object[] {yearId, row.unitId(), row.facts(), row.hash(), Timestamp.from(at), t.partyScore(), t.bonus(),
                t.seriousDeductions(), t.total(), t.starCount(), t.starsAwarded()};
    }

    void insertAll(Long yearId, List<Row> rows, Instant at) {
        jdbc.batchUpdate(INSERT, rows.stream().map(r -> values(yearId, r, at)).toList());
    }

    /** Every unit's stored totals of the year, by unit id. */
    Map<Long, UnitTotals> totals(Long yearId) {
        Map<Long, UnitTotals> totals = new LinkedHashMap<>();
        jdbc.query("select unit_id, party_score, bonus, serious_deductions, total, star_count, stars_awarded"
                + " from unit_standing where year_id = ? order by unit_id", rs -> {
                    totals.put(rs.getLong(1), new UnitTotals(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getInt(6), rs.getString(7)));
                }, yearId);
        return totals;
    }

    void deleteYear(Long yearId) {
        jdbc.update("delete from unit_standing where year_id = ?", yearId);
    }

    /** Every unit's stored facts of the year, by unit id. */
    Map<Long, String> facts(Long yearId) {
        Map<Long, String> facts = new LinkedHashMap<>();
        jdbc.query("select unit_id, facts from unit_standing where year_id = ? order by unit_id",
                rs -> {
                    facts.put(rs.getLong(1), rs.getString(2));
                }, yearId);
        return facts;
    }

    Optional<String> facts(Long yearId, Long unitId) {
        return jdbc.queryForList("select facts from unit_standing where year_id = ? and unit_id = ?", String.class,
                yearId, unitId).stream().findFirst();
    }

    /** The year's change counter; empty when the year has no standings yet. */
    Optional<Long> generation(Long yearId) {
        return jdbc.queryForList("select generation from standing_generation where year_id = ?", Long.class, yearId)
                .stream().findFirst();
    }

    /** The year's change counter, held until the transaction ends (a rebuild runs alone). */
    Optional<Long> lockGeneration(Long yearId) {
        return jdbc.queryForList("select generation from standing_generation where year_id = ? for update", Long.class,
                yearId).stream().findFirst();
    }

    /**
     * Moves the year's counter on. A year's first counter is the time in milliseconds, so a counter
     * removed by hand and built again never repeats one an instance may still hold in its cache.
     */
    void bump(Long yearId, Instant now) {
        if (jdbc.update("update standing_generation set generation = generation + 1 where year_id = ?", yearId) == 0) {
            jdbc.update("insert into standing_generation (year_id, generation) values (?, ?)", yearId, now.toEpochMilli());
        }
    }

    List<Long> yearsWithoutStandings() {
        return jdbc.queryForList("select id from assessment_year where id not in (select year_id from standing_generation)"
                + " order by id", Long.class);
    }

    List<Long> yearsWithStandings() {
        return jdbc.queryForList("select year_id from standing_generation order by year_id", Long.class);
    }
}

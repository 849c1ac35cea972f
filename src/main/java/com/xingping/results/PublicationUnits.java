package com.xingping.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.xingping.results.Standings.Standing;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table {@code publication_unit} (V9): each published unit's line and sheet as JSON. The year's
 * table reads the lines only; a unit's scorecard reads its one sheet.
 */
@Component
class PublicationUnits {
    static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final JdbcTemplate jdbc;

    PublicationUnits(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** One unit of a publication: its line and its sheet. */
    record Row(Standing line, UnitDetail sheet) {
    }

    void insert(Long publicationId, List<Row> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            values.add(new Object[] {publicationId, row.line().id(), i, JSON.writeValueAsString(row.line()),
                    JSON.writeValueAsString(row.sheet())});
        }
        jdbc.batchUpdate("insert into publication_unit (publication_id, unit_id, position, line, sheet)"
                + " values (?, ?, ?, ?, ?)", values);
    }

    /** Every unit's line, in the order they were published. */
    List<Standing> lines(Long publicationId) {
        List<Standing> lines = new ArrayList<>();
        jdbc.query("select line from publication_unit where publication_id = ? order by position",
                rs -> {
                    lines.add(JSON.readValue(rs.getString(1), Standing.class));
                }, publicationId);
        return lines;
    }

    /** One unit's line and sheet, read from its own row. */
    Optional<Row> unit(Long publicationId, String unitId) {
        return jdbc.query("select line, sheet from publication_unit where publication_id = ? and unit_id = ?",
                (rs, n) -> new Row(JSON.readValue(rs.getString(1), Standing.class),
                        JSON.readValue(rs.getString(2), UnitDetail.class)), publicationId, unitId).stream().findFirst();
    }

    /** The publications from before V9 that have no rows yet. */
    List<Long> withoutRows() {
        return jdbc.queryForList("select id from publication where rubric_text is null order by id", Long.class);
    }

    /**
     * Gives a publication from before V9 its rubric text, the row held so two instances do not both
     * index it; false when another already did.
     */
    boolean claim(Long publicationId, String rubricText) {
        return jdbc.update("update publication set rubric_text = ? where id = ? and rubric_text is null", rubricText,
                publicationId) == 1;
    }

    record Documents(Long id, String rubricId, String input, String output, String records) {
    }

    Documents documents(Long publicationId) {
        return jdbc.queryForObject("select id, rubric_id, input_document, output_document, records_document"
                + " from publication where id = ?", (rs, n) -> new Documents(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5)), publicationId);
    }
}

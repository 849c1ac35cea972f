package com.xingping.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.xingping.results.Standings.Standing;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scoring.ScoringInputWriter;
import com.xingping.scoring.YearResult;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearStatus;

/** Editions made from the spec's example year (its units renumbered 1 … 8, as the platform numbers units). */
final class ResultsFixtures {
    static final Rubric RUBRIC = RubricLoader.bundled("shaoxing-2018");
    static final AssessmentYear YEAR = new AssessmentYear(7L, 2018, "shaoxing-2018", LocalDate.of(2017, 12, 16),
            LocalDate.of(2018, 12, 15), YearStatus.OPEN, Instant.parse("2018-01-01T00:00:00Z"), null, null, 0);

    private ResultsFixtures() {
    }

    /** The example year's input document with numeric unit ids. */
    static String exampleInput() {
        try (InputStream in = ResultsFixtures.class.getClassLoader().getResourceAsStream("examples/example-year.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"id\": \"U00", "\"id\": \"");
            return ScoringInputWriter.write(Snapshot.read(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Edition published(int version, String input) {
        return new Edition(YEAR, version, "admin", Instant.parse("2018-12-20T02:00:00Z"), "年终发布", 1L, RUBRIC,
                Standings.of(Snapshot.score(input)));
    }

    static Edition example() {
        return published(1, exampleInput());
    }

    /** A unit's scorecard in the example year, as an edition's line and sheet of the unit give it. */
    static UnitSheet sheet(String unitId) {
        return sheet(exampleInput(), unitId, Map.of());
    }

    static UnitSheet sheet(String input, String unitId, Map<String, List<RecordRef>> records) {
        YearResult result = Snapshot.score(input);
        Edition edition = published(1, input);
        Standing line = edition.standings().unit(unitId).orElseThrow();
        UnitDetail detail = UnitDetail.of(RUBRIC, result, result.unit(unitId).orElseThrow(), edition.standings().medians(RUBRIC),
                records);
        return UnitSheets.build(EditionHead.of(edition), RUBRIC, YEAR, line, edition.standings().units().size(), detail);
    }
}

package com.xingping.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scoring.ScoringInputWriter;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearStatus;

/** Editions made from the spec's example year (its units renumbered 1 … 8, as the platform numbers units). */
final class ResultsFixtures {
    static final Rubric RUBRIC = RubricLoader.bundled("shaoxing-2018");
    static final AssessmentYear YEAR = new AssessmentYear(7L, 2018, "shaoxing-2018", LocalDate.of(2017, 12, 16),
            LocalDate.of(2018, 12, 15), YearStatus.OPEN, Instant.parse("2018-01-01T00:00:00Z"), null, 0);

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

    static Snapshot snapshot(String input, String records) {
        return new Snapshot("shaoxing-2018", Snapshot.read(input).units().size(), input,
                Snapshot.write(Snapshot.score(input)), records);
    }

    static Edition draft(String input) {
        return Edition.draft(YEAR, snapshot(input, "{}"));
    }

    static Edition published(int version, String input, String records) {
        Snapshot snapshot = snapshot(input, records);
        return new Edition(YEAR, version, "admin", Instant.parse("2018-12-20T02:00:00Z"), "年终发布", snapshot,
                Standings.parse(snapshot.output()));
    }

    static Edition example() {
        return published(1, exampleInput(), "{}");
    }
}

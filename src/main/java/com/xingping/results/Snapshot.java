package com.xingping.results;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.xingping.kernel.Refusal;
import com.xingping.rubric.Rubric;
import com.xingping.scorecard.LiveFacts.UnitEntry;
import com.xingping.scorecard.LiveFacts.YearFacts;
import com.xingping.scoring.InvalidDocumentException;
import com.xingping.scoring.ScoringDocumentReader;
import com.xingping.scoring.ScoringDocumentWriter;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.ScoringInputWriter;
import com.xingping.scoring.YearResult;

/**
 * One set of results as documents: the scoring input document (rubric id, year, every unit's
 * facts), the output document the engine produced from exactly that text (with explanations, as
 * {@code score --explain} writes it) and the approved records behind every element. The draft is
 * taken from the live facts on every view; a publication stores one.
 */
record Snapshot(String rubricId, int unitCount, String input, String output, String records) {

    /**
     * Writes the facts as an input document, reads it back (so the document is checked as the
     * {@code score} command would check it) and scores what was read.
     */
    static Snapshot take(YearFacts facts) {
        Rubric rubric = facts.rubric();
        List<UnitEntry> units = facts.units();
        String input = ScoringInputWriter.write(new ScoringInput(rubric, facts.year().year(),
                units.stream().map(UnitEntry::facts).toList()));
        YearResult result = score(input);
        return new Snapshot(rubric.id(), units.size(), input, write(result), RecordsDocument.write(units));
    }

    /** The input document read back; a document the reader refuses is refused whole, one line per problem. */
    static ScoringInput read(String input) {
        try {
            return ScoringDocumentReader.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidDocumentException e) {
            throw new Refusal("facts", "本年度的计分数据有误，不能计分：" + String.join("；", e.problems()));
        }
    }

    static YearResult score(String input) {
        ScoringInput read = read(input);
        return new ScoringEngine(read.rubric()).score(read.units());
    }

    static String write(YearResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoringDocumentWriter.write(result, out, true);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Does scoring the stored input again give the stored output, byte for byte? */
    boolean reproducible() {
        return write(score(input)).equals(output);
    }
}

package com.xingping.results;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.xingping.kernel.Refusal;
import com.xingping.rubric.Rubric;
import com.xingping.scorecard.LiveFacts.ScoredYear;
import com.xingping.scoring.InvalidDocumentException;
import com.xingping.scoring.ScoringDocumentReader;
import com.xingping.scoring.ScoringDocumentWriter;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.ScoringInputWriter;
import com.xingping.scoring.YearResult;

/**
 * An edition as documents (docs/scoring-io.md): the input document (rubric id, year, every unit's
 * facts) and the output document the engine made from those facts (with explanations, as
 * {@code score --explain} writes it). A publication stores both; the API serves them.
 */
final class Snapshot {
    private Snapshot() {
    }

    static String input(ScoredYear scored) {
        return ScoringInputWriter.write(scored.input());
    }

    static String output(Rubric rubric, YearResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoringDocumentWriter.write(rubric, result, out, true);
        return out.toString(StandardCharsets.UTF_8);
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
        return new ScoringEngine(read.rubric()).score(read);
    }
}

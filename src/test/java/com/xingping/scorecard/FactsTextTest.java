package com.xingping.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.xingping.rubric.Rubric;
import com.xingping.scoring.InvalidDocumentException;
import com.xingping.scoring.InvalidDocuments;
import com.xingping.scoring.ScoringDocumentReader;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.UnitFacts;

class FactsTextTest {
    private static final ScoringInput EXAMPLE = ScoringDocumentReader.read(
            new ByteArrayInputStream(InvalidDocuments.exampleYear().getBytes(StandardCharsets.UTF_8)));
    private static final Rubric RUBRIC = EXAMPLE.rubric();

    @Test
    void everyUnitOfTheExampleYearReadsBackFieldByField() {
        for (UnitFacts unit : EXAMPLE.units()) {
            String text = FactsText.of(RUBRIC, EXAMPLE.year(), unit);

            UnitFacts back = FactsText.read(RUBRIC, EXAMPLE.year(), text);

            assertThat(back).as(unit.id()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(unit);
            assertThat(FactsText.of(RUBRIC, EXAMPLE.year(), back)).as("written again").isEqualTo(text);
        }
    }

    @Test
    void theYearReadFromStoredTextsScoresAsTheDocumentDoes() {
        List<String> texts = EXAMPLE.units().stream().map(u -> FactsText.of(RUBRIC, EXAMPLE.year(), u)).toList();

        var stored = new ScoringEngine(RUBRIC).score(FactsText.read(RUBRIC, EXAMPLE.year(), texts));
        var direct = new ScoringEngine(RUBRIC).score(EXAMPLE.units());

        assertThat(stored.units()).hasSameSizeAs(direct.units());
        for (var unit : direct.units()) {
            var same = stored.unit(unit.id()).orElseThrow();
            assertThat(same.total()).isEqualByComparingTo(unit.total());
            assertThat(same.rank()).isEqualTo(unit.rank());
            assertThat(same.starCount()).isEqualTo(unit.starCount());
        }
    }

    @Test
    void theHashFollowsTheFacts() {
        UnitFacts first = EXAMPLE.units().get(0);
        String text = FactsText.of(RUBRIC, EXAMPLE.year(), first);
        String changed = FactsText.of(RUBRIC, EXAMPLE.year(), first.toBuilder().count("norms-3a", 9).build());

        assertThat(FactsText.hash(text)).hasSize(64).isEqualTo(FactsText.hash(FactsText.of(RUBRIC, EXAMPLE.year(), first)));
        assertThat(FactsText.hash(changed)).isNotEqualTo(FactsText.hash(text));
    }

    @Test
    void aStoredTextTheRubricRefusesIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> FactsText.read(RUBRIC, EXAMPLE.year(), "{\"id\":\"9\",\"counts\":{\"study-9z\":1}}"))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("study-9z");
    }
}

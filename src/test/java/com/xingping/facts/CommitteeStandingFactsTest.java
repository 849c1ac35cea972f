package com.xingping.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scorecard.Backing;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.ScoringEngine;

/** The committee's facts as one more source of the live scorecard: scored, and shown beside their element. */
class CommitteeStandingFactsTest {
    private static final Rubric RUBRIC = RubricLoader.bundled("shaoxing-2018");
    private static final Instant NOW = Instant.parse("2019-01-05T08:00:00Z");
    private final List<CommitteeFact> facts = new ArrayList<>();

    @Test
    void theYearsStandingFactsOfTheUnitAreScoredAndShownBesideTheirElement() {
        fact(FactKind.ASSESSED, "norms-1d", null, "5.5", null, FactState.ACTIVE, 7L, 11L);
        fact(FactKind.PENALTY, "study-2b", "criticized", null, 2, FactState.ACTIVE, 7L, 11L);
        fact(FactKind.PENALTY, "study-2b", "criticized", null, 4, FactState.WITHDRAWN, 7L, 11L);
        fact(FactKind.BASELINE, "study-B1", null, "2", null, FactState.ACTIVE, 8L, 11L);
        fact(FactKind.SERIOUS, null, null, "3", null, FactState.ACTIVE, 7L, 12L);

        UnitFacts.Builder builder = UnitFacts.builder("11").name("市财政局");
        Backing backing = new Backing();
        new CommitteeStandingFacts(7L, facts).addTo(11L, builder, backing);
        UnitFacts unit = builder.build();
        UnitResult result = new ScoringEngine(RUBRIC).score(List.of(unit)).units().get(0);

        assertThat(unit.assessed().get("norms-1d")).isEqualByComparingTo("5.5");
        assertThat(unit.penaltyCount("study-2b", "criticized")).isEqualTo(2);
        assertThat(unit.baselineViolations()).isEmpty();
        assertThat(unit.seriousDeductions()).isEmpty();
        assertThat(result.element("norms-1d").orElseThrow().explanation()).contains("工委评定 5.5 分");
        assertThat(backing.committee("norms-1d")).singleElement()
                .satisfies(b -> assertThat(b.reference()).isEqualTo("绍市机工委〔2019〕3号"));
        assertThat(backing.committee("study-2b")).hasSize(1);
    }

    private void fact(FactKind kind, String subject, String item, String amount, Integer times, FactState state,
                      Long yearId, Long unitId) {
        boolean withdrawn = state == FactState.WITHDRAWN;
        facts.add(new CommitteeFact((long) facts.size() + 1, yearId, unitId, kind, subject, item,
                amount == null ? null : new BigDecimal(amount), times, null, null, LocalDate.of(2018, 6, 1),
                "绍市机工委〔2019〕3号", "测试", state, withdrawn ? "录错" : null, "admin", NOW, null, null,
                withdrawn ? "admin" : null, withdrawn ? NOW : null, 0));
    }
}

package com.xingping.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.xingping.scorecard.BackingRecord.Use;
import com.xingping.scorecard.FactsAssembler.Assembled;
import com.xingping.scoring.BonusFacts;
import com.xingping.scoring.PerformanceFacts;
import com.xingping.scoring.UnitFacts;
import com.xingping.unit.Unit;
import com.xingping.unit.YearFlags;

/** The assembler: the unit's flags, then every source's facts of that unit (the sources are tested in their modules). */
class FactsAssemblerTest {
    private static final Instant NOW = Instant.parse("2018-06-01T08:00:00Z");
    private static final Unit UNIT = new Unit(11L, "FIN", "市财政局", true, false, true, NOW, 0);
    private static final Unit OTHER = new Unit(12L, "EDU", "市教育局", false, true, true, NOW, 0);
    private static final BackingRecord RECORD = new BackingRecord(5L, "集中学习", LocalDate.of(2018, 5, 10), null, null,
            false, Use.COUNTED);

    private final FactSource.Facts records = (unitId, facts, backing) -> {
        if (unitId.equals(UNIT.id())) {
            facts.count("norms-3a", 1);
            backing.add("norms-3a", RECORD);
        }
    };

    @Test
    void carriesTheYearsFlagsNotTheUnitsOfTodayAndLeavesWhatNoSourceGivesAbsent() {
        FactsAssembler assembler = new FactsAssembler(List.of(records));

        UnitFacts facts = assembler.assemble(OTHER, new YearFlags(1L, OTHER.id(), 7L, true, false, 0)).facts();
        UnitFacts own = assembler.assemble(UNIT, flags(UNIT)).facts();

        assertThat(facts.id()).isEqualTo("12");
        assertThat(facts.name()).isEqualTo("市教育局");
        assertThat(OTHER.inTargetAssessment()).isFalse();
        assertThat(facts.inTargetAssessment()).isTrue();
        assertThat(facts.committeeOwn()).isFalse();
        assertThat(facts.counts()).isEmpty();
        assertThat(own.count("norms-3a")).isEqualTo(1);
        assertThat(own.assessed()).isEmpty();
        assertThat(own.roster()).isNull();
        assertThat(own.penalties()).isEmpty();
        assertThat(own.baselineViolations()).isEmpty();
        assertThat(own.seriousDeductions()).isEmpty();
        assertThat(own.performance()).isEqualTo(PerformanceFacts.NONE);
        assertThat(own.bonus()).isEqualTo(BonusFacts.NONE);
    }

    @Test
    void everySourceAddsItsFactsAndWhatLiesBehindThem() {
        FactSource.Facts committee = (unitId, facts, backing) -> {
            facts.assessed("norms-1d", "5.5");
            backing.add("norms-1d", new CommitteeBacking("assessed", 3L, LocalDate.of(2018, 6, 1), "绍市机工委〔2018〕1号", "测试"));
        };
        FactSource.Facts roster = (unitId, facts, backing) -> facts.member(com.xingping.scoring.Role.ORDINARY, "30");

        Assembled assembled = new FactsAssembler(List.of(records, roster, committee)).assemble(UNIT, flags(UNIT));

        assertThat(assembled.facts().count("norms-3a")).isEqualTo(1);
        assertThat(assembled.facts().assessed().get("norms-1d")).isEqualByComparingTo("5.5");
        assertThat(assembled.facts().roster()).singleElement()
                .satisfies(m -> assertThat(m.hours()).isEqualByComparingTo(new BigDecimal("30")));
        assertThat(assembled.backing().of("norms-3a")).containsExactly(RECORD);
        assertThat(assembled.backing().committee("norms-1d")).extracting(CommitteeBacking::id).containsExactly(3L);
    }

    private static YearFlags flags(Unit unit) {
        return new YearFlags(null, unit.id(), 7L, unit.inTargetAssessment(), unit.committeeOwn(), null);
    }
}

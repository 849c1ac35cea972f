package com.xingping.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.xingping.facts.CommitteeFact;
import com.xingping.facts.CommitteeSeeds;
import com.xingping.facts.FactKind;
import com.xingping.facts.FactState;
import com.xingping.scoring.PerformanceResult;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * The 行风评议 pool is the units rated that year, whatever their state today: a unit deactivated
 * mid-year keeps its score in the mean and the places, and its own card is judged over the same pool.
 */
@SpringBootTest
class ConductPoolIT {
    private static final Instant NOW = Instant.parse("2018-11-01T08:00:00Z");
    @Autowired
    ApplicationContext context;
    @Autowired
    LiveScores scores;
    @Autowired
    LiveFacts live;
    @Autowired
    CommitteeSeeds seeds;

    @Test
    void aUnitDeactivatedMidYearStaysInThePoolAndItsCardIsJudgedOverTheSamePool() {
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        Unit top = platform.unit("市机关事务局");
        Unit low = platform.unit("市信访局");
        rate(year, top, "100");
        rate(year, low, "12.5");
        PerformanceResult lowBefore = performance(year, low);
        PerformanceResult topBefore = performance(year, top);

        Unit gone = platform.deactivated(top);

        PerformanceResult lowAfter = performance(year, low);
        assertThat(lowAfter.place()).isEqualTo(lowBefore.place());
        assertThat(lowAfter.rated()).isEqualTo(lowBefore.rated());
        assertThat(lowAfter.conductMean()).isEqualByComparingTo(lowBefore.conductMean());
        assertThat(lowAfter.vetoed()).isEqualTo(lowBefore.vetoed());
        assertThat(live.scored(year).units()).extracting(Unit::id).contains(gone.id());
        LiveYear card = scores.of(year, gone);
        PerformanceResult own = card.result(gone.id()).performance();
        assertThat(own.place()).isEqualTo(topBefore.place());
        assertThat(own.rated()).isEqualTo(lowBefore.rated());
        assertThat(own.conductMean()).isEqualByComparingTo(lowBefore.conductMean());
    }

    @Test
    void aDeactivatedUnitThatWasNotRatedLeavesTheYearButItsCardIsStillShown() {
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        Unit unrated = platform.deactivated(platform.unit("市粮食局"));

        assertThat(live.scored(year).units()).extracting(Unit::id).doesNotContain(unrated.id());
        assertThat(scores.of(year, unrated).result(unrated.id()).performance().place()).isNull();
    }

    private PerformanceResult performance(AssessmentYear year, Unit unit) {
        return live.scored(year).result().unit(String.valueOf(unit.id())).orElseThrow().performance();
    }

    private void rate(AssessmentYear year, Unit unit, String score) {
        seeds.seed(List.of(new CommitteeFact(null, year.id(), unit.id(), FactKind.PERFORMANCE, "conduct", null,
                new BigDecimal(score), null, null, null, LocalDate.of(2018, 11, 1), "绍市纠风办〔2018〕9号", "行风评议",
                FactState.ACTIVE, null, "admin", NOW, null, null, null, null, null)));
    }
}

package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.d;
import static com.xingping.scoring.ScoringFixtures.RUBRIC;
import static com.xingping.scoring.ScoringFixtures.rated;
import static com.xingping.scoring.ScoringFixtures.rubricWith;
import static com.xingping.scoring.ScoringFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.xingping.rubric.Rubric;

/**
 * 业绩优 = 目标责任制考核优胜 ∧ 班子团结出色 ∧ (行风评议 ≥ mean of the rated units ∨ 明显提升)
 * ∧ not among the three lowest rated (一票否决).
 */
class PerformanceExcellenceTest {

    private static UnitFacts unrated(String id, boolean accepted) {
        return UnitFacts.builder(id).performance(new PerformanceFacts(true, true, null, false, accepted)).build();
    }

    private static UnitFacts with(String id, PerformanceFacts performance) {
        return UnitFacts.builder(id).performance(performance).build();
    }

    /** Three low rated units that take the veto, so the others can be judged on the rest. */
    private static List<UnitFacts> withBottomThree(UnitFacts... units) {
        List<UnitFacts> all = new ArrayList<>(List.of(rated("L1", "60"), rated("L2", "61"), rated("L3", "62")));
        all.addAll(List.of(units));
        return all;
    }

    private static PerformanceResult performanceOf(List<UnitFacts> units, String id) {
        return score(units.toArray(UnitFacts[]::new)).unit(id).orElseThrow().performance();
    }

    @Test
    void allThreeConditionsMakeAUnitExcellent() {
        // rated: 60, 61, 62, 90 → mean 68.25; U01 at 90 is above it and not among the lowest three
        PerformanceResult result = performanceOf(withBottomThree(rated("U01", "90")), "U01");

        assertThat(result.conductPassed()).isTrue();
        assertThat(result.vetoed()).isFalse();
        assertThat(result.excellent()).isTrue();
    }

    @Test
    void everyConditionIsNeeded() {
        List<UnitFacts> units = withBottomThree(
                with("noWin", new PerformanceFacts(false, true, d("90"), false, false)),
                with("noLead", new PerformanceFacts(true, false, d("90"), false, false)),
                with("lowConduct", new PerformanceFacts(true, true, d("70"), false, false)),
                with("all", new PerformanceFacts(true, true, d("90"), false, false)));
        // rated: 60 + 61 + 62 + 90 + 90 + 70 + 90 = 523, / 7 = 74.71…

        assertThat(performanceOf(units, "noWin").excellent()).isFalse();
        assertThat(performanceOf(units, "noLead").excellent()).isFalse();
        assertThat(performanceOf(units, "lowConduct").conductPassed()).isFalse();
        assertThat(performanceOf(units, "lowConduct").vetoed()).isFalse();
        assertThat(performanceOf(units, "lowConduct").excellent()).isFalse();
        assertThat(performanceOf(units, "all").excellent()).isTrue();
    }

    @Test
    void scoreEqualToTheMeanPasses() {
        // 60 + 65 + 70 + 85 + 4 × 100 = 680, / 8 = 85 exactly; 85 ≥ 85
        List<UnitFacts> units = List.of(rated("L1", "60"), rated("L2", "65"), rated("L3", "70"), rated("U01", "85"),
                rated("H1", "100"), rated("H2", "100"), rated("H3", "100"), rated("H4", "100"));

        PerformanceResult result = performanceOf(units, "U01");
        assertThat(result.conductMean()).isEqualByComparingTo("85");
        assertThat(result.conductPassed()).isTrue();
        assertThat(result.excellent()).isTrue();
    }

    @Test
    void meanIsComparedExactlyNotAsDisplayed() {
        // 75 + 78 + 80 + 85.33 + 85.34 + 87.33 + 90 + 92 + 95 = 768, / 9 = 85.333…, shown as 85.33;
        // 85.33 equals the shown mean but is below the exact one, 85.34 is above it
        List<UnitFacts> units = List.of(rated("L1", "75"), rated("L2", "78"), rated("L3", "80"), rated("X", "85.33"),
                rated("Y", "85.34"), rated("M1", "87.33"), rated("M2", "90"), rated("M3", "92"), rated("M4", "95"));

        PerformanceResult x = performanceOf(units, "X");
        assertThat(x.conductMean()).isEqualByComparingTo("85.33");
        assertThat(x.conductPassed()).isFalse();
        assertThat(x.excellent()).isFalse();
        assertThat(performanceOf(units, "Y").conductPassed()).isTrue();
    }

    @Test
    void markedImprovementPassesBelowTheMean() {
        List<UnitFacts> units = withBottomThree(rated("U01", "70", true), rated("U02", "70", false),
                rated("H1", "99"), rated("H2", "100"));
        // 60 + 61 + 62 + 70 + 70 + 99 + 100 = 522, / 7 = 74.57…: both 70s are below; only U01 is marked improved

        assertThat(performanceOf(units, "U01").conductPassed()).isTrue();
        assertThat(performanceOf(units, "U01").excellent()).isTrue();
        assertThat(performanceOf(units, "U02").conductPassed()).isFalse();
    }

    @Test
    void meanIsTakenOverRatedUnitsOnly() {
        // rated: 70 + 75 + 80 + 83 + 95 + 100 = 503, / 6 = 83.83…; U01 at 83 falls short.
        // Counting the two unrated units as 0 would give 503 / 8 = 62.875 and let U01 pass.
        List<UnitFacts> units = List.of(rated("L1", "70"), rated("L2", "75"), rated("L3", "80"), rated("U01", "83"),
                rated("H1", "95"), rated("H2", "100"), unrated("N1", true), unrated("N2", false));

        PerformanceResult result = performanceOf(units, "U01");
        assertThat(result.conductMean()).isEqualByComparingTo("83.83");
        assertThat(result.conductPassed()).isFalse();
        assertThat(result.vetoed()).isFalse();
    }

    @Test
    void unratedUnitIsJudgedByTheCommitteeAndNeverVetoed() {
        List<UnitFacts> units = List.of(rated("L1", "70"), rated("L2", "75"), rated("L3", "80"), rated("H1", "95"),
                unrated("N1", true), unrated("N2", false));

        PerformanceResult accepted = performanceOf(units, "N1");
        assertThat(accepted.conductScore()).isNull();
        assertThat(accepted.conductMean()).isNull();
        assertThat(accepted.vetoed()).isFalse();
        assertThat(accepted.conductPassed()).isTrue();
        assertThat(accepted.excellent()).isTrue();

        PerformanceResult refused = performanceOf(units, "N2");
        assertThat(refused.vetoed()).isFalse();
        assertThat(refused.conductPassed()).isFalse();
        assertThat(refused.excellent()).isFalse();
    }

    @Test
    void unratedUnitIgnoresAnyImprovementMark() {
        // performance-3 of an unrated unit is the committee's conductAccepted alone
        UnitFacts unit = with("N1", new PerformanceFacts(true, true, null, true, false));

        assertThat(performanceOf(List.of(unit), "N1").conductPassed()).isFalse();
    }

    @Test
    void bottomThreeAreVetoedWhateverElseHolds() {
        // 60, 61, 62 hold places 5, 4 and 3 of five: greater than 5 − 3, so vetoed; improved marks do not save them
        List<UnitFacts> units = List.of(rated("L1", "60", true), rated("L2", "61", true), rated("L3", "62", true),
                rated("U01", "63", true), rated("H1", "90"));

        for (String id : List.of("L1", "L2", "L3")) {
            PerformanceResult result = performanceOf(units, id);
            assertThat(result.conductPassed()).as(id).isTrue();
            assertThat(result.vetoed()).as(id).isTrue();
            assertThat(result.excellent()).as(id).isFalse();
        }
        assertThat(performanceOf(units, "L1").place()).isEqualTo(5);
        assertThat(performanceOf(units, "L3").place()).isEqualTo(3);
        assertThat(performanceOf(units, "L3").rated()).isEqualTo(5);
        assertThat(performanceOf(units, "U01").vetoed()).isFalse();
        assertThat(performanceOf(units, "U01").excellent()).isTrue();
    }

    @Test
    void unitsTiedAcrossTheCutOffSharePlaceAndPass() {
        // rubric-2018.md: 95, 90, 90, 90, 85, 80 have places 1, 2, 2, 2, 5, 6; only 85 and 80 are vetoed
        List<UnitFacts> units = List.of(rated("A", "90"), rated("B", "80"), rated("C", "95"), rated("D", "90"),
                rated("E", "85"), rated("F", "90"));

        assertThat(score(units.toArray(UnitFacts[]::new)).units()).filteredOn(u -> u.performance().vetoed())
                .extracting(UnitResult::id).containsExactly("B", "E");
        assertThat(performanceOf(units, "A").place()).isEqualTo(2);
        assertThat(performanceOf(units, "E").place()).isEqualTo(5);
    }

    @Test
    void tiesFailByPolicyVetoEveryUnitWithFewerThanThreeStrictlyBelow() {
        List<UnitFacts> units = List.of(rated("A", "90"), rated("B", "80"), rated("C", "95"), rated("D", "90"),
                rated("E", "85"), rated("F", "90"));
        Rubric tiesFail = rubricWith("conductVetoTies: pass", "conductVetoTies: fail");

        assertThat(score(tiesFail, units.toArray(UnitFacts[]::new)).units()).filteredOn(u -> u.performance().vetoed())
                .extracting(UnitResult::id).containsExactly("A", "B", "D", "E", "F");
    }

    @Test
    void unitsAllSharingOnePlaceAreNotVetoed() {
        List<UnitFacts> units = List.of(rated("A", "90"), rated("B", "90"), rated("C", "90"), rated("D", "90"),
                rated("E", "90"), rated("F", "90"));

        assertThat(score(units.toArray(UnitFacts[]::new)).units()).noneMatch(u -> u.performance().vetoed());
    }

    @Test
    void withThreeOrFewerRatedUnitsNobodyIsVetoed() {
        // 末三位 presupposes more units than places
        List<UnitFacts> units = List.of(rated("A", "90"), rated("B", "95"), rated("C", "70"), unrated("N1", true));

        assertThat(score(units.toArray(UnitFacts[]::new)).units()).noneMatch(u -> u.performance().vetoed());
        assertThat(performanceOf(units, "C").place()).isEqualTo(3);
        assertThat(performanceOf(List.of(rated("A", "99")), "A").vetoed()).isFalse();
    }

    @Test
    void officialStandingsGiveTheMeanAndExactlyTheVetoedUnits() {
        List<UnitFacts> units = List.of(rated("A", "90"), rated("B", "80"), rated("C", "95"), rated("D", "70"),
                rated("E", "85"));
        OfficialConduct official = new OfficialConduct(new BigDecimal("86"), Set.of("B"));

        YearResult year = new ScoringEngine(RUBRIC).score(units, official);

        assertThat(year.units()).filteredOn(u -> u.performance().vetoed()).extracting(UnitResult::id).containsExactly("B");
        // 85 is above the computed mean 84 but below the official 86
        PerformanceResult e = year.unit("E").orElseThrow().performance();
        assertThat(e.conductPassed()).isFalse();
        assertThat(e.official()).isTrue();
        assertThat(e.conductMean()).isEqualByComparingTo("86");
    }

    @Test
    void withFourRatedUnitsEveryPlaceAfterTheFirstIsVetoed() {
        // n = 4: places greater than 4 − 3 = 1
        List<UnitFacts> units = List.of(rated("A", "60"), rated("B", "90"), rated("C", "70"), rated("D", "80"));

        assertThat(score(units.toArray(UnitFacts[]::new)).units()).filteredOn(u -> u.performance().vetoed())
                .extracting(UnitResult::id).containsExactly("A", "C", "D");
    }

    @Test
    void aTieAboveTheCutOffPushesTheFollowingPlacesDown() {
        // 95, 90, 90, 85, 80, 75, 70 have places 1, 2, 2, 4, 5, 6, 7; n = 7, vetoed: places > 4
        List<UnitFacts> units = List.of(rated("A", "95"), rated("B", "90"), rated("C", "90"), rated("D", "85"),
                rated("E", "80"), rated("F", "75"), rated("G", "70"));
        YearResult year = score(units.toArray(UnitFacts[]::new));

        assertThat(year.units()).extracting(u -> u.performance().place()).containsExactly(1, 2, 2, 4, 5, 6, 7);
        assertThat(year.units()).filteredOn(u -> u.performance().vetoed()).extracting(UnitResult::id)
                .containsExactly("E", "F", "G");
    }

    @Test
    void aScoreEqualToTheOfficialMeanPassesAndUnratedUnitsAreNeverVetoed() {
        List<UnitFacts> units = List.of(rated("A", "85"), rated("B", "70"), rated("C", "60"), rated("D", "50"),
                unrated("N1", true));
        OfficialConduct official = new OfficialConduct(new BigDecimal("85.00"), Set.of("B"));

        YearResult year = new ScoringEngine(RUBRIC).score(units, official);

        assertThat(year.unit("A").orElseThrow().performance().conductPassed()).isTrue();
        assertThat(year.unit("A").orElseThrow().performanceExcellent()).isTrue();
        // the lowest two are not listed: not vetoed, though below the official mean
        assertThat(year.units()).filteredOn(u -> u.performance().vetoed()).extracting(UnitResult::id).containsExactly("B");
        assertThat(year.unit("D").orElseThrow().performance().conductPassed()).isFalse();
        assertThat(year.unit("N1").orElseThrow().performance().vetoed()).isFalse();
        assertThat(year.unit("N1").orElseThrow().performanceExcellent()).isTrue();
    }

    @Test
    void noRatedUnitsMeansNoVeto() {
        PerformanceResult result = performanceOf(List.of(unrated("N1", true), unrated("N2", true)), "N1");

        assertThat(result.vetoed()).isFalse();
        assertThat(result.place()).isNull();
        assertThat(result.excellent()).isTrue();
    }
}

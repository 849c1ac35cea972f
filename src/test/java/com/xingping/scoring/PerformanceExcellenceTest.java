package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.d;
import static com.xingping.scoring.ScoringFixtures.rated;
import static com.xingping.scoring.ScoringFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

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
        // 60, 61, 62 are the lowest three; improved marks do not save them
        List<UnitFacts> units = List.of(rated("L1", "60", true), rated("L2", "61", true), rated("L3", "62", true),
                rated("U01", "63", true), rated("H1", "90"));

        for (String id : List.of("L1", "L2", "L3")) {
            PerformanceResult result = performanceOf(units, id);
            assertThat(result.conductPassed()).as(id).isTrue();
            assertThat(result.vetoed()).as(id).isTrue();
            assertThat(result.vetoCutoff()).as(id).isEqualByComparingTo("62");
            assertThat(result.excellent()).as(id).isFalse();
        }
        assertThat(performanceOf(units, "U01").vetoed()).isFalse();
        assertThat(performanceOf(units, "U01").excellent()).isTrue();
    }

    @Test
    void bottomThreeTiesAreAllVetoed() {
        // 70, 75, 80, 80: the third lowest score 80 is shared, so four units fail
        List<UnitFacts> units = List.of(rated("A", "80"), rated("B", "70"), rated("C", "90"), rated("D", "80"),
                rated("E", "75"), rated("F", "95"));

        assertThat(score(units.toArray(UnitFacts[]::new)).units()).filteredOn(u -> u.performance().vetoed())
                .extracting(UnitResult::id).containsExactly("A", "B", "D", "E");
    }

    @Test
    void tiesBelowTheCutOffAreAllVetoedToo() {
        // four units share the lowest score: the cut-off is 70 and all four fail; 90 does not
        List<UnitFacts> units = List.of(rated("A", "70"), rated("B", "70"), rated("C", "70"), rated("D", "70"),
                rated("E", "90"));

        assertThat(score(units.toArray(UnitFacts[]::new)).units()).filteredOn(u -> u.performance().vetoed())
                .extracting(UnitResult::id).containsExactly("A", "B", "C", "D");
    }

    @Test
    void withFewerThanThreeRatedUnitsEveryRatedUnitIsAmongTheLowestThree() {
        // rubric-2018.md read literally: "the three lowest scores fail" — with two rated units both are among them
        List<UnitFacts> units = List.of(rated("A", "90"), rated("B", "95"), unrated("N1", true));

        assertThat(performanceOf(units, "A").vetoed()).isTrue();
        assertThat(performanceOf(units, "B").vetoed()).isTrue();
        assertThat(performanceOf(units, "B").excellent()).isFalse();
        assertThat(performanceOf(units, "N1").vetoed()).isFalse();
        assertThat(performanceOf(units, "N1").excellent()).isTrue();
        assertThat(performanceOf(List.of(rated("A", "99")), "A").vetoed()).isTrue();
    }

    @Test
    void noRatedUnitsMeansNoVeto() {
        PerformanceResult result = performanceOf(List.of(unrated("N1", true), unrated("N2", true)), "N1");

        assertThat(result.vetoed()).isFalse();
        assertThat(result.vetoCutoff()).isNull();
        assertThat(result.excellent()).isTrue();
    }
}

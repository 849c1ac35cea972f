package com.xingping.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.xingping.results.Changes.Kind;
import com.xingping.results.Changes.UnitChange;

class ChangesTest {
    private final String input = ResultsFixtures.exampleInput();

    @Test
    void theSameEditionHasNothingMoved() {
        Changes changes = Changes.between(standings(input), standings(input), ResultsFixtures.RUBRIC);

        assertThat(changes.units()).isEmpty();
        assertThat(changes.unchanged()).isEqualTo(8);
    }

    @Test
    void oneMoreMeetingMovesTheUnitsTotalAndItsElement() {
        String after = input.replaceFirst("\"norms-3a\":6", "\"norms-3a\":7");

        Changes changes = Changes.between(standings(input), standings(after), ResultsFixtures.RUBRIC);

        UnitChange first = changes.units().stream().filter(u -> u.unitId().equals("1")).findFirst().orElseThrow();
        assertThat(first.kind()).isEqualTo(Kind.CHANGED);
        assertThat(first.totalDelta()).isEqualByComparingTo("0.4");
        assertThat(first.elements()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("norms-3a");
            assertThat(e.before()).isEqualByComparingTo("2.4");
            assertThat(e.after()).isEqualByComparingTo("2.8");
        });
        assertThat(changes.unchanged() + changes.units().size()).isEqualTo(8);
    }

    @Test
    void starsDoubleExcellenceAndRankThatMoveAreMarked() {
        Standings before = standings(input);
        Standings.Standing unit = before.units().get(0);
        String withoutStudyPlan = input.replaceFirst("\"study-1a\":true,", "");

        UnitChange change = Changes.between(before, standings(withoutStudyPlan), ResultsFixtures.RUBRIC).units().stream()
                .filter(u -> u.unitId().equals(unit.id())).findFirst().orElseThrow();

        assertThat(change.totalDelta()).isEqualByComparingTo("-1");
        assertThat(change.elements()).extracting(Changes.ElementChange::id).containsExactly("study-1a");
        assertThat(change.starsBefore()).hasSize(5);
        assertThat(change.rankMoved()).isEqualTo(change.rankBefore().intValue() != change.rankAfter().intValue());
    }

    @Test
    void aUnitOnlyInOneEditionIsAddedOrRemoved() {
        String sevenUnits = ResultsFixtures.exampleInput();
        Standings all = standings(sevenUnits);
        Standings fewer = new Standings(all.rubricId(), all.year(), all.units().subList(0, 7));

        Changes added = Changes.between(fewer, all, ResultsFixtures.RUBRIC);
        Changes removed = Changes.between(all, fewer, ResultsFixtures.RUBRIC);

        assertThat(added.units()).filteredOn(u -> u.kind() == Kind.ADDED).extracting(UnitChange::unitId)
                .containsExactly("8");
        assertThat(removed.units()).filteredOn(u -> u.kind() == Kind.REMOVED).singleElement()
                .satisfies(u -> assertThat(u.totalAfter()).isNull());
    }

    private static Standings standings(String input) {
        return Standings.parse(Snapshot.output(ResultsFixtures.RUBRIC, Snapshot.score(input)));
    }
}

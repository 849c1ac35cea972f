package com.xingping.scoring;

import static com.xingping.scoring.ScoringFixtures.award;
import static com.xingping.scoring.ScoringFixtures.commendations;
import static com.xingping.scoring.ScoringFixtures.exchange;
import static com.xingping.scoring.ScoringFixtures.fullMarks;
import static com.xingping.scoring.ScoringFixtures.innovationAwards;
import static com.xingping.scoring.ScoringFixtures.scoreOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** 加分: dated in the window, once per project at its highest, halved for exchange, capped at 10. */
class BonusTest {

    private static BonusResult bonusOf(BonusFacts bonus) {
        return scoreOne(UnitFacts.builder("U01").bonus(bonus)).bonus();
    }

    private static BonusFacts pilot(boolean pilot, boolean succeeded) {
        return new BonusFacts(List.of(), List.of(), pilot, succeeded, null);
    }

    private static BonusFacts inspection(String level) {
        return new BonusFacts(List.of(), List.of(), false, false, level);
    }

    @Test
    void noBonusFactsEarnNothing() {
        assertThat(bonusOf(BonusFacts.NONE).total()).isEqualByComparingTo("0");
        assertThat(bonusOf(BonusFacts.NONE).items()).isEmpty();
    }

    @Test
    void commendationsEarnByLevel() {
        assertThat(bonusOf(commendations(award("A", "central", "2018-05-02"))).total()).isEqualByComparingTo("3");
        assertThat(bonusOf(commendations(award("A", "provincial", "2018-05-02"))).total()).isEqualByComparingTo("2");
        assertThat(bonusOf(commendations(award("A", "municipal", "2018-05-02"))).total()).isEqualByComparingTo("1");
    }

    @Test
    void windowStartsOnDecember16OfThePreviousYear() {
        assertThat(bonusOf(commendations(award("A", "municipal", "2017-12-16"))).total()).isEqualByComparingTo("1");
        BonusResult dayBefore = bonusOf(commendations(award("A", "municipal", "2017-12-15")));
        assertThat(dayBefore.total()).isEqualByComparingTo("0");
        assertThat(dayBefore.items()).singleElement().satisfies(item -> {
            assertThat(item.counted()).isFalse();
            assertThat(item.note()).contains("不在考核期内");
        });
    }

    @Test
    void windowEndsOnDecember15OfTheRubricYear() {
        assertThat(bonusOf(commendations(award("A", "municipal", "2018-12-15"))).total()).isEqualByComparingTo("1");
        assertThat(bonusOf(commendations(award("A", "municipal", "2018-12-16"))).total()).isEqualByComparingTo("0");
        assertThat(bonusOf(innovationAwards(award("B", "national", "2018-12-16"))).total()).isEqualByComparingTo("0");
    }

    @Test
    void sameProjectCommendedAtSeveralLevelsCountsOnceAtItsHighest() {
        BonusResult rising = bonusOf(commendations(award("机关党建品牌", "municipal", "2018-01-10"),
                award("机关党建品牌", "provincial", "2018-05-02"), award("机关党建品牌", "central", "2018-11-20")));
        BonusResult falling = bonusOf(commendations(award("机关党建品牌", "central", "2018-01-10"),
                award("机关党建品牌", "municipal", "2018-05-02")));

        assertThat(rising.total()).isEqualByComparingTo("3");
        assertThat(rising.items()).filteredOn(BonusItem::counted).singleElement()
                .satisfies(item -> assertThat(item.points()).isEqualByComparingTo("3"));
        assertThat(rising.items()).filteredOn(item -> !item.counted())
                .allSatisfy(item -> assertThat(item.note()).contains("同一项目以最高分计")).hasSize(2);
        assertThat(falling.total()).isEqualByComparingTo("3");
    }

    @Test
    void sameInnovationProjectAwardedSeveralTimesCountsOnceAtItsHighest() {
        // national 3 and provincial 2 of one project: 3
        assertThat(bonusOf(innovationAwards(award("智慧党建", "provincial", "2018-03-01"),
                award("智慧党建", "national", "2018-06-01"))).total()).isEqualByComparingTo("3");
        // national exchange 1.5 beats municipal commendation 1
        assertThat(bonusOf(innovationAwards(exchange("智慧党建", "national", "2018-03-01"),
                award("智慧党建", "municipal", "2018-06-01"))).total()).isEqualByComparingTo("1.5");
    }

    @Test
    void projectNamesAreComparedTrimmedAndNfkcNormalised() {
        // rubric-2018.md: "智慧党建 " and "智慧党建" are one project; full-width letters, digits and spaces too
        assertThat(bonusOf(commendations(award("智慧党建 ", "municipal", "2018-01-10"),
                award("智慧党建", "provincial", "2018-05-02"))).total()).isEqualByComparingTo("2");
        assertThat(bonusOf(commendations(award("\u3000红色驿站２０１８", "central", "2018-01-10"),
                award("红色驿站2018", "municipal", "2018-05-02"))).total()).isEqualByComparingTo("3");
        assertThat(bonusOf(innovationAwards(award("ＸＰ品牌", "national", "2018-01-10"),
                award("XP品牌", "national", "2018-05-02"))).total()).isEqualByComparingTo("3");
        // still different projects when the names differ after normalisation
        assertThat(bonusOf(commendations(award("智慧党建", "municipal", "2018-01-10"),
                award("智慧 党建", "municipal", "2018-05-02"))).total()).isEqualByComparingTo("2");
    }

    @Test
    void higherAwardOutsideTheWindowDoesNotDisplaceOneInside() {
        BonusResult result = bonusOf(commendations(award("A", "central", "2017-12-10"), award("A", "municipal", "2018-02-01")));

        assertThat(result.total()).isEqualByComparingTo("1");
    }

    @Test
    void differentProjectsAddUp() {
        assertThat(bonusOf(commendations(award("A", "provincial", "2018-05-02"), award("B", "municipal", "2018-06-02")))
                .total()).isEqualByComparingTo("3");
        assertThat(bonusOf(new BonusFacts(List.of(award("A", "municipal", "2018-05-02")),
                List.of(award("B", "provincial", "2018-06-02"), exchange("C", "municipal", "2018-07-02")), false, false,
                null)).total()).isEqualByComparingTo("3.5");
    }

    @Test
    void exchangeFormHalvesTheInnovationAward() {
        assertThat(bonusOf(innovationAwards(exchange("A", "national", "2018-05-02"))).total()).isEqualByComparingTo("1.5");
        assertThat(bonusOf(innovationAwards(exchange("A", "provincial", "2018-05-02"))).total()).isEqualByComparingTo("1");
        assertThat(bonusOf(innovationAwards(exchange("A", "municipal", "2018-05-02"))).total()).isEqualByComparingTo("0.5");
        assertThat(bonusOf(innovationAwards(award("A", "municipal", "2018-05-02"))).total()).isEqualByComparingTo("1");
    }

    @Test
    void pilotUnitEarnsOneAndOneMoreIfItSucceeded() {
        assertThat(bonusOf(pilot(true, false)).total()).isEqualByComparingTo("1");
        assertThat(bonusOf(pilot(true, true)).total()).isEqualByComparingTo("2");
        assertThat(bonusOf(pilot(false, false)).total()).isEqualByComparingTo("0");
    }

    @Test
    void successWithoutPilotEarnsNothing() {
        assertThat(bonusOf(pilot(false, true)).total()).isEqualByComparingTo("0");
    }

    @Test
    void inspectionEarnsTwoForExcellentAndOneForGood() {
        assertThat(bonusOf(inspection("excellent")).total()).isEqualByComparingTo("2");
        assertThat(bonusOf(inspection("good")).total()).isEqualByComparingTo("1");
        assertThat(bonusOf(inspection("none")).total()).isEqualByComparingTo("0");
        assertThat(bonusOf(inspection(null)).total()).isEqualByComparingTo("0");
    }

    @Test
    void bonusIsCappedAtTen() {
        // 3 + 3 + 3 (three central commendations) + 3 (national award) + 2 (pilot) + 2 (excellent) = 16 → 10
        BonusResult result = bonusOf(new BonusFacts(
                List.of(award("A", "central", "2018-01-05"), award("B", "central", "2018-02-05"),
                        award("C", "central", "2018-03-05")),
                List.of(award("D", "national", "2018-04-05")), true, true, "excellent"));

        assertThat(result.uncapped()).isEqualByComparingTo("16");
        assertThat(result.total()).isEqualByComparingTo("10");
        assertThat(result.capped()).isTrue();
    }

    @Test
    void bonusOfExactlyTenIsNotCut() {
        // 3 + 3 + 2 + 2 = 10
        BonusResult result = bonusOf(new BonusFacts(
                List.of(award("A", "central", "2018-01-05"), award("B", "central", "2018-02-05")), List.of(), true, true,
                "excellent"));

        assertThat(result.total()).isEqualByComparingTo("10");
        assertThat(result.capped()).isFalse();
    }

    @Test
    void bonusAddsToThePartyScoreForTheTotalAndCanLiftItAboveOneHundred() {
        UnitResult result = scoreOne(fullMarks("U01").bonus(new BonusFacts(
                List.of(award("A", "central", "2018-01-05"), award("B", "central", "2018-02-05"),
                        award("C", "central", "2018-03-05"), award("D", "central", "2018-04-05")),
                List.of(), false, false, null)));

        assertThat(result.partyScore()).isEqualByComparingTo("100");
        assertThat(result.bonus().total()).isEqualByComparingTo("10");
        assertThat(result.total()).isEqualByComparingTo("110");
    }
}

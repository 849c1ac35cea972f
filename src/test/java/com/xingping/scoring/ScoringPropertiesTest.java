package com.xingping.scoring;

import static com.xingping.scoring.Decimals.plain;
import static com.xingping.scoring.ScoringFixtures.RUBRIC;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

import org.junit.jupiter.api.Test;

import com.xingping.rubric.Baseline;
import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;
import com.xingping.rubric.Part;
import com.xingping.rubric.Penalty;
import com.xingping.rubric.Star;

/**
 * Properties that hold for any unit, checked on a few hundred random units each. Every property
 * draws from its own {@link Random} with a fixed seed, so CI is repeatable; the seed is printed in every
 * failure message, and
 * {@code -Dscoring.seed=<seed>} explores another sample or replays a failing one.
 */
class ScoringPropertiesTest {
    private static final int UNITS = 300;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal HUNDRED_AND_TEN = new BigDecimal("110");
    private static final List<String> PROJECTS = List.of("机关党建品牌", "智慧党建", "红色服务", "先锋支部");
    private static final String[] INSPECTIONS = {"excellent", "good", "none", null};
    private static final LocalDate FIRST_DAY = LocalDate.of(2017, 11, 1);
    private static final int DAYS = 460; // through early February 2019, so the window's edges are crossed

    private static long seed() {
        return Long.getLong("scoring.seed", 20181215L);
    }

    @Test
    void withoutFalsificationEveryElementStaysWithinItsPointsAndTheTotalWithinOneHundredAndTen() {
        long seed = seed();
        Random random = new Random(seed);
        for (int i = 0; i < UNITS; i++) {
            UnitFacts facts = randomUnit(random, "U" + i, false).build(null);
            UnitResult unit = ScoringFixtures.scoreOne(facts);
            String where = "seed " + seed + ", unit " + i;
            for (StarResult star : unit.stars()) {
                for (CriterionResult criterion : star.criteria()) {
                    for (ElementResult element : criterion.elements()) {
                        assertThat(element.value()).as(where + ", " + element.element().id())
                                .isBetween(BigDecimal.ZERO, element.element().max());
                    }
                }
                assertThat(star.score()).as(where + ", " + star.star().id()).isBetween(BigDecimal.ZERO, star.star().points());
            }
            assertThat(unit.partyScore()).as(where + ", partyScore").isBetween(BigDecimal.ZERO, HUNDRED);
            assertThat(unit.bonus().total()).as(where + ", bonus").isBetween(BigDecimal.ZERO, BigDecimal.TEN);
            assertThat(unit.total()).as(where + ", total").isLessThanOrEqualTo(HUNDRED_AND_TEN);
        }
    }

    @Test
    void oneMoreApprovedOccurrenceNeverLowersAnElementStarOrPartyScore() {
        long seed = seed();
        Random random = new Random(seed);
        List<Element> counts = RUBRIC.elements().stream().filter(e -> e.kind() == ElementKind.COUNT).toList();
        for (int i = 0; i < UNITS; i++) {
            UnitFacts facts = randomUnit(random, "U" + i, true).build(null);
            UnitResult before = ScoringFixtures.scoreOne(facts);
            for (Element count : counts) {
                if (count.hasParts()) {
                    for (Part part : count.parts()) {
                        UnitFacts more = facts.toBuilder()
                                .count(count.id(), part.id(), facts.count(count.id(), part.id()) + 1).build();
                        assertNotLower(before, ScoringFixtures.scoreOne(more), count,
                                "seed " + seed + ", unit " + i + ", one more " + count.id() + " " + part.id());
                    }
                } else {
                    UnitFacts more = facts.toBuilder().count(count.id(), facts.count(count.id()) + 1).build();
                    assertNotLower(before, ScoringFixtures.scoreOne(more), count,
                            "seed " + seed + ", unit " + i + ", one more " + count.id());
                }
            }
        }
    }

    private static void assertNotLower(UnitResult before, UnitResult after, Element count, String where) {
        assertThat(ScoringFixtures.element(after, count.id()).value()).as(where + ": element")
                .isGreaterThanOrEqualTo(ScoringFixtures.element(before, count.id()).value());
        assertThat(ScoringFixtures.star(after, count.starId()).score()).as(where + ": star")
                .isGreaterThanOrEqualTo(ScoringFixtures.star(before, count.starId()).score());
        assertThat(after.partyScore()).as(where + ": partyScore").isGreaterThanOrEqualTo(before.partyScore());
        assertThat(after.starCount()).as(where + ": starCount").isGreaterThanOrEqualTo(before.starCount());
    }

    @Test
    void aFalseRecordNeverRaisesAnElementStarOrTotalAndCostsTheMultiplierTimesItsClaim() {
        long seed = seed();
        Random random = new Random(seed);
        BigDecimal multiplier = RUBRIC.policy().falsificationMultiplier();
        for (int i = 0; i < UNITS; i++) {
            UnitFacts facts = randomUnit(random, "U" + i, true).build(null);
            UnitFacts honest = new UnitFacts(facts.id(), facts.name(), facts.inTargetAssessment(), facts.committeeOwn(),
                    facts.checks(), facts.counts(), facts.assessed(), facts.tiers(), facts.rates(), facts.roster(),
                    facts.penalties(), Map.of(), facts.partCounts(), Map.of(), Map.of(), facts.baselineViolations(),
                    facts.seriousDeductions(), facts.performance(), facts.bonus());
            UnitResult withFalse = ScoringFixtures.scoreOne(facts);
            UnitResult without = ScoringFixtures.scoreOne(honest);
            String where = "seed " + seed + ", unit " + i;
            for (Element element : RUBRIC.elements()) {
                ElementResult result = ScoringFixtures.element(withFalse, element.id());
                assertThat(result.value()).as(where + ", " + element.id())
                        .isLessThanOrEqualTo(ScoringFixtures.element(without, element.id()).value());
                assertThat(result.falsificationPenalty()).as(where + ", " + element.id() + " penalty")
                        .isEqualByComparingTo(result.claimed().multiply(multiplier));
                assertThat(result.claimed()).as(where + ", " + element.id() + " claimed").isBetween(BigDecimal.ZERO, element.max());
                if (facts.falseClaims().containsKey(element.id())) {
                    // a false claim beside the true fact: the true fact earns exactly what it earns alone
                    assertThat(result.earned()).as(where + ", " + element.id() + " earned")
                            .isEqualByComparingTo(ScoringFixtures.element(without, element.id()).earned());
                }
            }
            for (Star star : RUBRIC.stars()) {
                assertThat(ScoringFixtures.star(withFalse, star.id()).score()).as(where + ", " + star.id())
                        .isLessThanOrEqualTo(ScoringFixtures.star(without, star.id()).score());
            }
            assertThat(withFalse.total()).as(where + ", total").isLessThanOrEqualTo(without.total());
            assertThat(withFalse.starCount()).as(where + ", starCount").isLessThanOrEqualTo(without.starCount());
        }
    }

    @Test
    void scoringDoesNotDependOnTheOrderOfUnits() {
        long seed = seed();
        Random random = new Random(seed);
        for (int year = 0; year < 20; year++) {
            List<UnitFacts> units = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                units.add(randomUnit(random, "Y" + year + "U" + i, true).build(null));
            }
            Map<String, String> expected = fingerprints(new ScoringEngine(RUBRIC).score(units));
            List<UnitFacts> shuffled = new ArrayList<>(units);
            Collections.shuffle(shuffled, random);

            YearResult reordered = new ScoringEngine(RUBRIC).score(shuffled);

            assertThat(reordered.units()).extracting(UnitResult::id).as("seed %d: order kept", seed)
                    .containsExactlyElementsOf(shuffled.stream().map(UnitFacts::id).toList());
            assertThat(fingerprints(reordered)).as("seed %d, year %d", seed, year).isEqualTo(expected);
        }
    }

    @Test
    void scoringDoesNotDependOnTheOrderFactsWereEntered() {
        long seed = seed();
        Random random = new Random(seed);
        for (int year = 0; year < 20; year++) {
            List<RandomUnit> units = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                units.add(randomUnit(random, "Y" + year + "U" + i, true));
            }
            List<UnitFacts> asGenerated = units.stream().map(u -> u.build(null)).toList();
            List<UnitFacts> reentered = units.stream().map(u -> u.build(random)).toList();

            assertThat(fingerprints(new ScoringEngine(RUBRIC).score(reentered))).as("seed %d, year %d", seed, year)
                    .isEqualTo(fingerprints(new ScoringEngine(RUBRIC).score(asGenerated)));
        }
    }

    /** Everything a scorecard decides, in a comparable form (the list of 加分 items is left out: it follows input order). */
    private static Map<String, String> fingerprints(YearResult year) {
        Map<String, String> byId = new HashMap<>();
        for (UnitResult unit : year.units()) {
            StringBuilder text = new StringBuilder();
            for (StarResult star : unit.stars()) {
                text.append(star.star().id()).append('=').append(plain(star.score())).append(star.withheld()).append(' ');
                for (CriterionResult criterion : star.criteria()) {
                    for (ElementResult element : criterion.elements()) {
                        text.append(element.element().id()).append('=').append(plain(element.value())).append(' ');
                    }
                }
            }
            PerformanceResult performance = unit.performance();
            text.append("party=").append(plain(unit.partyScore())).append(" stars=").append(unit.starCount())
                    .append(" bonus=").append(plain(unit.bonus().total())).append(" serious=")
                    .append(plain(unit.seriousDeductionPoints())).append(" total=").append(plain(unit.total()))
                    .append(" partyExcellent=").append(unit.partyExcellent())
                    .append(" conductPassed=").append(performance.conductPassed())
                    .append(" mean=").append(performance.conductMean() == null ? null : plain(performance.conductMean()))
                    .append(" place=").append(performance.place())
                    .append(" vetoed=").append(performance.vetoed())
                    .append(" performanceExcellent=").append(unit.performanceExcellent())
                    .append(" doubleExcellent=").append(unit.doubleExcellent())
                    .append(" advanced=").append(unit.advanced()).append(" rank=").append(unit.rank());
            byId.put(unit.id(), text.toString());
        }
        return byId;
    }

    /**
     * A random unit kept as the separate facts it was entered with, so it can be built again with
     * those facts entered in another order.
     */
    private record RandomUnit(String id, List<Consumer<UnitFacts.Builder>> facts, List<Award> commendations,
                              List<Award> innovationAwards, boolean pilot, boolean pilotSucceeded, String inspection) {

        /** Builds the unit; with a {@code shuffle} random, every fact and every list is entered in a new order. */
        UnitFacts build(Random shuffle) {
            List<Consumer<UnitFacts.Builder>> order = new ArrayList<>(facts);
            List<Award> commended = new ArrayList<>(commendations);
            List<Award> awarded = new ArrayList<>(innovationAwards);
            if (shuffle != null) {
                Collections.shuffle(order, shuffle);
                Collections.shuffle(commended, shuffle);
                Collections.shuffle(awarded, shuffle);
            }
            UnitFacts.Builder builder = UnitFacts.builder(id);
            order.forEach(fact -> fact.accept(builder));
            return builder.bonus(new BonusFacts(commended, awarded, pilot, pilotSucceeded, inspection)).build();
        }
    }

    private static RandomUnit randomUnit(Random random, String id, boolean falsification) {
        List<Consumer<UnitFacts.Builder>> facts = new ArrayList<>();
        boolean inTarget = random.nextInt(4) > 0;
        boolean committeeOwn = random.nextInt(10) == 0;
        facts.add(b -> b.name("单位 " + id).inTargetAssessment(inTarget).committeeOwn(committeeOwn));
        for (Element element : RUBRIC.elements()) {
            String elementId = element.id();
            boolean mayBeFalse = falsification && random.nextInt(12) == 0;
            switch (element.kind()) {
                case CHECK -> {
                    if (random.nextInt(10) < 7) {
                        facts.add(b -> b.check(elementId));
                    }
                    if (mayBeFalse) {
                        facts.add(b -> b.falseClaim(elementId, FalseClaim.checked()));
                    }
                }
                case COUNT -> {
                    if (element.hasParts()) {
                        for (Part part : element.parts()) {
                            randomCount(random, mayBeFalse, facts, (b, n) -> b.count(elementId, part.id(), n),
                                    (b, n) -> b.falsified(elementId, part.id(), n));
                        }
                    } else {
                        randomCount(random, mayBeFalse, facts, (b, n) -> b.count(elementId, n),
                                (b, n) -> b.falsified(elementId, n));
                    }
                }
                case ASSESS -> {
                    if (random.nextInt(10) < 8) {
                        BigDecimal score = randomAssessment(random, element);
                        facts.add(b -> b.assessed(elementId, score));
                    }
                    if (mayBeFalse) {
                        FalseClaim claim = FalseClaim.measured(randomAssessment(random, element));
                        facts.add(b -> b.falseClaim(elementId, claim));
                    }
                }
                case TIER -> {
                    if (random.nextInt(10) < 8) {
                        String level = element.levels().get(random.nextInt(element.levels().size())).id();
                        facts.add(b -> b.tier(elementId, level));
                    }
                    if (mayBeFalse) {
                        FalseClaim claim = FalseClaim.level(element.levels().get(random.nextInt(element.levels().size())).id());
                        facts.add(b -> b.falseClaim(elementId, claim));
                    }
                }
                case THRESHOLD -> {
                    if (random.nextInt(10) < 8) {
                        BigDecimal rate = BigDecimal.valueOf(random.nextInt(101), 2);
                        facts.add(b -> b.rate(elementId, rate));
                    }
                    if (mayBeFalse) {
                        FalseClaim claim = FalseClaim.measured(BigDecimal.valueOf(random.nextInt(101), 2));
                        facts.add(b -> b.falseClaim(elementId, claim));
                    }
                }
                case RATIO -> {
                    int roster = random.nextInt(10);
                    if (roster == 1) {
                        facts.add(UnitFacts.Builder::emptyRoster);
                    } else if (roster > 1) {
                        for (int m = 0; m < 1 + random.nextInt(15); m++) {
                            Role role = random.nextInt(4) == 0 ? Role.LEADERSHIP : Role.ORDINARY;
                            BigDecimal hours = BigDecimal.valueOf(random.nextInt(121), 1).multiply(BigDecimal.valueOf(5));
                            facts.add(b -> b.member(new Member(role, hours)));
                        }
                    }
                }
                case FULL_MINUS -> {
                    // nothing but its penalties
                }
            }
            for (Penalty penalty : element.penalties()) {
                if (random.nextInt(10) < 3) {
                    int times = random.nextInt(9);
                    facts.add(b -> b.penalty(elementId, penalty.id(), times));
                }
            }
        }
        for (Star star : RUBRIC.stars()) {
            for (Baseline baseline : star.baselines()) {
                if (random.nextInt(12) == 0) {
                    String points = random.nextBoolean() ? "1" : "2";
                    facts.add(b -> b.baselineViolation(baseline.id(), points));
                }
            }
        }
        if (random.nextInt(10) == 0) {
            for (int s = 0; s < 1 + random.nextInt(2); s++) {
                BigDecimal points = BigDecimal.valueOf(1 + random.nextInt(10), 1).multiply(BigDecimal.valueOf(5));
                String reason = "违纪 " + s;
                facts.add(b -> b.seriousDeduction(new SeriousDeduction(points, reason)));
            }
        }
        boolean rated = random.nextInt(10) < 7;
        PerformanceFacts performance = new PerformanceFacts(random.nextInt(5) > 0, random.nextInt(5) > 0,
                rated ? BigDecimal.valueOf(6000 + random.nextInt(4001), 2) : null, random.nextInt(5) == 0,
                random.nextBoolean());
        facts.add(b -> b.performance(performance));
        return new RandomUnit(id, facts, awards(random, List.of("central", "provincial", "municipal"), false),
                awards(random, List.of("national", "provincial", "municipal"), true), random.nextInt(4) == 0,
                random.nextBoolean(), INSPECTIONS[random.nextInt(INSPECTIONS.length)]);
    }

    /** Occurrences of a COUNT element (or of one of its parts), some of them perhaps false. */
    private static void randomCount(Random random, boolean mayBeFalse, List<Consumer<UnitFacts.Builder>> facts,
                                    ObjIntConsumer<UnitFacts.Builder> count, ObjIntConsumer<UnitFacts.Builder> falsified) {
        if (random.nextInt(10) < 8) {
            int occurrences = random.nextInt(16);
            facts.add(b -> count.accept(b, occurrences));
            if (mayBeFalse && occurrences > 0) {
                int isFalse = 1 + random.nextInt(occurrences);
                facts.add(b -> falsified.accept(b, isFalse));
            }
        }
    }

    private static BigDecimal randomAssessment(Random random, Element element) {
        int halves = random.nextInt(element.max().multiply(BigDecimal.valueOf(2)).intValueExact() + 1);
        return new BigDecimal(halves).multiply(new BigDecimal("0.5"));
    }

    private static List<Award> awards(Random random, List<String> levels, boolean mayBeExchange) {
        List<Award> awards = new ArrayList<>();
        for (int a = random.nextInt(4); a > 0; a--) {
            awards.add(new Award(PROJECTS.get(random.nextInt(PROJECTS.size())), levels.get(random.nextInt(levels.size())),
                    mayBeExchange && random.nextBoolean(), FIRST_DAY.plusDays(random.nextInt(DAYS))));
        }
        return awards;
    }
}

package com.xingping.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.xingping.facts.CommitteeDesk;
import com.xingping.facts.CommitteeFact;
import com.xingping.facts.FactForm;
import com.xingping.facts.FactKind;
import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.kernel.Refusal;
import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.NamedParts;
import com.xingping.reporting.RecordState;
import com.xingping.reporting.RecordRows;
import com.xingping.reporting.ReviewDesk;
import com.xingping.roster.MemberRole;
import com.xingping.roster.RosterMember;
import com.xingping.roster.RosterRows;
import com.xingping.rubric.Rubric;
import com.xingping.scorecard.FactsAssembler.Assembled;
import com.xingping.scoring.OfficialConduct;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.YearResult;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitForm;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * The stored standings never drift from the rows: seeded random sequences of what the platform
 * does (file and submit, approve, bulk-approve, return, reject, mark false; roster members added,
 * edited, removed and imported; committee facts entered, edited and withdrawn; a unit's flags;
 * deactivate and reactivate), and after every step each unit's stored facts equal a full recompute
 * from the year's rows, field by field, and the year scored from the standings equals the engine
 * over the recomputed facts. Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest
abstract class StandingsContract {
    private static final String[] ELEMENTS = {"study-1b", "norms-3a", "study-1a", "innovation-2e", "innovation-3d", "norms-1a",
            "study-3b"};
    private static final String FALSE_REASON = "照片系挪用";
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewDesk review;
    @Autowired
    CommitteeDesk committee;
    @Autowired
    UnitRegistry unitRegistry;
    RecordRows records;
    RosterRows roster;
    @Autowired
    YearRegistry years;
    @Autowired
    StandingRows rows;
    @Autowired
    UnitAssembly assembly;
    @Autowired
    LiveScores scores;
    @Autowired
    OfficialStandings official;
    @Autowired
    PlatformTransactionManager transactions;

    Platform platform;
    AssessmentYear year;
    Rubric rubric;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        roster = new RosterRows(context);
        records = new RecordRows(context);
        platform = new Platform(context);
        year = platform.year();
        rubric = years.rubricOf(year);
        admin = Platform.signIn(platform.account(Role.ADMIN));
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void randomSequencesKeepEveryStandingEqualToAFullRecompute() {
        List<String> done = new ArrayList<>();
        for (long seed : new long[] {7, 2018, 424242, 99}) {
            done.addAll(new Run(seed).go(40));
        }

        assertThat(String.join("\n", done)).as("the sequences do every kind of change")
                .contains("approve #", "bulk-approve [", "return #", "reject #", "falsify #", "member added",
                        "member edited", "member removed", "imported with", "fact ASSESSED #", "fact PERFORMANCE #",
                        "edit #", "withdraw #", "flags of", "deactivate", "reactivate");
    }

    @Test
    void aChangeWhoseTransactionFailsLeavesTheStandingAsItWas() {
        Unit unit = platform.unit("市回滚局");
        ActivityRecord submitted = platform.submitted(unit, year, "study-1b", LocalDate.of(2018, 4, 1), "集中学习");
        String before = rows.facts(year.id(), unit.id()).orElseThrow();
        long generation = rows.generation(year.id()).orElseThrow();
        scores.of(year, null);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            review.approve(admin, submitted.id(), submitted.version());
            throw new IllegalStateException("the audit could not be written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(records.findById(submitted.id()).orElseThrow().state()).isEqualTo(RecordState.SUBMITTED);
        assertThat(rows.facts(year.id(), unit.id())).hasValue(before);
        assertThat(rows.generation(year.id())).hasValue(generation);
        assertThat(scores.of(year, unit).result(unit.id()).stars().stream()
                .flatMap(s -> s.criteria().stream()).flatMap(c -> c.elements().stream())
                .filter(e -> e.element().id().equals("study-1b")).findFirst().orElseThrow().earned())
                .isEqualByComparingTo("0");

        review.approve(admin, submitted.id(), submitted.version());
        assertThat(FactsText.read(rubric, year.year(), rows.facts(year.id(), unit.id()).orElseThrow()).count("study-1b"))
                .isOne();
        assertThat(rows.generation(year.id()).orElseThrow()).isGreaterThan(generation);
    }

    @Test
    void twoTransactionsChangingOneUnitAtOnceAreBothInItsStanding() throws Exception {
        Unit unit = platform.unit("市并发局");
        ActivityRecord first = platform.submitted(unit, year, "norms-3a", LocalDate.of(2018, 3, 5), "支部党员大会");
        ActivityRecord second = platform.submitted(unit, year, "norms-3a", LocalDate.of(2018, 4, 5), "支部委员会");
        CountDownLatch refreshed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var holding = pool.submit(() -> as(admin, () -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                review.approve(admin, first.id(), first.version());
                TransactionSynchronizationManager.registerSynchronization(
                        new TransactionSynchronization() {
                            @Override
                            public void beforeCommit(boolean readOnly) {
                                refreshed.countDown();
                                await(release);
                            }
                        });
            })));
            await(refreshed);
            var waiting = pool.submit(() -> as(admin, () -> review.approve(admin, second.id(), second.version())));
            Thread.sleep(500);
            release.countDown();
            holding.get(60, TimeUnit.SECONDS);
            waiting.get(60, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        UnitFacts stored = FactsText.read(rubric, year.year(), rows.facts(year.id(), unit.id()).orElseThrow());
        assertThat(stored.count("norms-3a")).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T as(CurrentUser user, Supplier<T> action) {
        Platform.signOut();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null,
                        user.getAuthorities()));
        try {
            return action.get();
        } finally {
            Platform.signOut();
        }
    }

    private static void as(CurrentUser user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }

    @Test
    void aChangeThatLeavesTheFactsAsTheyWereKeepsTheGeneration() {
        Unit unit = platform.unit("市草稿局");
        long generation = rows.generation(year.id()).orElseThrow();

        platform.submitted(unit, year, "study-1b", LocalDate.of(2018, 4, 1), "尚未审核");

        assertThat(rows.generation(year.id())).hasValue(generation);
    }

    @Test
    void aYearWithoutStandingsGetsThemBuiltFromItsRows() {
        Unit unit = platform.unit("市旧库局");
        platform.approved(unit, year, "norms-3a", LocalDate.of(2018, 3, 5), "支部党员大会");
        String expected = rows.facts(year.id(), unit.id()).orElseThrow();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("delete from unit_standing where year_id = ?", year.id());
        jdbc.update("delete from standing_generation where year_id = ?", year.id());
        assertThat(rows.yearsWithoutStandings()).contains(year.id());

        context.getBean(StandingsRebuild.class).buildMissing();

        assertThat(rows.yearsWithoutStandings()).doesNotContain(year.id());
        assertThat(rows.facts(year.id(), unit.id())).hasValue(expected);
        assertThat(FactsText.read(rubric, year.year(), expected).count("norms-3a")).isOne();
    }

    /** One seeded sequence over three fresh units. */
    private final class Run {
        private final Random random;
        private final List<Unit> ours = new ArrayList<>();
        private final Map<Long, FactForm> forms = new HashMap<>();
        private final List<String> steps = new ArrayList<>();

        Run(long seed) {
            this.random = new Random(seed);
            steps.add("seed " + seed);
            for (int i = 0; i < 3; i++) {
                ours.add(platform.unit("市随机局" + seed + "-" + i));
            }
        }

        List<String> go(int operations) {
            check();
            for (int i = 0; i < operations; i++) {
                try {
                    steps.add(step());
                } catch (Refusal refused) {
                    steps.add("refused (nothing saved): " + refused.getMessage());
                }
                check();
            }
            return steps;
        }

        private String step() {
            Unit unit = ours.get(random.nextInt(ours.size()));
            return switch (random.nextInt(20)) {
                case 0, 1, 2, 3 -> file(unit);
                case 4, 5 -> decide("approve", r -> review.approve(admin, r.id(), r.version()));
                case 6 -> decide("return", r -> review.returnForChanges(admin, r.id(), "请补充材料", r.version()));
                case 7 -> decide("reject", r -> review.reject(admin, r.id(), "不予认定", r.version()));
                case 8 -> falsify();
                case 9 -> bulkApprove();
                case 10, 11, 12 -> member(unit);
                case 13 -> importRoster(unit);
                case 14, 15 -> enterFact(unit);
                case 16, 17 -> changeFact();
                case 18 -> flags(unit);
                default -> activeness(unit);
            };
        }

        private String file(Unit unit) {
            String elementId = ELEMENTS[random.nextInt(ELEMENTS.length)];
            LocalDate date = random.nextInt(5) == 0 ? LocalDate.of(2017, 11, 1 + random.nextInt(20))
                    : LocalDate.of(2018, 1 + random.nextInt(11), 1 + random.nextInt(28));
            String level = elementId.equals("innovation-2e") ? (random.nextBoolean() ? "standard" : "active") : null;
            BigDecimal rate = elementId.equals("innovation-3d") ? BigDecimal.valueOf(50 + random.nextInt(51), 2) : null;
            ActivityRecord filed = platform.submitted(unit, year, elementId,
                    new ActivityRecord.Content("记录 " + steps.size(), date, "会议室", "全体党员", "随机记录", level, rate,
                            NamedParts.filling(rubric.element(elementId).orElseThrow(), steps.size())));
            return "file " + elementId + " " + date + " #" + filed.id();
        }

        private List<ActivityRecord> ours(RecordState state) {
            return ours.stream().flatMap(u -> records.findByUnitIdAndYearIdAndState(u.id(), year.id(), state).stream())
                    .toList();
        }

        private String decide(String what, Consumer<ActivityRecord> decision) {
            Optional<ActivityRecord> submitted = pick(ours(RecordState.SUBMITTED));
            submitted.ifPresent(decision);
            return what + " " + submitted.map(r -> "#" + r.id()).orElse("(none)");
        }

        private String falsify() {
            Optional<ActivityRecord> approved = pick(ours(RecordState.APPROVED).stream().filter(r -> !r.falsified()).toList());
            approved.ifPresent(r -> review.markFalsified(admin, r.id(), FALSE_REASON, r.version()));
            return "falsify " + approved.map(r -> "#" + r.id()).orElse("(none)");
        }

        private String bulkApprove() {
            List<Long> ids = ours(RecordState.SUBMITTED).stream().map(ActivityRecord::id).limit(1 + random.nextInt(3))
                    .toList();
            if (!ids.isEmpty()) {
                review.bulkApprove(admin, ids);
            }
            return "bulk-approve " + ids;
        }

        private String member(Unit unit) {
            List<RosterMember> members = roster.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id());
            Optional<RosterMember> one = pick(members);
            int what = members.isEmpty() ? 0 : random.nextInt(3);
            if (what == 0) {
                roster.save(new RosterMember(null, unit.id(), year.id(), "党员" + steps.size(), role(), hours(), null));
                return "member added to " + unit.id();
            }
            RosterMember m = one.orElseThrow();
            if (what == 1) {
                roster.save(new RosterMember(m.id(), m.unitId(), m.yearId(), m.name(), role(), hours(), m.version()));
                return "member edited #" + m.id();
            }
            roster.delete(m);
            return "member removed #" + m.id();
        }

        private String importRoster(Unit unit) {
            int size = random.nextInt(4);
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                roster.deleteAll(roster.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id()));
                List<RosterMember> lines = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    lines.add(new RosterMember(null, unit.id(), year.id(), "导入" + i, role(), hours(), null));
                }
                roster.saveAll(lines);
            });
            return "roster of " + unit.id() + " imported with " + size;
        }

        private String enterFact(Unit unit) {
            FactKind kind;
            FactForm form;
            switch (random.nextInt(5)) {
                case 0 -> {
                    kind = FactKind.ASSESSED;
                    form = form("norms-1d", BigDecimal.valueOf(random.nextInt(13)).multiply(HALF), null, null,
                            null, null);
                }
                case 1 -> {
                    kind = FactKind.PENALTY;
                    form = form("study-2b", null, "criticized", 1 + random.nextInt(2), null, null);
                }
                case 2 -> {
                    kind = FactKind.SERIOUS;
                    form = form(null, null, null, null, BigDecimal.valueOf(1 + random.nextInt(3)), null);
                }
                case 3 -> {
                    kind = FactKind.PERFORMANCE;
                    form = form(null, BigDecimal.valueOf(80 + random.nextInt(20)), null, null, null, "conduct");
                }
                default -> {
                    kind = FactKind.PERFORMANCE;
                    form = new FactForm(null, null, null, null, null, null, "target", true, null, null, null, null,
                            null, LocalDate.of(2018, 6, 1), "绍市机工委〔2018〕1号", "目标责任制考核优秀", null);
                }
            }
            CommitteeFact entered = committee.enter(admin, unit.id(), year.id(), kind, form);
            forms.put(entered.id(), form);
            return "fact " + kind + " #" + entered.id();
        }

        private String changeFact() {
            List<CommitteeFact> active = forms.keySet().stream().sorted().map(id -> committeeFact(id))
                    .filter(CommitteeFact::active).toList();
            Optional<CommitteeFact> fact = pick(active);
            if (fact.isEmpty()) {
                return "change fact (none)";
            }
            CommitteeFact f = fact.get();
            if (random.nextBoolean()) {
                committee.withdraw(admin, f.kind(), f.id(), "录入有误", f.version());
                return "withdraw #" + f.id();
            }
            FactForm was = forms.get(f.id());
            BigDecimal score = was.score() == null ? null
                    : f.kind() == FactKind.ASSESSED ? BigDecimal.valueOf(random.nextInt(13)).multiply(HALF)
                    : BigDecimal.valueOf(70 + random.nextInt(30));
            BigDecimal points = was.points() == null ? null : BigDecimal.valueOf(1 + random.nextInt(3));
            FactForm edited = new FactForm(was.elementId(), score, was.penaltyId(), was.times(), was.baselineId(), points,
                    was.aspect(), was.passed(), was.project(), was.level(), was.form(), was.succeeded(), was.period(),
                    was.date(), was.reference(), "改正", f.version());
            committee.edit(admin, f.kind(), f.id(), edited);
            forms.put(f.id(), edited);
            return "edit #" + f.id();
        }

        private CommitteeFact committeeFact(Long id) {
            return context.getBean(JdbcAggregateOperations.class).findById(id, CommitteeFact.class);
        }

        private String flags(Unit unit) {
            Unit now = unitRegistry.get(unit.id());
            boolean target = random.nextBoolean();
            boolean own = random.nextBoolean();
            unitRegistry.edit(now.id(), new UnitForm(now.code(), now.name(), target, own, now.version()));
            return "flags of " + unit.id() + ": target " + target + ", own " + own;
        }

        private String activeness(Unit unit) {
            Unit now = unitRegistry.get(unit.id());
            unitRegistry.setActive(now.id(), !now.active());
            return (now.active() ? "deactivate " : "reactivate ") + unit.id();
        }

        private FactForm form(String elementId, BigDecimal score, String penaltyId, Integer times, BigDecimal points,
                              String aspect) {
            return new FactForm(elementId, score, penaltyId, times, null, points, aspect, null, null, null, null, null,
                    null, LocalDate.of(2018, 6, 1), "绍市机工委〔2018〕1号", "测试", null);
        }

        private MemberRole role() {
            return random.nextInt(4) == 0 ? MemberRole.LEADERSHIP : MemberRole.ORDINARY;
        }

        private BigDecimal hours() {
            return BigDecimal.valueOf(random.nextInt(80)).multiply(HALF);
        }

        private <T> Optional<T> pick(List<T> from) {
            return from.isEmpty() ? Optional.empty() : Optional.of(from.get(random.nextInt(from.size())));
        }

        /** Every standing of ours against a full recompute, then the year scored from the standings against the engine. */
        private void check() {
            String trail = String.join("\n", steps);
            List<Unit> all = unitRegistry.all();
            Map<Long, UnitFacts> recomputed = new HashMap<>();
            for (Assembled a : assembly.ofYear(rubric, year, all)) {
                recomputed.put(a.unit().id(), a.facts());
            }
            for (Unit unit : ours) {
                String stored = rows.facts(year.id(), unit.id()).orElseThrow(() -> new AssertionError("no standing for "
                        + unit.id() + " after\n" + trail));
                assertThat(FactsText.read(rubric, year.year(), stored)).as("facts of unit %s after%n%s", unit.id(), trail)
                        .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                        .isEqualTo(recomputed.get(unit.id()));
                assertThat(stored).as("stored text of unit %s after%n%s", unit.id(), trail)
                        .isEqualTo(FactsText.of(rubric, year.year(), recomputed.get(unit.id())));
            }
            // the year's units: the active ones and any rated in its 行风评议, under the official standings if entered
            List<Unit> scored = all.stream().filter(u -> u.active() || recomputed.get(u.id()).performance().rated()).toList();
            YearResult expected = new ScoringEngine(rubric).score(scored.stream().map(u -> recomputed.get(u.id())).toList(),
                    official.of(year).map(o -> ratedOnly(o, scored, recomputed)).orElse(null));
            LiveYear live = scores.of(year, null);
            assertThat(live.units()).extracting(s -> s.unit().id()).as("scored units after%n%s", trail)
                    .containsExactlyElementsOf(scored.stream().map(Unit::id).toList());
            Map<Long, UnitTotals> storedTotals = rows.totals(year.id());
            for (Unit unit : ours) {
                Optional<UnitResult> want = expected.unit(FactsAssembler.engineId(unit.id()));
                if (want.isEmpty()) {
                    continue;
                }
                assertThat(summary(live.result(unit.id()))).as("result of unit %s after%n%s", unit.id(), trail)
                        .isEqualTo(summary(want.get()));
                assertThat(storedTotals.get(unit.id())).as("stored totals of unit %s after%n%s", unit.id(), trail)
                        .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                        .isEqualTo(UnitTotals.of(want.get()));
            }
        }
    }

    private static OfficialConduct ratedOnly(OfficialConduct o, List<Unit> scored, Map<Long, UnitFacts> facts) {
        return new OfficialConduct(o.mean(), o.bottom().stream().filter(id -> scored.stream()
                .anyMatch(u -> String.valueOf(u.id()).equals(id) && facts.get(u.id()).performance().rated()))
                .collect(java.util.stream.Collectors.toSet()));
    }

    private static List<Object> summary(UnitResult result) {
        List<Object> summary = new ArrayList<>(List.of(result.rank(), result.total().stripTrailingZeros(),
                result.partyScore().stripTrailingZeros(), result.bonus().total().stripTrailingZeros(),
                result.starCount(), result.partyExcellent(), result.doubleExcellent(), result.performance().excellent(),
                result.performance().vetoed(), String.valueOf(result.performance().conductMean())));
        result.stars().stream().sorted(Comparator.comparing(s -> s.star().id()))
                .forEach(s -> summary.add(s.star().id() + " " + s.score().stripTrailingZeros() + " " + s.awarded()));
        return summary;
    }
}

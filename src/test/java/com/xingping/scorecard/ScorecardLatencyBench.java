package com.xingping.scorecard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.RecordSeeds;
import com.xingping.rubric.Rubric;
import com.xingping.scorecard.FactsAssembler.Assembled;
import com.xingping.scorecard.LiveYear.Standing;
import com.xingping.scoring.ScoringEngine;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * Scorecard latency before and after standings, on a generated year of {@code UNITS} units with
 * {@code RECORDS} approved records each (default 1,000 × 200) and a 20-member roster each, written
 * straight into the tables, then the standings rebuilt. Not part of the build (the name matches no
 * Surefire or Failsafe pattern): {@code mvn -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ScorecardLatencyBench}. "Before" is the previous {@code LiveScores.of}: read the year,
 * assemble and score every unit, per view.
 */
@SpringBootTest
class ScorecardLatencyBench {
    private static final int UNITS = Integer.getInteger("UNITS", 1000);
    private static final int RECORDS = Integer.getInteger("RECORDS", 200);
    private static final int RUNS = 5;
    private static final String[] ELEMENTS = {"study-1b", "norms-3a", "norms-1a", "service-1a", "democracy-1c",
            "study-1a", "norms-1b", "service-1b", "innovation-1a", "democracy-1a"};

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordSeeds records;
    @Autowired
    UnitAssembly assembly;
    @Autowired
    UnitRegistry units;
    @Autowired
    YearRegistry years;
    @Autowired
    LiveScores scores;
    @Autowired
    Cards cards;
    @Autowired
    StandingsRebuild rebuild;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void scorecardLatency() {
        AssessmentYear year = new Platform(context).year();
        Rubric rubric = years.rubricOf(year);
        long filled = time(() -> fill(year));
        System.out.printf("BENCH filled %d units x %d records in %d ms%n", UNITS, RECORDS, filled);
        long rebuilt = time(() -> rebuild.rescore(year.year()));
        System.out.printf("BENCH rescore (rebuild every standing) %d ms%n", rebuilt);
        Unit unit = units.active().get(UNITS / 2);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        report("before: scorecard (year read + scored per view)", () -> readOnly.execute(s -> before(year, rubric, unit)));
        report("after: scorecard, first view after a change", () -> {
            approveOne(year, units.active().get(7));
            return after(year, unit);
        });
        report("after: scorecard, unchanged year (cached)", () -> after(year, unit));
        report("after: overview, unchanged year (cached)", () -> cards.overview(scores.of(year, null), com.xingping.kernel.Paging.first()));
        report("approve one record (transaction incl. standing refresh)",
                () -> approveOne(year, units.active().get(9)));
    }

    private Scorecard before(AssessmentYear year, Rubric rubric, Unit unit) {
        List<Assembled> assembled = assembly.ofYear(rubric, year, units.active());
        var result = new ScoringEngine(rubric).score(assembled.stream().map(Assembled::facts).toList());
        LiveYear live = new LiveYear(year, rubric, assembled.stream().map(a -> new Standing(a.unit(), a.facts())).toList(),
                result, scores.awaitingReview(year));
        Assembled mine = assembled.stream().filter(a -> a.unit().id().equals(unit.id())).findFirst().orElseThrow();
        return cards.scorecard(live, unit.id(), mine.backing());
    }

    private Scorecard after(AssessmentYear year, Unit unit) {
        LiveYear live = scores.of(year, unit);
        return cards.scorecard(live, unit.id(), scores.backing(live, unit));
    }

    private Object approveOne(AssessmentYear year, Unit unit) {
        ActivityRecord submitted = records.seed(ActivityRecord.draft(year.id(), unit.id(), "study-1b",
                new ActivityRecord.Content("再学习", LocalDate.of(2018, 5, 1), null, null, null, null, null, null), "reporter",
                Instant.now()).submit(Instant.now()));
        return records.seed(submitted.approve("reviewer", Instant.now()));
    }

    private void fill(AssessmentYear year) {
        Random random = new Random(20180415);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> unitRows = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            unitRows.add(new Object[] {String.format("B%05d", u), "基准单位" + u, now});
        }
        jdbc.batchUpdate("insert into unit (code, name, created_at) values (?, ?, ?)", unitRows);
        List<Long> ids = jdbc.queryForList("select id from unit where code like 'B%' order by id", Long.class);
        for (Long unitId : ids) {
            List<Object[]> rows = new ArrayList<>();
            for (int r = 0; r < RECORDS; r++) {
                LocalDate date = LocalDate.of(2018, 1 + random.nextInt(11), 1 + random.nextInt(28));
                rows.add(new Object[] {year.id(), unitId, ELEMENTS[random.nextInt(ELEMENTS.length)], "记录 " + r,
                        Date.valueOf(date), random.nextInt(50) == 0, now});
            }
            jdbc.batchUpdate("insert into activity_record (year_id, unit_id, element_id, title, activity_date, state,"
                    + " falsified, created_by, created_at, version) values (?, ?, ?, ?, ?, 'APPROVED', ?, 'bench', ?, 1)",
                    rows);
            List<Object[]> members = new ArrayList<>();
            for (int m = 0; m < 20; m++) {
                members.add(new Object[] {unitId, year.id(), "党员" + m, m < 3 ? "LEADERSHIP" : "ORDINARY",
                        random.nextInt(60)});
            }
            jdbc.batchUpdate("insert into member (unit_id, year_id, name, role, study_hours) values (?, ?, ?, ?, ?)",
                    members);
        }
    }

    private static void report(String what, Supplier<Object> action) {
        action.get();
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            millis[i] = time(action::get);
        }
        Arrays.sort(millis);
        System.out.printf("BENCH %s: median %d ms (min %d, max %d, %d runs after 1 warm-up)%n", what,
                millis[RUNS / 2], millis[0], millis[RUNS - 1], RUNS);
    }

    private static long time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}

package com.xingping.results;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.RecordSeeds;
import com.xingping.scorecard.StandingsRebuild;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;

/**
 * Results latency on a generated year of {@code UNITS} units with {@code RECORDS} approved records
 * each (default 1,000 × 200), 20 records awaiting review per unit and a 20-member roster each,
 * written straight into the tables, then the standings rebuilt. Times the dashboard, the results
 * page (draft), a published unit's scorecard and publishing through {@link Results}, as the pages
 * call it. Not part of the build (the name matches no Surefire or Failsafe pattern):
 * {@code mvn -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ResultsLatencyBench}.
 */
@SpringBootTest
class ResultsLatencyBench {
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
    UnitRegistry units;
    @Autowired
    StandingsRebuild rebuild;
    @Autowired
    Results results;

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void resultsLatency() {
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        long filled = time(() -> fill(year));
        System.out.printf("BENCH filled %d units x %d records in %d ms%n", UNITS, RECORDS, filled);
        System.out.printf("BENCH rescore %d ms%n", time(() -> rebuild.rescore(year.year())));
        CurrentUser admin = Platform.signIn(platform.account(Role.ADMIN));
        List<Unit> active = units.active();
        Long unitId = active.get(UNITS / 2).id();

        report("dashboard, year unchanged", () -> results.dashboard(admin, year.id()));
        report("dashboard, first view after a change (incl. approving one record)", () -> {
            approveOne(year, active.get(7));
            return results.dashboard(admin, year.id());
        });
        report("results page (draft and versions), year unchanged", () -> results.home(admin, year.id()));
        report("draft table /results/draft, year unchanged", () -> results.page(admin, year.id(), "draft"));
        report("draft unit scorecard, year unchanged", () -> results.unit(admin, year.id(), "draft", unitId));
        report("publishing (the year's next version)", () -> results.publish(admin, year.id(), null, null, null));
        String latest = String.valueOf(results.versions(admin, year.id()).get(0).version());
        report("published unit scorecard", () -> results.unit(admin, year.id(), latest, unitId));
        report("published table /results/{n}", () -> results.page(admin, year.id(), latest));
        report("results page (draft against the latest version), year unchanged", () -> results.home(admin, year.id()));
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
            for (int r = 0; r < RECORDS + 20; r++) {
                LocalDate date = LocalDate.of(2018, 1 + random.nextInt(11), 1 + random.nextInt(28));
                rows.add(new Object[] {year.id(), unitId, ELEMENTS[random.nextInt(ELEMENTS.length)], "记录 " + r,
                        Date.valueOf(date), r < RECORDS ? "APPROVED" : "SUBMITTED", random.nextInt(50) == 0, now});
            }
            jdbc.batchUpdate("insert into activity_record (year_id, unit_id, element_id, title, activity_date, state,"
                    + " falsified, created_by, created_at, version) values (?, ?, ?, ?, ?, ?, ?, 'bench', ?, 1)", rows);
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

package com.xingping.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.xingping.identity.Account;
import com.xingping.identity.AccountForm;
import com.xingping.identity.AccountRegistry;
import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;
import com.xingping.year.YearStatus;

/**
 * Test data for the reporting tests, made through the platform's own services: the 2018 year (opened
 * once per database), fresh units and accounts with random names, so tests sharing a context never collide.
 */
final class Fixtures {
    static final String PASSWORD = "test-password-123";
    private final UnitRegistry units;
    private final YearRegistry yearRegistry;
    private final AccountRegistry accounts;
    private final JdbcTemplate jdbc;
    private final Path evidenceDir;

    Fixtures(ApplicationContext context) {
        this.units = context.getBean(UnitRegistry.class);
        this.yearRegistry = context.getBean(YearRegistry.class);
        this.accounts = context.getBean(AccountRegistry.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.evidenceDir = context.getBean(StorageSettings.class).evidenceDir();
    }

    synchronized AssessmentYear openYear() {
        return yearRegistry.byYear(2018).orElseGet(() -> as(admin(), () -> yearRegistry.open("shaoxing-2018")));
    }

    Unit unit(String name) {
        return units.seed(Unit.create("T" + random().substring(0, 10), name, true, false, Instant.now()));
    }

    CurrentUser reporter(Unit unit) {
        return account(Role.REPORTER, unit.id(), "填报员");
    }

    CurrentUser reviewer() {
        return account(Role.REVIEWER, null, "审核员");
    }

    CurrentUser leader() {
        return account(Role.LEADER, null, "领导");
    }

    CurrentUser account(Role role, Long unitId, String displayName) {
        Account account = accounts.createSeeded(new AccountForm(role.name().toLowerCase() + "-" + random().substring(0, 12),
                displayName, role, unitId, PASSWORD));
        return new CurrentUser(account.id(), account.username(), account.passwordHash(), account.displayName(),
                account.role(), account.unitId(), true, false);
    }

    static CurrentUser admin() {
        return new CurrentUser(0L, "fixture-admin", "", "管理员", Role.ADMIN, null, true, false);
    }

    /** Makes the user the signed-in one for this thread (audit lines and method security read it). */
    static void signIn(CurrentUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static <T> T as(CurrentUser user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        signIn(user);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** A draft record of the unit in a closed year (2017), written straight into the tables. */
    Long recordInClosedYear(Unit unit) {
        Long yearId = yearRegistry.byYear(2017).map(AssessmentYear::id).orElseGet(() -> {
            jdbc.update("insert into assessment_year (calendar_year, rubric_id, window_start, window_end, status, opened_at, closed_at, version)"
                    + " values (2017, 'shaoxing-2018', ?, ?, ?, ?, ?, 0)", Date.valueOf(LocalDate.of(2016, 12, 16)),
                    Date.valueOf(LocalDate.of(2017, 12, 15)), YearStatus.CLOSED.name(), Timestamp.from(Instant.now()),
                    Timestamp.from(Instant.now()));
            return yearRegistry.byYear(2017).orElseThrow().id();
        });
        jdbc.update("insert into activity_record (year_id, unit_id, element_id, title, activity_date, state, created_by, created_at, version)"
                + " values (?, ?, 'norms-3a', '旧年度记录', ?, 'DRAFT', 'someone', ?, 0)", yearId, unit.id(),
                Date.valueOf(LocalDate.of(2017, 3, 1)), Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from activity_record where unit_id = ?", Long.class, unit.id());
    }

    /** Rows in the reporting tables and files in the evidence folder: to show that a refusal saved nothing. */
    List<Long> footprint() {
        long files;
        try (Stream<Path> list = Files.list(evidenceDir)) {
            files = list.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(count("activity_record"), count("evidence"), count("audit_event"), files);
    }

    Path evidenceDir() {
        return evidenceDir;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    static Upload upload(String name, byte[] bytes) {
        return new Upload(name, bytes.length, new ByteArrayResource(bytes));
    }

    static RecordForm form(String elementId, String title, LocalDate date) {
        return new RecordForm(elementId, title, date, "会议室", "全体党员", "按计划开展", null, null, null, null);
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}

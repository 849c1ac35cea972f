package com.xingping.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.xingping.identity.Account;
import com.xingping.identity.AccountForm;
import com.xingping.identity.AccountRegistry;
import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.RecordSeeds;
import com.xingping.rubric.RubricLoader;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearStatus;
import com.xingping.year.YearRegistry;

/**
 * Test data straight through the repositories (no permission checks), safe to use from many test
 * classes sharing one database: the 2018 year is opened once, units and accounts get fresh codes
 * and names. Records are filed, submitted and approved through the record's own transitions, as the
 * review desk would.
 */
public final class Platform {
    public static final String PASSWORD = "test-password-123";
    private static final Instant NOW = Instant.parse("2018-06-01T08:00:00Z");
    private final UnitRegistry units;
    private final YearRegistry years;
    private final RecordSeeds records;
    private final AccountRegistry accounts;

    public Platform(ApplicationContext context) {
        this.units = context.getBean(UnitRegistry.class);
        this.years = context.getBean(YearRegistry.class);
        this.records = context.getBean(RecordSeeds.class);
        this.accounts = context.getBean(AccountRegistry.class);
    }

    /** The open 2018 year of the shaoxing-2018 rubric (window 2017-12-16 … 2018-12-15). */
    public synchronized AssessmentYear year() {
        return years.byYear(2018).orElseGet(() ->
                years.seed(AssessmentYear.open(RubricLoader.bundled("shaoxing-2018"), NOW)));
    }

    /** A closed 2017 year (on the same rubric: only its status matters to these tests). */
    public synchronized AssessmentYear closedYear() {
        return years.byYear(2017).orElseGet(() -> years.seed(new AssessmentYear(null, 2017, "shaoxing-2018",
                LocalDate.of(2016, 12, 16), LocalDate.of(2017, 12, 15), YearStatus.CLOSED, NOW, NOW, null, null)));
    }

    public Unit unit(String name) {
        return units.seed(Unit.create("T" + fresh(8), name, true, false, NOW));
    }

    public Unit deactivated(Unit unit) {
        return units.seed(unit.deactivate());
    }

    public Account reporter(Unit unit) {
        return account(Role.REPORTER, unit.id(), unit.name() + "填报员");
    }

    public Account account(Role role) {
        return account(role, null, role.label());
    }

    private Account account(Role role, Long unitId, String displayName) {
        return accounts.createSeeded(new AccountForm(role.name().toLowerCase() + "-" + fresh(8), displayName, role, unitId,
                PASSWORD));
    }

    public ActivityRecord submitted(Unit unit, AssessmentYear year, String elementId, LocalDate date, String title) {
        return submitted(unit, year, elementId, new ActivityRecord.Content(title, date, "会议室", "全体党员", "测试记录",
                null, null, null));
    }

    public ActivityRecord submitted(Unit unit, AssessmentYear year, String elementId, ActivityRecord.Content content) {
        return records.seed(ActivityRecord.draft(year.id(), unit.id(), elementId, content, "reporter", NOW).submit(NOW));
    }

    /** An approved record of a TIER element at the given level. */
    public ActivityRecord approvedLevel(Unit unit, AssessmentYear year, String elementId, LocalDate date, String level) {
        return approve(submitted(unit, year, elementId, new ActivityRecord.Content("达到 " + level, date, null, null,
                null, level, null, null)));
    }

    /** An approved record of an element whose parts a record names (norms-1a), in the given part. */
    public ActivityRecord approvedPart(Unit unit, AssessmentYear year, String elementId, LocalDate date, String part) {
        return approve(submitted(unit, year, elementId, new ActivityRecord.Content("汇报 " + part, date, null, null,
                null, null, null, part)));
    }

    /** An approved record of a THRESHOLD element at the given rate. */
    public ActivityRecord approvedRate(Unit unit, AssessmentYear year, String elementId, LocalDate date, String rate) {
        return approve(submitted(unit, year, elementId, new ActivityRecord.Content("比率 " + rate, date, null, null,
                null, null, new java.math.BigDecimal(rate), null)));
    }

    public ActivityRecord approved(Unit unit, AssessmentYear year, String elementId, LocalDate date, String title) {
        return approve(submitted(unit, year, elementId, date, title));
    }

    public ActivityRecord approve(ActivityRecord submitted) {
        return records.seed(submitted.approve("reviewer", NOW));
    }

    public ActivityRecord falsify(ActivityRecord approved) {
        return records.seed(approved.markFalsified("照片系挪用"));
    }

    /** The principal the application sees for an account. */
    public static CurrentUser user(Account account) {
        return new CurrentUser(account.id(), account.username(), account.passwordHash(), account.displayName(),
                account.role(), account.unitId(), account.enabled(), account.mustChangePassword());
    }

    /** Signs the account in for the current thread, as a request would; clear with {@link #signOut()}. */
    public static CurrentUser signIn(Account account) {
        CurrentUser user = user(account);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String fresh(int length) {
        return UUID.randomUUID().toString().replace("-", "").substring(0, length);
    }
}

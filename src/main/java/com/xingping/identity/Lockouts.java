package com.xingping.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Locks an account after {@code max-failures} wrong passwords in a row for {@code lock-for}, and
 * throttles an address after {@code throttle.failures} failed sign-ins within {@code throttle.window}
 * (settings {@code xingping.security.sign-in.*}). Both live in the database (app_user's
 * failed_sign_ins and locked_until, the sign_in table), so every instance enforces the same lock; the
 * count is raised by one statement, so two instances counting at once lose no failure.
 */
@Component
class Lockouts {
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;
    private final int throttleFailures;
    private final Duration throttleWindow;

    Lockouts(JdbcTemplate jdbc, Clock clock, @Value("${xingping.security.sign-in.max-failures:5}") int maxFailures,
             @Value("${xingping.security.sign-in.lock-for:15m}") Duration lockFor,
             @Value("${xingping.security.sign-in.throttle.failures:20}") int throttleFailures,
             @Value("${xingping.security.sign-in.throttle.window:5m}") Duration throttleWindow) {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero() || throttleFailures < 1 || throttleWindow.isZero()) {
            throw new IllegalArgumentException("xingping.security.sign-in: max-failures, lock-for and the throttle must be positive");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.throttleFailures = throttleFailures;
        this.throttleWindow = throttleWindow;
    }

    /** A locked account: who, until when. */
    record Lock(long accountId, String username, Instant until) {
        long minutesLeft(Instant now) {
            return Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
        }
    }

    int maxFailures() {
        return maxFailures;
    }

    Instant now() {
        return Instant.now(clock);
    }

    /** Until when the account is locked, if it is now. */
    Optional<Instant> lockedUntil(long accountId) {
        return jdbc.queryForList("select locked_until from app_user where id = ? and locked_until > ?", Timestamp.class,
                accountId, Timestamp.from(now())).stream().map(Timestamp::toInstant).findFirst();
    }

    /** One more wrong password; the lock's end when this one locked the account. */
    Optional<Instant> failed(long accountId) {
        jdbc.update("update app_user set failed_sign_ins = failed_sign_ins + 1 where id = ?", accountId);
        Instant until = now().plus(lockFor);
        int locked = jdbc.update("update app_user set failed_sign_ins = 0, locked_until = ? where id = ? and failed_sign_ins >= ?",
                Timestamp.from(until), accountId, maxFailures);
        return locked == 1 ? Optional.of(until) : Optional.empty();
    }

    /** A right password: the count starts again (a write only when there was one). */
    void succeeded(long accountId) {
        jdbc.update("update app_user set failed_sign_ins = 0 where id = ? and failed_sign_ins > 0", accountId);
    }

    /** The administrator lifts the lock; whether there was one. */
    boolean unlock(long accountId) {
        return jdbc.update("update app_user set failed_sign_ins = 0, locked_until = null where id = ? and locked_until > ?",
                accountId, Timestamp.from(now())) == 1;
    }

    /** The accounts locked now, soonest free first. */
    List<Lock> locked() {
        return jdbc.query("select id, username, locked_until from app_user where locked_until > ? order by locked_until",
                (rs, row) -> new Lock(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()), Timestamp.from(now()));
    }

    /** How long the address must wait before it may try again, if it has failed too often of late. */
    Optional<Duration> throttled(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Instant now = now();
        Timestamp since = Timestamp.from(now.minus(throttleWindow));
        Integer failures = jdbc.queryForObject("select count(*) from sign_in where address = ? and at > ? and not succeeded "
                + "and (outcome is null or outcome <> 'throttled')", Integer.class, address, since);
        if (failures == null || failures < throttleFailures) {
            return Optional.empty();
        }
        // the window frees up when the failure that made the count reach the limit leaves it
        Timestamp oldest = jdbc.queryForObject("select at from sign_in where address = ? and at > ? and not succeeded "
                + "and (outcome is null or outcome <> 'throttled') order by at desc offset ? rows fetch first 1 rows only",
                Timestamp.class, address, since, throttleFailures - 1);
        Duration wait = Duration.between(now, oldest.toInstant().plus(throttleWindow));
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
}

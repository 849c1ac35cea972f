package com.xingping.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The hashes of an account's recent passwords and when its password was last set (table
 * password_history and app_user.password_changed_at of migration V17). Kept beside the Account record,
 * so saving an account never writes these columns back with a stale value.
 */
@Component
class PasswordHistory {
    private final JdbcTemplate jdbc;

    PasswordHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The hashes of the account's last {@code count} passwords, newest first. */
    List<String> recent(long accountId, int count) {
        return jdbc.queryForList("select password_hash from password_history where account_id = ? order by id desc limit ?",
                String.class, accountId, count);
    }

    /** Notes a password just set (its hash), keeping only the last {@code keep}. */
    void add(long accountId, String hash, Instant at, int keep) {
        jdbc.update("insert into password_history (account_id, password_hash, set_at) values (?, ?, ?)", accountId, hash,
                java.sql.Timestamp.from(at));
        jdbc.update("update app_user set password_changed_at = ? where id = ?", java.sql.Timestamp.from(at), accountId);
        List<Long> old = jdbc.queryForList("select id from password_history where account_id = ? order by id desc offset ? rows",
                Long.class, accountId, Math.max(keep, 1));
        old.forEach(id -> jdbc.update("delete from password_history where id = ?", id));
    }

    /** When the account's password was last set, if known. */
    Optional<Instant> changedAt(long accountId) {
        return jdbc.queryForList("select password_changed_at from app_user where id = ?", java.sql.Timestamp.class, accountId)
                .stream().filter(java.util.Objects::nonNull).map(java.sql.Timestamp::toInstant).findFirst();
    }
}

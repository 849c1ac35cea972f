package com.xingping.notify;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims a scheduled reminder for its period (a day, a week) in the caller's transaction: the first
 * instance to insert the (kind, period) row sends it; another instance racing it waits on the key and
 * then finds it taken, so a reminder goes out once however many instances share the database.
 */
@Component
class NoticeRuns {
    private final JdbcTemplate jdbc;

    NoticeRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean claim(String kind, String period, Instant now) {
        return jdbc.update("insert into notice_run (kind, period, ran_at) values (?, ?, ?) on conflict do nothing",
                kind, period, Timestamp.from(now)) == 1;
    }
}

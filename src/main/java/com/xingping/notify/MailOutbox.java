package com.xingping.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the queued e-mail. Each message is claimed first (its next attempt moved on by a conditional
 * update), so two instances never send the same one; a failed send is retried later, up to
 * {@code xingping.notify.mail-attempts} times, with its error kept on the row. The inbox has the
 * message anyway.
 */
@Component
class MailOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;
    private final ObjectProvider<JavaMailSender> sender;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String from;
    private final int attempts;

    MailOutbox(ObjectProvider<JavaMailSender> sender, JdbcTemplate jdbc, Clock clock, @Value("${xingping.notify.mail-from:}") String from,
               @Value("${xingping.notify.mail-attempts:10}") int attempts) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.clock = clock;
        this.from = from;
        this.attempts = attempts;
    }

    private record Queued(long id, String address, String subject, String body, int attempts, Timestamp due) {
    }

    /** Sends what is due; the number sent. */
    @Scheduled(fixedDelayString = "${xingping.notify.mail-every:PT10S}")
    int sendDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return 0;
        }
        Instant now = Instant.now(clock);
        List<Queued> due = jdbc.query("select id, address, subject, body, attempts, next_attempt_at from mail_outbox"
                        + " where sent_at is null and attempts < ? and next_attempt_at <= ? order by id fetch first " + BATCH + " rows only",
                (rs, n) -> new Queued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getTimestamp(6)),
                attempts, Timestamp.from(now));
        int sent = 0;
        for (Queued mail : due) {
            if (claim(mail, now) && send(smtp, mail)) {
                sent++;
            }
        }
        return sent;
    }

    /** Moves the next attempt on by the retry delay, if no other sender did first. */
    private boolean claim(Queued mail, Instant now) {
        Instant retry = now.plus(Duration.ofMinutes(1L << Math.min(mail.attempts(), 10)));
        return jdbc.update("update mail_outbox set attempts = attempts + 1, next_attempt_at = ? where id = ? and sent_at is null"
                + " and next_attempt_at = ?", Timestamp.from(retry), mail.id(), mail.due()) == 1;
    }

    private boolean send(JavaMailSender smtp, Queued mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        if (!from.isBlank()) {
            message.setFrom(from);
        }
        message.setTo(mail.address());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            smtp.send(message);
            jdbc.update("update mail_outbox set sent_at = ?, last_error = null where id = ?", Timestamp.from(Instant.now(clock)), mail.id());
            return true;
        } catch (MailException e) {
            String error = String.valueOf(e.getMessage());
            LOG.warn("mail {} to {} not sent (attempt {}): {}", mail.id(), mail.address(), mail.attempts() + 1, error);
            jdbc.update("update mail_outbox set last_error = ? where id = ?", error.length() > 500 ? error.substring(0, 500) : error, mail.id());
            return false;
        }
    }
}

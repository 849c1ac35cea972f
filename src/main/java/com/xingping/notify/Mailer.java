package com.xingping.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the inbox's messages for e-mail in the delivering transaction ({@link MailOutbox} sends them),
 * so a rolled-back delivery sends nothing and a committed one is never lost. Without an SMTP host
 * ({@code XINGPING_SMTP_HOST}) nothing is queued.
 */
@Component
class Mailer {
    private final ObjectProvider<JavaMailSender> sender;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String host;
    private final String baseUrl;

    Mailer(ObjectProvider<JavaMailSender> sender, JdbcTemplate jdbc, Clock clock, @Value("${spring.mail.host:}") String host,
           @Value("${xingping.notify.base-url:}") String baseUrl) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.clock = clock;
        this.host = host;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean enabled() {
        return !host.isBlank() && sender.getIfAvailable() != null;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void queue(List<String> addresses, String text, String link) {
        if (addresses.isEmpty() || !enabled()) {
            return;
        }
        String subject = "【星评】" + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
        String body = text + (link == null ? "" : "\n\n" + baseUrl + link) + "\n\n——星评（请勿直接回复本邮件）";
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (String to : addresses) {
            jdbc.update("insert into mail_outbox (address, subject, body, created_at, next_attempt_at) values (?, ?, ?, ?, ?)",
                    to, subject, body, now, now);
        }
    }
}

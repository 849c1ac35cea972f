package com.xingping.notify;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The inbox's messages by e-mail, sent once the transaction that delivered them commits (never for a
 * rolled-back one). Without an SMTP host ({@code XINGPING_SMTP_HOST}) nothing is sent. A failed send
 * is logged: the message is in the inbox anyway.
 */
@Component
class Mailer {
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final String from;
    private final String baseUrl;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
           @Value("${xingping.notify.mail-from:}") String from, @Value("${xingping.notify.base-url:}") String baseUrl) {
        this.sender = sender;
        this.host = host;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean enabled() {
        return !host.isBlank() && sender.getIfAvailable() != null;
    }

    void afterCommit(List<String> addresses, String text, String link) {
        if (addresses.isEmpty() || !enabled()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(addresses, text, link);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send(addresses, text, link);
            }
        });
    }

    private void send(List<String> addresses, String text, String link) {
        for (String to : addresses) {
            SimpleMailMessage mail = new SimpleMailMessage();
            if (!from.isBlank()) {
                mail.setFrom(from);
            }
            mail.setTo(to);
            mail.setSubject("【星评】" + (text.length() > 40 ? text.substring(0, 40) + "…" : text));
            mail.setText(text + (link == null ? "" : "\n\n" + baseUrl + link) + "\n\n——星评（请勿直接回复本邮件）");
            try {
                sender.getObject().send(mail);
            } catch (MailException e) {
                LOG.warn("mail to {} not sent: {}", to, e.getMessage());
            }
        }
    }
}

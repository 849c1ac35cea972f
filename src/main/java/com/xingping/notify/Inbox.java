package com.xingping.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.identity.Account;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;

/** Each account's messages: delivered (in the inbox, and queued for e-mail in the same transaction), counted, read. */
@Service
class Inbox {
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
    private final Notifications notifications;
    private final Mailer mailer;
    private final Clock clock;

    Inbox(Notifications notifications, Mailer mailer, Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Transactional
    void deliver(Collection<Account> recipients, String kind, String text, String link) {
        Instant now = Instant.now(clock);
        for (Account to : recipients) {
            notifications.save(new Notification(null, to.id(), kind, text, link, now, null));
        }
        mailer.queue(recipients.stream().map(Account::email).filter(e -> e != null && !e.isBlank()).toList(), text, link);
    }

    long unread(Long accountId) {
        return notifications.countByAccountIdAndReadAtIsNull(accountId);
    }

    PageOf<Notification> page(CurrentUser user, Paging paging) {
        var page = notifications.findByAccountId(user.id(), PageRequest.of(paging.page() - 1, paging.size(), NEWEST_FIRST));
        return PageOf.of(page.getContent(), paging, page.getTotalElements());
    }

    /** The message for its link: marked read on the way, if it is the user's own. */
    @Transactional
    String open(CurrentUser user, Long id) {
        notifications.markRead(id, user.id(), Instant.now(clock));
        return notifications.findById(id).filter(n -> n.accountId().equals(user.id())).map(Notification::link)
                .filter(link -> link != null && link.startsWith("/")).orElse("/inbox");
    }

    @Transactional
    int markAllRead(CurrentUser user) {
        return notifications.markAllRead(user.id(), Instant.now(clock));
    }
}

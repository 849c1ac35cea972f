package com.xingping.notify;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One message in one account's inbox; read once {@code readAt} is set. */
@Table("notification")
record Notification(@Id Long id, @Column("account_id") Long accountId, String kind, String text, String link,
                    Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}

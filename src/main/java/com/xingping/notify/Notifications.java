package com.xingping.notify;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Notifications extends ListCrudRepository<Notification, Long> {
    long countByAccountIdAndReadAtIsNull(Long accountId);

    Page<Notification> findByAccountId(Long accountId, Pageable pageable);

    @Modifying
    @Query("update notification set read_at = :now where account_id = :accountId and read_at is null")
    int markAllRead(Long accountId, Instant now);

    @Modifying
    @Query("update notification set read_at = :now where id = :id and account_id = :accountId and read_at is null")
    int markRead(Long id, Long accountId, Instant now);
}

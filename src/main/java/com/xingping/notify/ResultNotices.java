package com.xingping.notify;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.xingping.identity.Account;
import com.xingping.identity.AccountRegistry;
import com.xingping.results.ResultNoticeStep;

/** Tells those concerned of each committed step of a result's notice: posted, objected, decided, signed off. */
@Component
class ResultNotices {
    private final AccountRegistry accounts;
    private final Inbox inbox;

    ResultNotices(AccountRegistry accounts, Inbox inbox) {
        this.accounts = accounts;
        this.inbox = inbox;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ResultNoticeStep step) {
        for (ResultNoticeStep.Addressee to : step.to()) {
            List<Account> recipients = to.unitId() != null ? accounts.reportersOf(to.unitId())
                    : accounts.withRole(to.role());
            if (!recipients.isEmpty()) {
                inbox.deliver(recipients, step.kind(), step.text(), to.link());
            }
        }
    }
}

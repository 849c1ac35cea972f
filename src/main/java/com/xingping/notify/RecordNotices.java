package com.xingping.notify;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.xingping.identity.Account;
import com.xingping.identity.AccountRegistry;
import com.xingping.reporting.RecordDecided;
import com.xingping.year.YearRegistry;

/**
 * Tells a reporter of a decision on their record once it is committed (a rolled-back decision is
 * never announced): the one who filed it, or the unit's reporters if that account is gone.
 */
@Component
class RecordNotices {
    private final AccountRegistry accounts;
    private final YearRegistry years;
    private final Inbox inbox;

    RecordNotices(AccountRegistry accounts, YearRegistry years, Inbox inbox) {
        this.accounts = accounts;
        this.years = years;
        this.inbox = inbox;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RecordDecided decided) {
        List<Account> to = accounts.byUsername(decided.filedBy()).filter(a -> decided.unitId().equals(a.unitId()))
                .map(List::of).orElseGet(() -> accounts.reportersOf(decided.unitId()));
        boolean yearOpen = years.get(decided.yearId()).isOpen();
        inbox.deliver(to, "record." + decided.decision().name().toLowerCase(), text(decided, yearOpen),
                "/records/" + decided.recordId());
    }

    /** A record returned as its year closed cannot be changed any more: the message says so instead of asking for changes. */
    static String text(RecordDecided decided, boolean yearOpen) {
        String title = "你单位上报的记录《" + decided.title() + "》";
        return switch (decided.decision()) {
            case APPROVED -> title + "已审核通过，计入得分。";
            case RETURNED -> title + "被退回：" + decided.reason() + (yearOpen ? "。请按意见修改后重新提交。" : "。该年度已关闭，不能再修改提交。");
            case REJECTED -> title + "不予认定：" + decided.reason() + "。";
            case FALSIFIED -> title + "经核查认定弄虚作假：" + decided.reason() + "。将按细则加倍倒扣。";
        };
    }
}

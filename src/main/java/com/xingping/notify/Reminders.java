package com.xingping.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.identity.Account;
import com.xingping.identity.AccountRegistry;
import com.xingping.identity.Role;
import com.xingping.kernel.NotFound;
import com.xingping.reporting.RecordCounts;
import com.xingping.reporting.RecordCounts.Backlog;
import com.xingping.reporting.RecordCounts.OfUnit;
import com.xingping.results.BehindPace;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearDates.Deadline;
import com.xingping.year.YearRegistry;

/**
 * The scheduled reminders of the open year: every morning units behind the pace and reviewers of
 * records waiting longer than {@code xingping.notify.waiting-days}; every Monday the committee's
 * summary; and {@code xingping.notify.deadline-days} before each of the year's deadlines, those who
 * still have work for it. Each is claimed for its day or week first ({@link NoticeRuns}), so a second run, or a
 * second instance, sends nothing.
 */
@Component
class Reminders {
    private final YearRegistry years;
    private final AccountRegistry accounts;
    private final RecordCounts counts;
    private final BehindPace pace;
    private final NoticeRuns runs;
    private final Inbox inbox;
    private final Clock clock;
    private final ZoneId zone;
    private final int waitingDays;
    private final Set<Long> deadlineDays;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    Reminders(YearRegistry years, AccountRegistry accounts, RecordCounts counts, BehindPace pace, NoticeRuns runs, Inbox inbox,
              Clock clock, @Value("${xingping.time-zone:Asia/Shanghai}") ZoneId zone,
              @Value("${xingping.notify.waiting-days:5}") int waitingDays,
              @Value("${xingping.notify.deadline-days:7,3,1}") List<Long> deadlineDays,
              org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.years = years;
        this.accounts = accounts;
        this.counts = counts;
        this.pace = pace;
        this.runs = runs;
        this.inbox = inbox;
        this.clock = clock;
        this.zone = zone;
        this.waitingDays = waitingDays;
        this.deadlineDays = Set.copyOf(deadlineDays);
    }

    @Scheduled(cron = "${xingping.notify.daily-cron:0 0 8 * * *}", zone = "${xingping.time-zone:Asia/Shanghai}")
    void daily() {
        // each in a transaction of its own: called on this object, their @Transactional would not apply
        transactions.executeWithoutResult(status -> behindPace());
        transactions.executeWithoutResult(status -> waitingTooLong());
        transactions.executeWithoutResult(status -> deadlinesNear());
    }

    @Scheduled(cron = "${xingping.notify.weekly-cron:0 0 8 * * MON}", zone = "${xingping.time-zone:Asia/Shanghai}")
    void weekly() {
        transactions.executeWithoutResult(status -> weeklySummary());
    }

    /** Tells the reporters of each unit behind the pace today; false when today's run was already claimed or no year is open. */
    @Transactional
    boolean behindPace() {
        AssessmentYear year = openYear();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (year == null || !runs.claim("pace", today.toString(), Instant.now(clock))) {
            return false;
        }
        for (BehindPace.Unit unit : pace.of(year, today)) {
            inbox.deliver(accounts.reportersOf(unit.unitId()), "pace",
                    unit.name() + "进度落后：" + String.join("、", unit.stars()) + "的得分低于按考核期进度应达到的分数，请抓紧开展并上报活动。",
                    "/scorecard");
        }
        return true;
    }

    /** Tells reviewers (and the committee's admins) how many records have waited longer than the set days. */
    @Transactional
    boolean waitingTooLong() {
        AssessmentYear year = openYear();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (year == null || !runs.claim("waiting", today.toString(), now)) {
            return false;
        }
        long waitingLong = backlog(year, now).waitingLong();
        if (waitingLong > 0) {
            inbox.deliver(reviewers(), "waiting", "有 " + waitingLong + " 条记录等待审核已超过 " + waitingDays + " 天，请尽快审核。",
                    "/review?state=SUBMITTED");
        }
        return true;
    }

    /**
     * On each of the set days before a deadline: before reporting closes, every unit's reporters, with
     * what the unit has not yet submitted; before review closes, the reviewers, with the records still
     * waiting; before the assessment, the committee. False when nothing was due today or it was claimed.
     */
    @Transactional
    boolean deadlinesNear() {
        AssessmentYear year = openYear();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (year == null) {
            return false;
        }
        boolean sent = false;
        for (Deadline deadline : years.dates(year).deadlines(today)) {
            if (deadlineDays.contains(deadline.daysLeft()) && runs.claim("deadline-" + deadline.key(), today.toString(), now)) {
                remind(year, deadline, now);
                sent = true;
            }
        }
        return sent;
    }

    private void remind(AssessmentYear year, Deadline deadline, Instant now) {
        String when = deadline.date().format(DateTimeFormatter.ofPattern("M月d日")) + "（还有 " + deadline.daysLeft() + " 天）";
        switch (deadline.key()) {
            case "reportingCloses" -> {
                Map<Long, OfUnit> open = counts.openByUnit(year.id());
                Map<Long, List<Account>> reporters = accounts.withRole(Role.REPORTER).stream().filter(a -> a.unitId() != null)
                        .collect(Collectors.groupingBy(Account::unitId));
                reporters.forEach((unitId, to) -> inbox.deliver(to, "deadline", year.year() + " 年度填报将于" + when + "截止"
                        + unsubmitted(open.get(unitId)), "/records"));
            }
            case "reviewCloses" -> inbox.deliver(reviewers(), "deadline", year.year() + " 年度审核将于" + when + "截止，尚有 "
                    + backlog(year, now).waiting() + " 条记录待审核。", "/review?state=SUBMITTED");
            default -> inbox.deliver(accounts.withRole(Role.ADMIN), "deadline", year.year() + " 年度年终考评定于" + when + "，尚有 "
                    + backlog(year, now).waiting() + " 条记录待审核。", "/years");
        }
    }

    private static String unsubmitted(OfUnit open) {
        if (open == null || open.drafts() + open.returned() == 0) {
            return "，请在截止前上报本年度开展的活动。";
        }
        return "：本单位还有草稿 " + open.drafts() + " 条、退回待修改 " + open.returned() + " 条未提交，请在截止前修改提交。";
    }

    /** The committee's weekly summary, once per ISO week. */
    @Transactional
    boolean weeklySummary() {
        AssessmentYear year = openYear();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, zone);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        if (year == null || !runs.claim("summary", week, now)) {
            return false;
        }
        Backlog backlog = backlog(year, now);
        int behind = pace.of(year, today).size();
        inbox.deliver(accounts.withRole(Role.ADMIN), "summary",
                year.year() + " 年度本周小结（" + week + "）：新提交 " + backlog.submittedSince() + " 条，审核 " + backlog.decidedSince()
                        + " 条；待审核 " + backlog.waiting() + " 条，其中超过 " + waitingDays + " 天 " + backlog.waitingLong()
                        + " 条；进度落后单位 " + behind + " 个。",
                "/dashboard");
        return true;
    }

    private Backlog backlog(AssessmentYear year, Instant now) {
        return counts.backlog(year.id(), now.minus(Duration.ofDays(waitingDays)), now.minus(Duration.ofDays(7)));
    }

    private List<Account> reviewers() {
        List<Account> to = new ArrayList<>(accounts.withRole(Role.REVIEWER));
        to.addAll(accounts.withRole(Role.ADMIN));
        return to;
    }

    private AssessmentYear openYear() {
        try {
            return years.current();
        } catch (NotFound none) {
            return null;
        }
    }
}

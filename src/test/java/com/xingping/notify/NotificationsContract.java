package com.xingping.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.xingping.identity.Account;
import com.xingping.identity.AccountChange;
import com.xingping.identity.AccountRegistry;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

import jakarta.mail.internet.MimeMessage;

/**
 * Every way a message reaches someone: a review decision (inbox and e-mail through a real SMTP
 * server), records waiting too long, a unit behind the pace, the weekly summary (once, with two
 * schedulers racing), and the navbar's unread badge. Its own database (the reminders are claimed per
 * day and week); run on H2 and on PostgreSQL by its subclasses.
 */
@SpringBootTest(properties = {"xingping.test.database=notify", "xingping.notify.mail-from=xingping@example.cn",
        "xingping.notify.base-url=https://xingping.example.cn", "xingping.notify.mail-every=PT1H"})
@AutoConfigureMockMvc
abstract class NotificationsContract {
    private static final int SMTP_PORT = freePort();
    private static final LocalDate MARCH = LocalDate.of(2018, 3, 5);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(true);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Reminders reminders;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailOutbox outbox;

    Platform platform;
    AssessmentYear year;
    Unit unit;
    Account reporter;

    @BeforeEach
    void aUnitWithAReporterWhoHasAnAddress() {
        jdbc.update("delete from mail_outbox");
        platform = new Platform(context);
        year = platform.year();
        unit = platform.unit("市教育局");
        reporter = withEmail(platform.reporter(unit), "reporter-" + unit.code().toLowerCase() + "@example.cn");
    }

    @Test
    void aReporterHearsOfEachDecisionInTheInboxAndByMail() throws Exception {
        ActivityRecord returned = platform.submitted(unit, year, "norms-3a", MARCH, "支部党员大会");
        ActivityRecord approved = platform.submitted(unit, year, "norms-3a", MARCH, "支委会");

        assertThat(decide(returned, "return").param("reason", "请补充签到表")).hasStatus3xxRedirection();
        assertThat(decide(approved, "approve")).hasStatus3xxRedirection();

        assertThat(inboxOf(reporter)).containsExactlyInAnyOrder(
                "你单位上报的记录《支部党员大会》被退回：请补充签到表。请按意见修改后重新提交。",
                "你单位上报的记录《支委会》已审核通过，计入得分。");
        assertThat(MAIL.getReceivedMessages()).as("no request waits for the mail server").isEmpty();
        assertThat(outbox.sendDue()).isEqualTo(2);
        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(reporter.email());
        assertThat(mails).extracting(NotificationsContract::text).anySatisfy(body -> assertThat(body)
                .contains("请补充签到表", "https://xingping.example.cn/records/" + returned.id()));
        assertThat(mails[0].getFrom()[0].toString()).isEqualTo("xingping@example.cn");
        assertThat(mails).extracting(MimeMessage::getSubject).allSatisfy(subject -> assertThat(subject).startsWith("【星评】你单位上报的记录"));
        assertThat(badge(reporter)).isEqualTo("2");

        assertThat(mvc.post().uri("/inbox/read").with(as(reporter))).hasStatus3xxRedirection();
        assertThat(badge(reporter)).as("all read: no badge").isNull();
    }

    @Test
    void aDecisionThatFailsIsNeverAnnounced() {
        ActivityRecord record = platform.submitted(unit, year, "norms-3a", MARCH, "党课");

        assertThat(decide(record, "return").param("reason", "")).hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject("select state from activity_record where id = ?", String.class, record.id())).isEqualTo("SUBMITTED");

        assertThat(inboxOf(reporter)).isEmpty();
        assertThat(outbox.sendDue()).isZero();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMessageQueuedWhileTheMailServerIsDownGoesOutOnceItIsBack() {
        ActivityRecord record = platform.submitted(unit, year, "norms-3a", MARCH, "组织生活会");
        MAIL.stop();
        try {
            assertThat(decide(record, "approve")).as("the decision does not wait for the mail server").hasStatus3xxRedirection();
            assertThat(outbox.sendDue()).isZero();
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where sent_at is null and attempts = 1 and last_error is not null",
                    Long.class)).as("kept with its error for a later attempt").isEqualTo(1);
            assertThat(outbox.sendDue()).as("not before its retry time").isZero();
        } finally {
            MAIL.start();
        }
        jdbc.update("update mail_outbox set next_attempt_at = created_at");

        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(MAIL.getReceivedMessages()).singleElement().satisfies(mail -> assertThat(text(mail)).contains("《组织生活会》已审核通过"));
        assertThat(outbox.sendDue()).as("sent once").isZero();
    }

    @Test
    void openingAMessageMarksItReadAndGoesToItsRecord() {
        ActivityRecord record = platform.submitted(unit, year, "norms-3a", MARCH, "主题党日");
        decide(record, "approve").exchange();
        Long id = jdbc.queryForObject("select id from notification where account_id = ?", Long.class, reporter.id());

        assertThat(mvc.post().uri("/inbox/{id}/open", id).with(as(platform.reporter(platform.unit("市财政局")))))
                .as("someone else's message: not theirs to open").hasRedirectedUrl("/inbox");
        assertThat(badge(reporter)).isEqualTo("1");
        assertThat(mvc.post().uri("/inbox/{id}/open", id).with(as(reporter))).hasRedirectedUrl("/records/" + record.id());
        assertThat(badge(reporter)).isNull();
        assertThat(mvc.get().uri("/inbox").with(as(reporter))).hasStatusOk().bodyText().contains("主题党日").doesNotContain("未读</span>");
    }

    @Test
    void reviewersHearOfRecordsWaitingLongerThanTheSetDaysOncePerDay() {
        Account reviewer = withEmail(platform.account(Role.REVIEWER), "reviewer@example.cn");
        platform.submitted(unit, year, "norms-3a", MARCH, "久等的记录");
        long waiting = jdbc.queryForObject("select count(*) from activity_record where state = 'SUBMITTED' and year_id = ?",
                Long.class, year.id());

        assertThat(reminders.waitingTooLong()).isTrue();
        assertThat(reminders.waitingTooLong()).as("the same day again: nothing").isFalse();

        assertThat(inboxOf(reviewer)).containsExactly("有 " + waiting + " 条记录等待审核已超过 5 天，请尽快审核。");
        outbox.sendDue();
        assertThat(MAIL.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString()).contains("reviewer@example.cn");
        assertThat(inboxOf(reporter)).isEmpty();
    }

    /** As the scheduler calls them, on the bean: each run claims its day in a transaction (it once failed at 08:00). */
    @Test
    void theScheduledDailyAndWeeklyRunsClaimTheirPeriods() {
        jdbc.update("delete from notice_run");
        try {
            assertThatCode(() -> {
                reminders.daily();
                reminders.weekly();
            }).doesNotThrowAnyException();
            assertThat(jdbc.queryForList("select kind from notice_run", String.class)).contains("pace", "waiting", "summary");
        } finally {
            // the other tests claim today's and this week's runs themselves
            jdbc.update("delete from notice_run");
        }
    }

    @Test
    void aUnitBehindThePaceIsToldOncePerDay() {
        assertThat(reminders.behindPace()).isTrue();
        assertThat(reminders.behindPace()).isFalse();

        assertThat(inboxOf(reporter)).singleElement().asString().startsWith("市教育局进度落后：").contains("学习星");
        assertThat(badge(reporter)).isEqualTo("1");
    }

    @Test
    void beforeEachDeadlineThoseWithWorkForItAreRemindedOnTheSetDays() {
        Account reviewer = withEmail(platform.account(Role.REVIEWER), "deadline-reviewer@example.cn");
        Account admin = platform.account(Role.ADMIN);
        Account otherReporter = platform.reporter(platform.unit("市财政局"));
        ActivityRecord returned = platform.submitted(unit, year, "norms-3a", MARCH, "待修改的记录");
        decide(returned, "return").param("reason", "请补充照片").exchange();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        Platform.signIn(platform.account(Role.ADMIN));
        try {
            context.getBean(com.xingping.year.YearRegistry.class).setDates(year.id(), today.plusDays(3), today.plusDays(4), today.plusDays(30));
        } finally {
            Platform.signOut();
        }
        long waiting = jdbc.queryForObject("select count(*) from activity_record where state = 'SUBMITTED' and year_id = ?",
                Long.class, year.id());
        String closes = today.plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("M月d日"));

        assertThat(reminders.deadlinesNear()).as("3 days before reporting closes").isTrue();
        assertThat(reminders.deadlinesNear()).as("the same day again: nothing").isFalse();

        assertThat(inboxOf(reporter)).contains("2018 年度填报将于" + closes + "（还有 3 天）截止：本单位还有草稿 0 条、退回待修改 1 条未提交，请在截止前修改提交。");
        assertThat(inboxOf(otherReporter)).contains("2018 年度填报将于" + closes + "（还有 3 天）截止，请在截止前上报本年度开展的活动。");
        assertThat(inboxOf(reviewer)).as("review closes in 4 days: not a reminder day").noneMatch(text -> text.contains("审核将于"));

        jdbc.update("delete from notice_run where kind like 'deadline-%'");
        Platform.signIn(platform.account(Role.ADMIN));
        try {
            context.getBean(com.xingping.year.YearRegistry.class).setDates(year.id(), today.minusDays(1), today.plusDays(1), today.plusDays(7));
        } finally {
            Platform.signOut();
        }
        assertThat(reminders.deadlinesNear()).isTrue();
        assertThat(inboxOf(reviewer)).contains("2018 年度审核将于" + today.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("M月d日"))
                + "（还有 1 天）截止，尚有 " + waiting + " 条记录待审核。");
        assertThat(inboxOf(admin)).anyMatch(text -> text.startsWith("2018 年度年终考评定于") && text.contains("（还有 7 天）"));
        outbox.sendDue();
        assertThat(MAIL.getReceivedMessages()).extracting(NotificationsContract::recipient).contains("deadline-reviewer@example.cn");
    }

    @Test
    void theWeeklySummaryGoesOutOnceWhenTwoSchedulersRace() throws Exception {
        Account admin = withEmail(platform.account(Role.ADMIN), "committee@example.cn");
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Boolean> scheduler = () -> {
            start.await();
            return reminders.weeklySummary();
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Boolean> sent = new ArrayList<>();
        try {
            List<Future<Boolean>> runs = List.of(two.submit(scheduler), two.submit(scheduler));
            for (Future<Boolean> run : runs) {
                sent.add(run.get());
            }
        } finally {
            two.shutdown();
        }

        assertThat(sent).containsExactlyInAnyOrder(true, false);
        assertThat(inboxOf(admin)).singleElement().asString().startsWith("2018 年度本周小结").contains("待审核", "进度落后单位");
        outbox.sendDue();
        assertThat(MAIL.getReceivedMessages()).filteredOn(m -> recipient(m).equals("committee@example.cn")).hasSize(1);
    }

    @Test
    void everyRoleHasTheBadgeAndTheInbox() {
        for (Role role : Role.values()) {
            Account account = role == Role.REPORTER ? reporter : platform.account(role);
            assertThat(mvc.get().uri("/inbox").with(as(account))).hasStatusOk().bodyText().contains("id=\"inbox-link\"", "还没有消息");
        }
    }

    @Test
    void aUserSetsTheirOwnAddressAndABadOneIsRefusedNamingTheField() {
        assertThat(mvc.post().uri("/inbox/email").param("email", "不是邮箱").with(as(reporter))).hasStatusOk().bodyText()
                .contains("电子邮箱", "电子邮箱格式不对：不是邮箱");
        assertThat(mvc.post().uri("/inbox/email").param("email", "new@example.cn").with(as(reporter))).hasRedirectedUrl("/inbox");
        assertThat(accounts.byUsername(reporter.username()).orElseThrow().email()).isEqualTo("new@example.cn");
    }

    @Test
    void theAdminSetsAnAccountsAddressOnItsPage() {
        Account admin = platform.account(Role.ADMIN);
        assertThat(mvc.post().uri("/accounts/{id}", reporter.id()).param("displayName", reporter.displayName()).param("role", "REPORTER")
                .param("unit", unit.code()).param("email", "a@b").with(as(admin))).hasStatusOk().bodyText()
                .contains("电子邮箱格式不对：a@b", "value=\"a@b\"");
        assertThat(accounts.byUsername(reporter.username()).orElseThrow().email()).as("nothing half-saved").isEqualTo(reporter.email());

        assertThat(mvc.post().uri("/accounts/{id}", reporter.id()).param("displayName", "教育局王五").param("role", "REPORTER")
                .param("unit", unit.code()).param("email", "wangwu@example.cn").with(as(admin))).hasRedirectedUrl("/accounts/" + reporter.id());
        Account changed = accounts.byUsername(reporter.username()).orElseThrow();
        assertThat(changed.displayName()).isEqualTo("教育局王五");
        assertThat(changed.email()).isEqualTo("wangwu@example.cn");
        assertThat(mvc.get().uri("/accounts/{id}", reporter.id()).with(as(admin))).hasStatusOk().bodyText().contains("value=\"wangwu@example.cn\"");
    }

    private Account withEmail(Account account, String email) {
        Platform.signIn(platform.account(Role.ADMIN));
        try {
            return accounts.update(account.id(), new AccountChange(account.displayName(), account.role(), account.unitId()), email);
        } finally {
            Platform.signOut();
        }
    }

    private List<String> inboxOf(Account account) {
        return jdbc.queryForList("select text from notification where account_id = ? order by id", String.class, account.id());
    }

    /** The navbar badge's number on the home page, or null when there is none. */
    private String badge(Account account) {
        String page;
        try {
            page = mvc.get().uri("/").with(as(account)).exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.regex.Matcher badge = java.util.regex.Pattern.compile("id=\"inbox-badge\"[^>]*>(\\d+)<").matcher(page);
        return badge.find() ? badge.group(1) : null;
    }

    private MockMvcTester.MockMvcRequestBuilder decide(ActivityRecord record, String decision) {
        return mvc.post().uri("/review/{id}/decision", record.id()).param("decision", decision)
                .param("version", String.valueOf(record.version())).with(as(platform.account(Role.REVIEWER)));
    }

    private static RequestPostProcessor as(Account account) {
        RequestPostProcessor signedIn = user(Platform.user(account));
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

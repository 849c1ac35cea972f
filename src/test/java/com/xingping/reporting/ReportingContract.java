package com.xingping.reporting;

import static com.xingping.reporting.Fixtures.form;
import static com.xingping.reporting.Fixtures.signIn;
import static com.xingping.reporting.Fixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import com.xingping.audit.AuditEvent;
import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.kernel.Refusal;
import com.xingping.unit.Unit;

/**
 * Reporting and review against a real database: every transition, its audit line, conflicts and
 * refusals that save nothing. Run on H2 and on PostgreSQL by its subclasses.
 */
@SpringBootTest
abstract class ReportingContract {
    private static final LocalDate IN_WINDOW = LocalDate.of(2018, 3, 5);
    @Autowired
    ApplicationContext context;
    @Autowired
    RecordDesk desk;
    @Autowired
    ReviewDesk review;
    @Autowired
    Records records;
    @Autowired
    Evidences evidences;
    @Autowired
    AuditLog audit;

    Fixtures fixtures;
    Unit unit;
    CurrentUser reporter;
    CurrentUser reviewer;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        fixtures.openYear();
        unit = fixtures.unit("市财政局");
        reporter = fixtures.reporter(unit);
        reviewer = fixtures.reviewer();
        signIn(reporter);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ActivityRecord fileAndSubmit(String elementId, String title) {
        signIn(reporter);
        return desk.file(reporter, form(elementId, title, IN_WINDOW), List.of(upload("photo.png", TestFiles.png())), true);
    }

    private List<String> trail(Long recordId) {
        return audit.history("record", recordId).stream()
                .map(e -> e.action() + " by " + e.actor()).toList();
    }

    @Test
    void aRecordIsFiledSubmittedAndApprovedWithAnAuditLineForEachStep() {
        ActivityRecord draft = desk.file(reporter, form("norms-3a", "三会一课：支部党员大会", IN_WINDOW), List.of(), false);
        ActivityRecord submitted = desk.submit(reporter, draft.id(), draft.version());
        signIn(reviewer);
        ActivityRecord approved = review.approve(reviewer, draft.id(), submitted.version());

        assertThat(draft.state()).isEqualTo(RecordState.DRAFT);
        assertThat(records.findById(draft.id())).get().satisfies(record -> {
            assertThat(record.state()).isEqualTo(RecordState.APPROVED);
            assertThat(record.reviewedBy()).isEqualTo(reviewer.username());
            assertThat(record.submittedAt()).isNotNull();
        });
        assertThat(approved.version()).isGreaterThan(submitted.version());
        assertThat(trail(draft.id())).containsExactly("record.filed by " + reporter.username(),
                "record.submitted by " + reporter.username(), "record.approved by " + reviewer.username());
        AuditEvent approval = audit.history("record", draft.id()).get(2);
        assertThat(approval.beforeState()).contains("\"state\":\"SUBMITTED\"");
        assertThat(approval.afterState()).contains("\"state\":\"APPROVED\"").contains(reviewer.username());
        assertThat(approval.at()).isNotNull();
    }

    @Test
    void aReturnedRecordIsEditedResubmittedAndApproved() {
        ActivityRecord submitted = fileAndSubmit("norms-3a", "支部委员会");
        signIn(reviewer);
        ActivityRecord returned = review.returnForChanges(reviewer, submitted.id(), "请补充签到表照片", submitted.version());
        signIn(reporter);
        assertThat(desk.list(reporter, null, null, Paging.first()).items()).filteredOn(r -> r.id().equals(submitted.id()))
                .singleElement().satisfies(r -> assertThat(r.reviewReason()).isEqualTo("请补充签到表照片"));
        ActivityRecord edited = desk.edit(reporter, returned.id(), new RecordForm(null, "支部委员会（补充签到表）", IN_WINDOW,
                "会议室", "支委", "已补充", null, null, null, returned.version()), List.of(upload("sign-in.jpg", TestFiles.jpeg())), true);
        signIn(reviewer);
        review.approve(reviewer, edited.id(), edited.version());

        assertThat(records.findById(submitted.id())).get().satisfies(record -> {
            assertThat(record.state()).isEqualTo(RecordState.APPROVED);
            assertThat(record.title()).isEqualTo("支部委员会（补充签到表）");
            assertThat(record.reviewReason()).isNull();
        });
        assertThat(evidences.findByRecordIdOrderByIdAsc(submitted.id())).extracting(Evidence::originalName)
                .containsExactly("photo.png", "sign-in.jpg");
        assertThat(trail(submitted.id())).extracting(line -> line.substring(0, line.indexOf(' '))).containsExactly(
                "record.filed", "evidence.added", "record.submitted", "record.returned", "record.edited", "evidence.added",
                "record.submitted", "record.approved");
    }

    @Test
    void aRejectedRecordIsFinalAndNoLongerHoldsItsCheckElement() {
        ActivityRecord submitted = fileAndSubmit("study-1c", "年度学习教育计划");
        signIn(reviewer);
        review.reject(reviewer, submitted.id(), "计划不是本年度的", null);
        signIn(reporter);

        assertThatThrownBy(() -> desk.submit(reporter, submitted.id(), null)).isInstanceOf(RecordTransitionRefused.class);
        ActivityRecord second = desk.file(reporter, form("study-1c", "年度学习教育计划（2018）", IN_WINDOW), List.of(), false);
        assertThat(second.id()).isNotEqualTo(submitted.id());
        assertThat(records.findById(submitted.id())).get().extracting(ActivityRecord::state, ActivityRecord::reviewReason)
                .containsExactly(RecordState.REJECTED, "计划不是本年度的");
    }

    @Test
    void aReviewerMarksAnApprovedRecordFalsifiedWithItsReason() {
        ActivityRecord submitted = fileAndSubmit("service-2c", "返乡走亲");
        signIn(reviewer);
        ActivityRecord approved = review.approve(reviewer, submitted.id(), null);
        assertThatThrownBy(() -> review.markFalsified(reviewer, approved.id(), "", null)).isInstanceOf(Refusal.class);
        review.markFalsified(reviewer, approved.id(), "照片为往年活动", approved.version());

        assertThat(records.findById(approved.id())).get().satisfies(record -> {
            assertThat(record.falsified()).isTrue();
            assertThat(record.falsifiedReason()).isEqualTo("照片为往年活动");
            assertThat(record.state()).isEqualTo(RecordState.APPROVED);
        });
        List<AuditEvent> events = audit.history("record", approved.id());
        AuditEvent falsified = events.get(events.size() - 1);
        assertThat(falsified.action()).isEqualTo("record.falsified");
        assertThat(falsified.actor()).isEqualTo(reviewer.username());
        assertThat(falsified.beforeState()).contains("\"falsified\":false");
        assertThat(falsified.afterState()).contains("\"falsified\":true");
        assertThatThrownBy(() -> review.approve(reviewer, approved.id(), null)).isInstanceOf(RecordTransitionRefused.class);
    }

    @Test
    void aStaleEditIsAConflictAndOverwritesNothing() {
        ActivityRecord draft = desk.file(reporter, form("norms-3a", "原标题", IN_WINDOW), List.of(), false);
        desk.edit(reporter, draft.id(), withTitle(draft, "甲的修改"), List.of(), false);
        List<Long> before = fixtures.footprint();

        assertThatThrownBy(() -> desk.edit(reporter, draft.id(), withTitle(draft, "乙的修改"), List.of(), false))
                .isInstanceOf(OptimisticLockingFailureException.class).hasMessageContaining("已被他人修改");
        assertThat(records.findById(draft.id())).get().extracting(ActivityRecord::title).isEqualTo("甲的修改");
        assertThat(fixtures.footprint()).isEqualTo(before);
    }

    @Test
    void anEditWithoutTheVersionReadIsRefused() {
        ActivityRecord draft = desk.file(reporter, form("norms-3a", "原标题", IN_WINDOW), List.of(), false);

        assertThatThrownBy(() -> desk.edit(reporter, draft.id(), form("norms-3a", "无版本", IN_WINDOW), List.of(), false))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).field()).isEqualTo("version");
    }

    @Test
    void aReviewOfAStaleVersionIsAConflict() {
        ActivityRecord submitted = fileAndSubmit("norms-3a", "党课");
        signIn(reviewer);
        review.returnForChanges(reviewer, submitted.id(), "补充材料", submitted.version());
        signIn(reporter);
        ActivityRecord current = records.findById(submitted.id()).orElseThrow();
        desk.submit(reporter, submitted.id(), current.version());
        signIn(reviewer);

        assertThatThrownBy(() -> review.approve(reviewer, submitted.id(), submitted.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(records.findById(submitted.id())).get().extracting(ActivityRecord::state).isEqualTo(RecordState.SUBMITTED);
    }

    @Test
    void twoReviewersDecidingAtOnceOneWinsAndTheOtherIsTold() throws Exception {
        ActivityRecord submitted = fileAndSubmit("norms-3a", "同时审核");
        CurrentUser second = fixtures.reviewer();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Callable<ActivityRecord> decision : List.<Callable<ActivityRecord>>of(
                    () -> review.approve(reviewer, submitted.id(), submitted.version()),
                    () -> review.reject(second, submitted.id(), "重复填报", submitted.version()))) {
                CurrentUser who = outcomes.isEmpty() ? reviewer : second;
                outcomes.add(pool.submit(() -> {
                    signIn(who);
                    start.await();
                    try {
                        return decision.call().state().name();
                    } catch (OptimisticLockingFailureException | RecordTransitionRefused refused) {
                        return "refused";
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<String> results = List.of(outcomes.get(0).get(), outcomes.get(1).get());

            assertThat(results).containsOnlyOnce("refused");
            String winner = results.stream().filter(r -> !r.equals("refused")).findFirst().orElseThrow();
            assertThat(records.findById(submitted.id())).get().extracting(r -> r.state().name()).isEqualTo(winner);
            assertThat(trail(submitted.id())).filteredOn(line -> line.startsWith("record.approved") || line.startsWith("record.rejected"))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyReviewersApprovingAtOnceOneWinsWithOneAuditLineAndTheStandingChangesOnce() throws Exception {
        ActivityRecord submitted = fileAndSubmit("norms-3a", "五十人同时审核");
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Long generationBefore = generation(jdbc, submitted.yearId());
        String factsBefore = standingFacts(jdbc, submitted);
        List<CurrentUser> reviewers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            reviewers.add(fixtures.reviewer());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(reviewers.size());
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (CurrentUser who : reviewers) {
                outcomes.add(pool.submit(() -> {
                    signIn(who);
                    start.await();
                    try {
                        return review.approve(who, submitted.id(), submitted.version()).state().name();
                    } catch (OptimisticLockingFailureException | RecordTransitionRefused refused) {
                        return "refused";
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }

            assertThat(results).filteredOn("APPROVED"::equals).hasSize(1);
            assertThat(results).filteredOn("refused"::equals).hasSize(49);
            assertThat(records.findById(submitted.id())).get().extracting(ActivityRecord::state).isEqualTo(RecordState.APPROVED);
            assertThat(trail(submitted.id())).filteredOn(line -> line.startsWith("record.approved")).hasSize(1);
            assertThat(generation(jdbc, submitted.yearId())).as("the year's standings changed once")
                    .isEqualTo(generationBefore + 1);
            assertThat(standingFacts(jdbc, submitted)).as("the unit's standing took the approval").isNotEqualTo(factsBefore);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Long generation(JdbcTemplate jdbc, Long yearId) {
        return jdbc.queryForObject("select generation from standing_generation where year_id = ?", Long.class, yearId);
    }

    private static String standingFacts(JdbcTemplate jdbc, ActivityRecord record) {
        return jdbc.queryForObject("select facts_hash from unit_standing where year_id = ? and unit_id = ?", String.class,
                record.yearId(), record.unitId());
    }

    @Test
    void aCheckElementReportedTwiceIsRefusedAndTheSecondIsNotSaved() {
        ActivityRecord first = desk.file(reporter, form("norms-1e", "党建工作年度计划", IN_WINDOW), List.of(), false);
        List<Long> before = fixtures.footprint();

        assertThatThrownBy(() -> desk.file(reporter, form("norms-1e", "党建工作年度计划（重复）", IN_WINDOW),
                List.of(upload("plan.pdf", TestFiles.pdf())), true))
                .isInstanceOf(Refusal.class).hasMessageContaining("一次性项目").hasMessageContaining("#" + first.id());
        assertThat(fixtures.footprint()).isEqualTo(before);
    }

    @Test
    void aCountElementMayBeReportedManyTimes() {
        desk.file(reporter, form("norms-3a", "第一次", IN_WINDOW), List.of(), false);
        desk.file(reporter, form("norms-3a", "第二次", IN_WINDOW.plusDays(7)), List.of(), false);

        assertThat(desk.list(reporter, null, null, Paging.first()).items()).extracting(ActivityRecord::title).containsExactly("第二次", "第一次");
    }

    @Test
    void aDateOutsideTheWindowIsRefusedWithTheDatesNamedAndNothingIsSaved() {
        List<Long> before = fixtures.footprint();

        assertThatThrownBy(() -> desk.file(reporter, form("norms-3a", "年后的活动", LocalDate.of(2019, 1, 3)),
                List.of(upload("photo.png", TestFiles.png())), true))
                .isInstanceOf(Refusal.class)
                .hasMessage("活动日期 2019-01-03 不在 2018 年度考核期（2017-12-16 至 2018-12-15）内");
        assertThat(fixtures.footprint()).isEqualTo(before);
    }

    @Test
    void aRecordWithADisguisedFileSavesNothing() {
        List<Long> before = fixtures.footprint();

        assertThatThrownBy(() -> desk.file(reporter, form("norms-3a", "带伪装文件", IN_WINDOW),
                List.of(upload("photo.png", TestFiles.png()), upload("photo.jpg", TestFiles.html())), true))
                .isInstanceOf(Refusal.class).hasMessageContaining("photo.jpg").hasMessageContaining("开头含有网页代码");
        assertThat(fixtures.footprint()).isEqualTo(before);
    }

    @Test
    void unknownElementsAndElementsUnitsDoNotReportAreRefusedAndNothingIsSaved() {
        List<Long> before = fixtures.footprint();

        assertThatThrownBy(() -> desk.file(reporter, form("study-9z", "未知项目", IN_WINDOW), List.of(), false))
                .isInstanceOf(Refusal.class).hasMessageContaining("study-9z");
        assertThatThrownBy(() -> desk.file(reporter, form("norms-1d", "三级书记", IN_WINDOW), List.of(), false))
                .isInstanceOf(Refusal.class).hasMessageContaining("不由单位填报");
        assertThat(fixtures.footprint()).isEqualTo(before);
    }

    @Test
    void aPhotoIsStoredUnderAGeneratedNameWithItsSha256() throws Exception {
        byte[] png = TestFiles.png();
        ActivityRecord record = desk.file(reporter, form("norms-3a", "带照片", IN_WINDOW), List.of(upload("../../现场.png", png)), false);

        Evidence evidence = evidences.findByRecordIdOrderByIdAsc(record.id()).get(0);
        assertThat(evidence.sha256()).isEqualTo(EvidenceChecks.sha256(png)).hasSize(64);
        assertThat(evidence.contentType()).isEqualTo("image/png");
        assertThat(evidence.originalName()).isEqualTo("现场.png");
        assertThat(evidence.storedName()).matches("[0-9a-f]{32}\\.png");
        assertThat(Files.readAllBytes(fixtures.evidenceDir().resolve(evidence.storedName()))).isEqualTo(png);
        assertThat(desk.evidenceFile(reporter, evidence.id()).content().getContentAsByteArray()).isEqualTo(png);
    }

    @Test
    void anOversizedFileIsRefusedWithAClearMessage() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(TestFiles.jpeg(), 0, big, 0, 3);
        List<Long> before = fixtures.footprint();

        assertThatThrownBy(() -> desk.file(reporter, form("norms-3a", "大照片", IN_WINDOW), List.of(upload("big.jpg", big)), false))
                .isInstanceOf(Refusal.class).hasMessage("文件 big.jpg 大小为 10 MB，超过单个文件 10 MB 的上限，请压缩后再上传");
        assertThat(fixtures.footprint()).isEqualTo(before);
    }

    @Test
    void aClosedYearIsReadOnlyForEveryone() {
        Long old = fixtures.recordInClosedYear(unit);

        assertThatThrownBy(() -> desk.submit(reporter, old, null)).isInstanceOf(Refusal.class).hasMessageContaining("已关闭");
        assertThatThrownBy(() -> desk.edit(reporter, old, new RecordForm(null, "改", LocalDate.of(2017, 3, 1), null, null, null,
                null, null, null, 0), List.of(), false)).hasMessageContaining("已关闭");
        assertThatThrownBy(() -> desk.addEvidence(reporter, old, List.of(upload("a.png", TestFiles.png())), null))
                .hasMessageContaining("已关闭");
        signIn(reviewer);
        assertThatThrownBy(() -> review.approve(reviewer, old, null)).isInstanceOf(Refusal.class).hasMessageContaining("已关闭");
        assertThat(records.findById(old)).get().extracting(ActivityRecord::state).isEqualTo(RecordState.DRAFT);
    }

    @Test
    void bulkApprovalApprovesAllOrNone() {
        ActivityRecord a = fileAndSubmit("norms-3a", "批量一");
        ActivityRecord b = fileAndSubmit("norms-3d", "批量二");
        ActivityRecord draft = desk.file(reporter, form("norms-3c", "草稿", IN_WINDOW), List.of(), false);
        signIn(reviewer);

        assertThatThrownBy(() -> review.bulkApprove(reviewer, List.of(a.id(), b.id(), draft.id())))
                .isInstanceOf(Refusal.class).hasMessageContaining("#" + draft.id() + "（草稿）").hasMessageContaining("未做任何更改");
        assertThat(records.findAllById(List.of(a.id(), b.id()))).extracting(ActivityRecord::state)
                .containsOnly(RecordState.SUBMITTED);

        assertThat(review.bulkApprove(reviewer, List.of(a.id(), b.id()))).hasSize(2);
        assertThat(records.findAllById(List.of(a.id(), b.id()))).extracting(ActivityRecord::state)
                .containsOnly(RecordState.APPROVED);
        assertThat(trail(a.id())).last().isEqualTo("record.approved by " + reviewer.username());
        assertThat(trail(b.id())).last().isEqualTo("record.approved by " + reviewer.username());
    }

    @Test
    void tierAndThresholdRecordsKeepTheirLevelAndExactRate() {
        ActivityRecord tier = desk.file(reporter, new RecordForm("innovation-2e", "阵地建设", IN_WINDOW, null, null, null,
                "standard", null, null, null), List.of(), false);
        ActivityRecord rate = desk.file(reporter, new RecordForm("innovation-3d", "APP 安装率", IN_WINDOW, null, null, null,
                null, new BigDecimal("0.6512"), null, null), List.of(), false);

        assertThat(records.findById(tier.id())).get().extracting(ActivityRecord::tierLevel).isEqualTo("standard");
        assertThat(records.findById(rate.id())).get().extracting(ActivityRecord::rate).isEqualTo(new BigDecimal("0.6512"));
        assertThatThrownBy(() -> desk.file(reporter, new RecordForm("innovation-3d", "安装率", IN_WINDOW, null, null, null,
                null, new BigDecimal("1.2"), null, null), List.of(), false)).isInstanceOf(Refusal.class);
    }

    @Test
    void aReporterCannotReviewAndOnlyReportersFile() {
        ActivityRecord submitted = fileAndSubmit("norms-3a", "自己审核");

        assertThatThrownBy(() -> review.approve(reporter, submitted.id(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.queue(ReviewFilter.of(null, null, null, null, null), Paging.first()))
                .isInstanceOf(AccessDeniedException.class);
        signIn(reviewer);
        assertThatThrownBy(() -> desk.file(reviewer, form("norms-3a", "审核员填报", IN_WINDOW), List.of(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.submit(reviewer, submitted.id(), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDraftIsTheUnitsOwnUntilSubmitted() {
        ActivityRecord draft = desk.file(reporter, form("norms-3a", "未提交的草稿", IN_WINDOW),
                List.of(upload("现场.png", TestFiles.png())), false);
        ActivityRecord submitted = fileAndSubmit("norms-3b", "已提交");
        Long photo = evidences.findByRecordIdOrderByIdAsc(draft.id()).get(0).id();
        assertThat(desk.list(reporter, null, null, Paging.first()).items()).extracting(ActivityRecord::id)
                .contains(draft.id(), submitted.id());
        signIn(reviewer);

        assertThat(desk.list(reviewer, null, null, Paging.first()).items()).extracting(ActivityRecord::id)
                .contains(submitted.id()).doesNotContain(draft.id());
        assertThat(desk.list(reviewer, unit.id(), null, Paging.first()).items()).extracting(ActivityRecord::id)
                .containsExactly(submitted.id());
        assertThat(desk.list(reviewer, unit.id(), null, Paging.first()).total()).isEqualTo(1);
        assertThatThrownBy(() -> desk.get(reviewer, draft.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> review.record(draft.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.evidenceFile(reviewer, photo)).isInstanceOf(NotFound.class);
        assertThat(review.record(submitted.id()).title()).isEqualTo("已提交");
    }

    @Test
    void aReporterOfAnotherUnitSeesNothingOfThisUnit() {
        ActivityRecord record = fileAndSubmit("norms-3a", "别人的记录");
        Long evidenceId = evidences.findByRecordIdOrderByIdAsc(record.id()).get(0).id();
        CurrentUser other = fixtures.reporter(fixtures.unit("市教育局"));
        signIn(other);

        assertThatThrownBy(() -> desk.get(other, record.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.list(other, unit.id(), null, Paging.first())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.evidenceFile(other, evidenceId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.removeEvidence(other, evidenceId)).isInstanceOf(NotFound.class);
        assertThat(desk.list(other, null, null, Paging.first()).items()).isEmpty();
    }

    @Test
    void theQueueFiltersByUnitStarElementAndState() {
        ActivityRecord norms = fileAndSubmit("norms-3a", "规范星");
        ActivityRecord study = fileAndSubmit("study-1b", "学习星");
        desk.file(reporter, form("norms-3b", "尚未提交的草稿", IN_WINDOW), List.of(), false);
        signIn(reviewer);

        assertThat(queue(ReviewFilter.of(null, unit.id(), null, null, null))).extracting(ActivityRecord::id)
                .containsExactly(norms.id(), study.id());
        assertThat(queue(ReviewFilter.of(null, unit.id(), "study", null, null))).extracting(ActivityRecord::id)
                .containsExactly(study.id());
        assertThat(queue(ReviewFilter.of(null, unit.id(), null, "norms-3a", "SUBMITTED"))).extracting(ActivityRecord::id)
                .containsExactly(norms.id());
        review.approve(reviewer, norms.id(), null);
        assertThat(queue(ReviewFilter.of(null, unit.id(), null, null, null))).extracting(ActivityRecord::id)
                .containsExactly(study.id());
        assertThat(queue(ReviewFilter.of(null, unit.id(), null, null, "ALL"))).as("drafts are the unit's own")
                .extracting(ActivityRecord::title).containsExactlyInAnyOrder("规范星", "学习星");
        assertThatThrownBy(() -> ReviewFilter.of(null, null, null, null, "DRAFT")).isInstanceOf(Refusal.class)
                .hasMessageContaining("草稿在单位提交前不给工委看");
        assertThatThrownBy(() -> ReviewFilter.of(null, null, null, null, "DONE")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> ReviewFilter.of(null, null, null, null, null, "FASTEST")).isInstanceOf(Refusal.class);
    }

    @Test
    void theQueueIsPagedAndSortedInTheDatabaseAndSaysTheTotal() {
        ActivityRecord first = fileAndSubmit("norms-3a", "第一条");
        ActivityRecord second = fileAndSubmit("norms-3a", "第二条");
        ActivityRecord third = fileAndSubmit("study-1b", "第三条");
        signIn(reviewer);
        ReviewFilter waiting = ReviewFilter.of(null, unit.id(), null, null, null);

        PageOf<ActivityRecord> page1 = review.queue(waiting, new Paging(1, 2));
        PageOf<ActivityRecord> page2 = review.queue(waiting, new Paging(2, 2));
        assertThat(page1.items()).extracting(ActivityRecord::id).containsExactly(first.id(), second.id());
        assertThat(page2.items()).extracting(ActivityRecord::id).containsExactly(third.id());
        assertThat(page1.total()).isEqualTo(3);
        assertThat(page1.pages()).isEqualTo(2);
        assertThat(page1.hasNext()).isTrue();
        assertThat(page2.hasNext()).isFalse();
        assertThat(review.queue(ReviewFilter.of(null, unit.id(), null, null, null, "RECENT"), new Paging(1, 2)).items())
                .extracting(ActivityRecord::id).containsExactly(third.id(), second.id());
        assertThat(review.queue(waiting, new Paging(3, 2)).items()).isEmpty();
        assertThat(review.queue(ReviewFilter.of(null, unit.id(), "no-such-star", null, null), Paging.first()).total()).isZero();
        assertThat(review.next(waiting, first.id())).map(ActivityRecord::id).contains(second.id());
        assertThatThrownBy(() -> new Paging(1, 201)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> Paging.of(0, null)).isInstanceOf(Refusal.class);
    }

    @Test
    void theQueueFindsWordsOfTitlesInAnyCaseWithinTheUnitFilter() {
        String word = "Xq" + System.nanoTime();
        ActivityRecord upper = fileAndSubmit("norms-3a", "主题党日 " + word.toUpperCase());
        ActivityRecord lower = fileAndSubmit("study-1b", word.toLowerCase() + " 学习会");
        fileAndSubmit("norms-3a", "其他活动");
        ActivityRecord percent = fileAndSubmit("norms-3a", word + " 完成率 100%");
        Unit other = fixtures.unit("市教育局");
        CurrentUser otherReporter = fixtures.reporter(other);
        signIn(otherReporter);
        ActivityRecord elsewhere = desk.file(otherReporter, form("norms-3a", "别的单位 " + word, IN_WINDOW),
                List.of(upload("photo.png", TestFiles.png())), true);
        signIn(reviewer);

        assertThat(queue(ReviewFilter.of(null, unit.id(), null, null, null, null, word.toLowerCase())))
                .extracting(ActivityRecord::id).containsExactly(upper.id(), lower.id(), percent.id());
        assertThat(queue(ReviewFilter.of(null, null, null, null, null, "RECENT", " " + word + " ")))
                .extracting(ActivityRecord::id).containsExactly(elsewhere.id(), percent.id(), lower.id(), upper.id());
        assertThat(queue(ReviewFilter.of(null, unit.id(), null, "norms-3a", null, null, word)))
                .extracting(ActivityRecord::id).containsExactly(upper.id(), percent.id());
        assertThat(queue(ReviewFilter.of(null, unit.id(), null, null, null, null, "%"))).as("a typed % is looked for as such")
                .extracting(ActivityRecord::id).containsExactly(percent.id());
        assertThat(queue(ReviewFilter.of(null, unit.id(), null, null, null, null, "_"))).as("a typed _ is no wildcard").isEmpty();
        PageOf<ActivityRecord> first = review.queue(ReviewFilter.of(null, unit.id(), null, null, null, null, word), new Paging(1, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(ActivityRecord::id).containsExactly(upper.id(), lower.id());
        assertThatThrownBy(() -> ReviewFilter.of(null, null, null, null, null, null, "字".repeat(101)))
                .isInstanceOf(Refusal.class).hasMessageContaining("最多 100 个字");
    }

    @Test
    void aRecordListsTheUnitsOtherRecordsOfItsElementTheLatestActivityFirstWithHowManyInAll() {
        signIn(reporter);
        List<ActivityRecord> filed = new ArrayList<>();
        for (int day = 0; day < 8; day++) {
            filed.add(desk.file(reporter, form("norms-3a", "第 " + day + " 次", IN_WINDOW.plusDays(day)),
                    List.of(upload("photo.png", TestFiles.png())), true));
        }
        desk.file(reporter, form("norms-3a", "草稿", IN_WINDOW.plusDays(30)), List.of(), false);
        fileAndSubmit("study-1b", "别的项目");
        signIn(reviewer);
        review.approve(reviewer, filed.get(7).id(), null);

        ReviewRecord.OtherRecords others = review.others(filed.get(0), 5);
        assertThat(others.items()).extracting(ReviewRecord.OtherRecord::title)
                .containsExactly("第 7 次", "第 6 次", "第 5 次", "第 4 次", "第 3 次");
        assertThat(others.items().get(0).state()).isEqualTo(RecordState.APPROVED);
        assertThat(others.total()).as("neither itself, the draft nor another element's").isEqualTo(7);
        assertThat(others.more()).isEqualTo(2);
        assertThat(review.others(filed.get(0), 10).total()).isEqualTo(7);
    }

    private List<ActivityRecord> queue(ReviewFilter filter) {
        return review.queue(filter, Paging.first()).items();
    }

    private static RecordForm withTitle(ActivityRecord record, String title) {
        return new RecordForm(null, title, record.activityDate(), record.place(), record.participants(), record.description(),
                null, null, null, record.version());
    }
}

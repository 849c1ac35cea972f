package com.xingping.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.kernel.Paging;
import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.RecordDesk;
import com.xingping.reporting.RecordForm;
import com.xingping.reporting.ReviewDesk;
import com.xingping.reporting.Upload;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * Signals through the real upload path (the reporter's desk, the print kept in the uploading transaction)
 * to what the reviewer reads on the record's page, in the API and on the committee's list. Run on H2 and
 * on PostgreSQL by its subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class IntegrityContract {
    private static final LocalDate MARCH = LocalDate.of(2018, 3, 5);
    private static final String CREW = "张三、李四、王五、赵六";
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RecordDesk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Signals signals;
    @Autowired
    ReviewDesk review;
    @Autowired
    SignalBackfill backfill;

    Platform platform;
    AssessmentYear year;
    Unit finance;
    Unit education;
    Account financeReporter;
    Account educationReporter;
    Account reviewer;
    long seed;

    @BeforeEach
    void twoUnitsAndAReviewer() {
        platform = new Platform(context);
        year = platform.year();
        String tag = Long.toString(System.nanoTime() % 100000);
        finance = platform.unit("财政局" + tag);
        education = platform.unit("教育局" + tag);
        financeReporter = platform.reporter(finance);
        educationReporter = platform.reporter(education);
        reviewer = platform.account(Role.REVIEWER);
        seed = new Random().nextLong();
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    private ActivityRecord file(Account reporter, String title, String participants, String fileName, byte[] bytes) {
        var user = Platform.signIn(reporter);
        List<Upload> uploads = bytes == null ? List.of() : List.of(new Upload(fileName, bytes.length, new ByteArrayResource(bytes)));
        return desk.file(user, new RecordForm("norms-3a", title, MARCH, "会议室", participants, "按计划开展", null, null, null, null),
                uploads, true);
    }

    private String basic(Account account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.username() + ":" + Platform.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private MvcTestResult api(String uri, Object... variables) {
        return mvc.get().uri(uri, variables).header("Authorization", basic(reviewer)).exchange();
    }

    /** A record's signals are the year's list's rows of that record (both read from the stored signals). */
    private void sameAsTheYearsList(ActivityRecord... filed) {
        Platform.signIn(reviewer);
        for (ActivityRecord record : filed) {
            assertThat(signals.ofRecord(record.id())).as("record #%d", record.id()).isNotEmpty()
                    .isEqualTo(signals.ofYear(year, null, record.unitId(), Paging.of(1, 200)).items().stream()
                            .filter(signal -> signal.recordId().equals(record.id())).toList());
        }
    }

    private Long evidenceOf(ActivityRecord record) {
        return jdbc.queryForObject("select id from evidence where record_id = ?", Long.class, record.id());
    }

    @Test
    void aPhotoFiledByTwoUnitsIsFlaggedOnTheReviewPageWithItsReason() {
        byte[] photo = Photos.withCaptureDate(Photos.jpeg(Photos.scene(seed), 0.8f), "2016:05:01 09:30:00", ByteOrder.BIG_ENDIAN);
        ActivityRecord ours = file(financeReporter, "支部党员大会", null, "大会.jpg", photo);
        ActivityRecord theirs = file(educationReporter, "植树活动", null, "植树.jpg", photo);

        assertThat(jdbc.queryForMap("select dhash, captured_at from evidence_print where evidence_id = ?", evidenceOf(ours)))
                .as("printed at upload").satisfies(row -> {
                    assertThat(row.get("dhash")).isNotNull();
                    assertThat(((java.sql.Timestamp) row.get("captured_at")).toLocalDateTime()).isEqualTo(LocalDateTime.of(2016, 5, 1, 9, 30));
                });
        String sameFile = "文件《大会.jpg》与 " + education.name() + " 的记录《植树活动》（#" + theirs.id() + "） 中的文件相同";
        assertThat(mvc.get().uri("/review/{id}", ours.id()).with(user(Platform.user(reviewer)))).hasStatusOk().bodyText()
                .contains("id=\"integrity-flags\"", "材料比对提示", "仅供审核参考，不是认定结论", "相同文件", sameFile,
                        "href=\"/review/" + theirs.id() + "\"", "拍摄日期不符",
                        "照片《大会.jpg》的拍摄日期（Exif）为 2016-05-01，与活动日期 2018-03-05 相差 673 天（超过 30 天），"
                                + "不在 2018 年度考评期（2017-12-16 至 2018-12-15）内");

        MvcTestResult signals = api("/api/v1/records/{id}/signals", ours.id());
        assertThat(signals).hasStatusOk().bodyJson().extractingPath("$[?(@.kind == 'SAME_FILE')].reason").asArray()
                .containsExactly(sameFile);
        assertThat(signals).bodyJson().extractingPath("$[?(@.kind == 'SAME_FILE')].otherRecordId").asArray()
                .containsExactly(theirs.id().intValue());
        assertThat(api("/api/v1/records/{id}/signals", theirs.id())).bodyJson().extractingPath("$[?(@.kind == 'SAME_FILE')].reason")
                .asArray().containsExactly("文件《植树.jpg》与 " + finance.name() + " 的记录《支部党员大会》（#" + ours.id()
                        + "） 中的文件相同");
        sameAsTheYearsList(ours, theirs);
    }

    @Test
    void aResizedCopyIsFlaggedAndAnUnrelatedPhotoIsNot() {
        BufferedImage scene = Photos.scene(7); // its copy differs in 1 bit, scene 8 in 35 (each method runs once per database)
        ActivityRecord original = file(financeReporter, "主题党日", null, "原图.png", Photos.png(scene));
        ActivityRecord copy = file(educationReporter, "主题党日活动", null, "缩小.jpg", Photos.jpeg(Photos.resized(scene, 320, 240), 0.6f));
        ActivityRecord unrelated = file(educationReporter, "党课", null, "党课.jpg", Photos.jpeg(Photos.scene(8), 0.8f));

        assertThat(api("/api/v1/records/{id}/signals", copy.id())).hasStatusOk().bodyJson()
                .extractingPath("$[?(@.kind == 'SIMILAR_PHOTO')].otherRecordId").asArray().containsExactly(original.id().intValue());
        assertThat(api("/api/v1/records/{id}/signals", unrelated.id())).hasStatusOk().bodyJson()
                .extractingPath("$[?(@.kind == 'SIMILAR_PHOTO')]").asArray().isEmpty();
        assertThat(mvc.get().uri("/review/{id}", copy.id()).with(user(Platform.user(reviewer)))).hasStatusOk().bodyText()
                .contains("近似照片", "照片《缩小.jpg》与 " + finance.name() + " 的记录《主题党日》（#" + original.id() + "） 中的照片《原图.png》近似");
        assertThat(mvc.get().uri("/review/{id}", unrelated.id()).with(user(Platform.user(reviewer)))).hasStatusOk().bodyText()
                .doesNotContain("id=\"integrity-flags\"");
        sameAsTheYearsList(original, copy);
    }

    @Test
    void photosAddedToAReturnedRecordInOneUploadAreComparedAtOnce() {
        BufferedImage scene = Photos.scene(seed); // this test's own; a full-size JPEG of it is within a bit or two
        ActivityRecord original = file(financeReporter, "主题党日", null, "原图.png", Photos.png(scene));
        ActivityRecord filed = file(educationReporter, "主题党日活动", null, null, null);
        Platform.signIn(reviewer);
        ActivityRecord returned = review.returnForChanges(Platform.user(reviewer), filed.id(), "请补充照片", filed.version());
        byte[] copy = Photos.jpeg(scene, 0.95f);
        byte[] unrelated = Photos.jpeg(Photos.scene(seed + 1), 0.8f);
        desk.addEvidence(Platform.signIn(educationReporter), returned.id(), List.of(
                new Upload("副本.jpg", copy.length, new ByteArrayResource(copy)),
                new Upload("党课.jpg", unrelated.length, new ByteArrayResource(unrelated))), returned.version());

        assertThat(api("/api/v1/records/{id}/signals", returned.id())).hasStatusOk().bodyJson()
                .extractingPath("$[?(@.kind == 'SIMILAR_PHOTO')].fileName").asArray().containsExactly("副本.jpg");
        assertThat(api("/api/v1/records/{id}/signals", returned.id())).bodyJson()
                .extractingPath("$[?(@.kind == 'SIMILAR_PHOTO')].otherRecordId").asArray().containsExactly(original.id().intValue());
        assertThat(api("/api/v1/records/{id}/signals", original.id())).hasStatusOk().bodyJson()
                .extractingPath("$[?(@.kind == 'SIMILAR_PHOTO')].reason").asArray().singleElement().asString()
                .startsWith("照片《原图.png》与 " + education.name() + " 的记录《主题党日活动》（#" + returned.id() + "） 中的照片《副本.jpg》近似");
    }

    @Test
    void aParticipantsListReusedIsOnTheCommitteesListFilteredByKindAndUnit() {
        ActivityRecord last = null;
        for (int i = 1; i <= 6; i++) {
            last = file(financeReporter, "支委会 " + i, i % 2 == 0 ? CREW : "赵六 王五 李四 张三", null, null);
        }
        file(educationReporter, "支委会", CREW, null, null);

        MvcTestResult listed = api("/api/v1/years/{year}/signals?kind=REUSED_PARTICIPANTS&unitId={unit}&size=4", year.id(), finance.id());
        assertThat(listed).hasStatusOk().bodyJson().extractingPath("$.total").asNumber().isEqualTo(6);
        assertThat(listed).bodyJson().extractingPath("$.items[0].reason")
                .isEqualTo("本单位共有 6 条记录的参加人员名单相同（张三、李四、王五、赵六，共 4 人），超过 5 条");
        assertThat(listed).bodyJson().extractingPath("$.items.length()").asNumber().isEqualTo(4);
        assertThat(api("/api/v1/years/{year}/signals?unitId={unit}", year.id(), education.id())).bodyJson()
                .extractingPath("$.total").asNumber().isEqualTo(0);
        assertThat(api("/api/v1/years/{year}/signals?kind=NOPE", year.id())).hasStatus(400).bodyText().contains("kind", "参加人员名单重复");

        assertThat(mvc.get().uri("/integrity?kind=REUSED_PARTICIPANTS&unit={u}&size=4", finance.code()).with(user(Platform.user(reviewer))))
                .hasStatusOk().bodyText().contains("证明材料比对提示", "共 6 条", "第 1 / 2 页", "参加人员名单重复", "支委会 1",
                        "本单位共有 6 条记录的参加人员名单相同", "不是认定结论")
                .contains("href=\"/integrity?yearId=" + year.id() + "&amp;kind=REUSED_PARTICIPANTS&amp;unit=" + finance.code()
                        + "&amp;page=2&amp;size=4\"");
        assertThat(mvc.get().uri("/integrity?unit={u}", "没有这个单位").with(user(Platform.user(reviewer)))).hasStatusOk().bodyText()
                .contains("没有编码或名称为“没有这个单位”的单位");
        sameAsTheYearsList(last);
    }

    @Test
    void onlyTheCommitteeSeesSignals() {
        ActivityRecord filed = file(financeReporter, "支部党员大会", null, "大会.jpg", Photos.jpeg(Photos.scene(seed), 0.8f));

        assertThat(mvc.get().uri("/api/v1/records/{id}/signals", filed.id()).header("Authorization", basic(financeReporter)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/integrity").with(user(Platform.user(financeReporter)))).hasStatus(403);
        assertThat(mvc.get().uri("/integrity").with(user(Platform.user(platform.account(Role.ADMIN))))).hasStatusOk();
    }

    @Test
    void aFileSharedByManyRecordsIsOneSignalPerFileWithTheirCountKeptAsRecordsComeAndGo() {
        byte[] photo = Photos.png(Photos.scene(seed));
        List<ActivityRecord> filed = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            filed.add(file(i <= 3 ? financeReporter : educationReporter, "活动 " + i, null, "合影" + i + ".png", photo));
        }
        ActivityRecord first = filed.get(0);
        ActivityRecord second = filed.get(1);
        ActivityRecord last = filed.get(5);

        for (ActivityRecord record : filed) {
            ActivityRecord named = record == first ? second : first;
            assertThat(api("/api/v1/records/{id}/signals", record.id())).hasStatusOk().bodyJson()
                    .extractingPath("$[?(@.kind == 'SAME_FILE')].reason").asArray().as("record #%d", record.id())
                    .containsExactly("文件《" + record.title().replace("活动 ", "合影") + ".png》与其他 5 条记录中的文件相同，如 "
                            + unitName(named) + " 的记录《" + named.title() + "》（#" + named.id() + "）");
        }
        assertThat(jdbc.queryForObject("select count(*) from evidence_signal where kind = 'SAME_FILE' and record_id in ("
                + filed.stream().map(r -> r.id().toString()).collect(java.util.stream.Collectors.joining(",")) + ")", Integer.class))
                .as("one signal per file").isEqualTo(6);
        assertThat(api("/api/v1/years/{year}/signals?kind=SAME_FILE&unitId={unit}", year.id(), education.id())).bodyJson()
                .extractingPath("$.total").asNumber().isEqualTo(3);

        desk.withdraw(Platform.signIn(financeReporter), first.id(), first.version());
        assertThat(jdbc.queryForObject("select count(*) from evidence_signal where record_id = ?", Integer.class, first.id()))
                .as("a withdrawn record's signals go").isZero();
        assertThat(reasonOf(last)).isEqualTo("文件《合影6.png》与其他 4 条记录中的文件相同，如 " + finance.name() + " 的记录《活动 2》（#"
                + second.id() + "）");

        Platform.signIn(reviewer);
        review.reject(Platform.user(reviewer), second.id(), "活动内容与该项标准不符", second.version());
        ActivityRecord returned = review.returnForChanges(Platform.user(reviewer), filed.get(2).id(), "请补充签到表", filed.get(2).version());
        assertThat(reasonOf(last)).as("rejected: no longer compared; returned: still before the committee")
                .isEqualTo("文件《合影6.png》与其他 3 条记录中的文件相同，如 " + finance.name() + " 的记录《活动 3》（#" + returned.id() + "）");

        desk.removeEvidence(Platform.signIn(financeReporter), evidenceOf(returned));
        desk.withdraw(Platform.signIn(educationReporter), filed.get(3).id(), filed.get(3).version());
        assertThat(reasonOf(last)).isEqualTo("文件《合影6.png》与 " + education.name() + " 的记录《活动 5》（#" + filed.get(4).id()
                + "） 中的文件相同");
        desk.withdraw(Platform.signIn(educationReporter), filed.get(4).id(), filed.get(4).version());
        assertThat(api("/api/v1/records/{id}/signals", last.id())).bodyJson().extractingPath("$[?(@.kind == 'SAME_FILE')]").asArray()
                .as("the only record left with the file").isEmpty();
    }

    @Test
    void recordsStoredBeforeTheSignalsAreCaughtUpWithInTheBackground() {
        BufferedImage scene = Photos.scene(11); // its copy differs in no bit
        ActivityRecord original = file(financeReporter, "主题党日", null, "原图.png", Photos.png(scene));
        ActivityRecord copy = file(educationReporter, "主题党日活动", null, "缩小.jpg", Photos.jpeg(Photos.resized(scene, 320, 240), 0.6f));
        jdbc.update("delete from evidence_digest where sha256 in (select sha256 from evidence where record_id in (?, ?))",
                original.id(), copy.id());
        for (String table : List.of("evidence_signal", "evidence_print", "signal_record")) {
            jdbc.update("delete from " + table + " where record_id in (?, ?)", original.id(), copy.id());
        }
        assertThat(api("/api/v1/records/{id}/signals", copy.id())).as("as if stored before V25").hasStatusOk()
                .bodyJson().extractingPath("$").asArray().isEmpty();

        backfill.catchUpAll();

        assertThat(api("/api/v1/records/{id}/signals", copy.id())).hasStatusOk().bodyJson()
                .extractingPath("$[?(@.kind == 'SIMILAR_PHOTO')].otherRecordId").asArray().containsExactly(original.id().intValue());
        assertThat(api("/api/v1/records/{id}/signals", original.id())).hasStatusOk().bodyJson()
                .extractingPath("$[?(@.kind == 'SIMILAR_PHOTO')].otherRecordId").asArray().containsExactly(copy.id().intValue());
        assertThat(jdbc.queryForObject("select count(*) from evidence_print where evidence_id in (?, ?) and dhash is not null",
                Integer.class, evidenceOf(original), evidenceOf(copy))).as("printed from the store").isEqualTo(2);
        assertThat(backfill.progress()).as("done").isEmpty();
    }

    private String reasonOf(ActivityRecord record) {
        Platform.signIn(reviewer);
        return signals.ofRecord(record.id()).stream().filter(signal -> signal.kind() == SignalKind.SAME_FILE).findFirst()
                .orElseThrow().reason();
    }

    private String unitName(ActivityRecord record) {
        return record.unitId().equals(finance.id()) ? finance.name() : education.name();
    }
}

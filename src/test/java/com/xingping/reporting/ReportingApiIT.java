package com.xingping.reporting;

import static com.xingping.reporting.Fixtures.form;
import static com.xingping.reporting.Fixtures.signIn;
import static com.xingping.reporting.Fixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.xingping.audit.AuditEvent;
import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.unit.Unit;

/**
 * The JSON API and the pages over the real security chains: who may touch which unit's records,
 * evidence and reviews, problem+json errors, conflicts and download headers. MockMvc is built by
 * hand so this class shares its Spring context with the other H2 integration tests.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingApiIT {
    private static final String IN_WINDOW = "2018-04-10";
    @Autowired
    WebApplicationContext context;
    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    RecordDesk desk;
    @Autowired
    Records records;
    @Autowired
    Evidences evidences;
    @Autowired
    AuditLog audit;

    MockMvc mvc;
    Fixtures fixtures;
    CurrentUser reporterA;
    CurrentUser reporterB;
    CurrentUser reviewer;
    CurrentUser leader;
    Unit unitB;
    ActivityRecord bDraft;
    ActivityRecord bSubmitted;
    Long bDraftEvidence;
    Long bSubmittedEvidence;

    enum Who { REPORTER_A, LEADER, REVIEWER, NOBODY }

    enum Body { NONE, RECORD_JSON, REASON_JSON, IDS_JSON, FILE, PAGE_FORM }

    record Case(Who who, HttpMethod method, String path, Body body, int status) {
        @Override
        public String toString() {
            return who + " " + method + " " + path + " → " + status;
        }
    }

    @BeforeAll
    void createTwoUnitsAndTheirRecords() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        fixtures = new Fixtures(applicationContext);
        fixtures.openYear();
        reporterA = fixtures.reporter(fixtures.unit("市审计局"));
        unitB = fixtures.unit("市统计局");
        reporterB = fixtures.reporter(unitB);
        reviewer = fixtures.reviewer();
        leader = fixtures.leader();
        signIn(reporterB);
        bDraft = desk.file(reporterB, form("norms-3a", "B 的草稿", LocalDate.of(2018, 4, 1)),
                List.of(upload("b-draft.png", TestFiles.png())), false);
        bSubmitted = desk.file(reporterB, form("norms-3c", "B 的待审核记录", LocalDate.of(2018, 4, 2)),
                List.of(upload("b.jpg", TestFiles.jpeg())), true);
        bDraftEvidence = evidences.findByRecordIdOrderByIdAsc(bDraft.id()).get(0).id();
        bSubmittedEvidence = evidences.findByRecordIdOrderByIdAsc(bSubmitted.id()).get(0).id();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    @AfterAll
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Stream<Case> forbidden() {
        return Stream.of(
                // a reporter of unit A, on unit B's records and files, through the API: B's data does not exist for them
                new Case(Who.REPORTER_A, HttpMethod.GET, "/api/v1/records?unitId={unitB}", Body.NONE, 404),
                new Case(Who.REPORTER_A, HttpMethod.GET, "/api/v1/records/{bDraft}", Body.NONE, 404),
                new Case(Who.REPORTER_A, HttpMethod.PUT, "/api/v1/records/{bDraft}", Body.RECORD_JSON, 404),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/api/v1/records/{bDraft}/submit", Body.NONE, 404),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/api/v1/records/{bDraft}/evidence", Body.FILE, 404),
                new Case(Who.REPORTER_A, HttpMethod.GET, "/api/v1/evidence/{bSubmittedEvidence}", Body.NONE, 404),
                new Case(Who.REPORTER_A, HttpMethod.DELETE, "/api/v1/evidence/{bDraftEvidence}", Body.NONE, 404),
                // a reporter on the review endpoints
                new Case(Who.REPORTER_A, HttpMethod.GET, "/api/v1/review/queue", Body.NONE, 403),
                new Case(Who.REPORTER_A, HttpMethod.GET, "/api/v1/review/records/{bSubmitted}", Body.NONE, 403),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/api/v1/records/{bSubmitted}/approve", Body.NONE, 403),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/api/v1/records/{bSubmitted}/return", Body.REASON_JSON, 403),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/api/v1/records/{bSubmitted}/reject", Body.REASON_JSON, 403),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/api/v1/records/{bSubmitted}/falsify", Body.REASON_JSON, 403),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/api/v1/review/bulk-approve", Body.IDS_JSON, 403),
                // a leader writes nothing
                new Case(Who.LEADER, HttpMethod.POST, "/api/v1/records", Body.RECORD_JSON, 403),
                new Case(Who.LEADER, HttpMethod.PUT, "/api/v1/records/{bDraft}", Body.RECORD_JSON, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/api/v1/records/{bDraft}/submit", Body.NONE, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/api/v1/records/{bDraft}/evidence", Body.FILE, 403),
                new Case(Who.LEADER, HttpMethod.DELETE, "/api/v1/evidence/{bDraftEvidence}", Body.NONE, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/api/v1/records/{bSubmitted}/approve", Body.NONE, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/api/v1/records/{bSubmitted}/return", Body.REASON_JSON, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/api/v1/records/{bSubmitted}/reject", Body.REASON_JSON, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/api/v1/records/{bSubmitted}/falsify", Body.REASON_JSON, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/api/v1/review/bulk-approve", Body.IDS_JSON, 403),
                new Case(Who.LEADER, HttpMethod.GET, "/api/v1/review/queue", Body.NONE, 403),
                new Case(Who.LEADER, HttpMethod.GET, "/api/v1/review/records/{bSubmitted}", Body.NONE, 403),
                // the committee reviews, it does not report for a unit
                new Case(Who.REVIEWER, HttpMethod.POST, "/api/v1/records", Body.RECORD_JSON, 403),
                new Case(Who.REVIEWER, HttpMethod.PUT, "/api/v1/records/{bDraft}", Body.RECORD_JSON, 403),
                new Case(Who.REVIEWER, HttpMethod.POST, "/api/v1/records/{bDraft}/submit", Body.NONE, 403),
                new Case(Who.REVIEWER, HttpMethod.POST, "/api/v1/records/{bDraft}/evidence", Body.FILE, 403),
                new Case(Who.REVIEWER, HttpMethod.DELETE, "/api/v1/evidence/{bDraftEvidence}", Body.NONE, 403),
                // nobody signed in
                new Case(Who.NOBODY, HttpMethod.GET, "/api/v1/records", Body.NONE, 401),
                new Case(Who.NOBODY, HttpMethod.GET, "/api/v1/evidence/{bSubmittedEvidence}", Body.NONE, 401),
                new Case(Who.NOBODY, HttpMethod.GET, "/api/v1/review/queue", Body.NONE, 401),
                new Case(Who.NOBODY, HttpMethod.GET, "/api/v1/review/records/{bSubmitted}", Body.NONE, 401),
                // the same through the pages
                new Case(Who.REPORTER_A, HttpMethod.GET, "/records/{bDraft}", Body.NONE, 404),
                new Case(Who.REPORTER_A, HttpMethod.GET, "/records/{bDraft}/edit", Body.NONE, 404),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/records/{bDraft}", Body.PAGE_FORM, 404),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/records/{bDraft}/submit", Body.NONE, 404),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/records/{bDraft}/evidence", Body.FILE, 404),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/records/evidence/{bDraftEvidence}/delete", Body.NONE, 404),
                new Case(Who.REPORTER_A, HttpMethod.GET, "/evidence/{bSubmittedEvidence}", Body.NONE, 404),
                new Case(Who.REPORTER_A, HttpMethod.GET, "/review", Body.NONE, 403),
                new Case(Who.REPORTER_A, HttpMethod.GET, "/review/{bSubmitted}", Body.NONE, 403),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/review/{bSubmitted}/decision?decision=approve", Body.NONE, 403),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/review/{bSubmitted}/falsify", Body.NONE, 403),
                new Case(Who.REPORTER_A, HttpMethod.POST, "/review/bulk-approve?confirmed=true&ids={bSubmitted}", Body.NONE, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/records", Body.PAGE_FORM, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/records/{bDraft}/submit", Body.NONE, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/review/{bSubmitted}/decision?decision=approve", Body.NONE, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/review/bulk-approve?confirmed=true&ids={bSubmitted}", Body.NONE, 403),
                new Case(Who.LEADER, HttpMethod.GET, "/review", Body.NONE, 403),
                new Case(Who.REVIEWER, HttpMethod.POST, "/records/{bDraft}", Body.PAGE_FORM, 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void nobodyTouchesWhatTheyMayNot(Case forbidden) throws Exception {
        List<Object> before = snapshot();

        mvc.perform(build(forbidden)).andExpect(status().is(forbidden.status()));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aLeaderReadsEveryUnitsRecordsAndFiles() throws Exception {
        mvc.perform(get("/api/v1/records").param("unitId", unitB.id().toString()).with(user(leader)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].title", Matchers.hasItem("B 的待审核记录")))
                .andExpect(jsonPath("$.items[*].title", Matchers.not(Matchers.hasItem("B 的草稿"))));
        mvc.perform(get("/api/v1/evidence/{id}", bSubmittedEvidence).with(user(leader))).andExpect(status().isOk());
        mvc.perform(get("/records/{id}", bSubmitted.id()).with(user(leader))).andExpect(status().isOk());
    }

    @Test
    void aReporterFilesARecordWithPhotosInOneRequestAndDownloadsThemSafely() throws Exception {
        byte[] png = TestFiles.png();
        MvcResult filed = mvc.perform(multipart("/api/v1/records/with-evidence").file(recordPart("norms-3a", "三会一课", IN_WINDOW))
                        .file(new MockMultipartFile("files", "现场照片.png", "image/png", png)).param("submit", "true")
                        .with(user(reporterA)).with(remote("10.1.2.3")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.evidence[0].name").value("现场照片.png"))
                .andExpect(jsonPath("$.evidence[0].sha256").value(EvidenceChecks.sha256(png)))
                .andExpect(jsonPath("$.evidence[0].contentType").value("image/png")).andReturn();
        Number evidenceId = com.jayway.jsonpath.JsonPath.read(filed.getResponse().getContentAsString(), "$.evidence[0].id");
        Number recordId = com.jayway.jsonpath.JsonPath.read(filed.getResponse().getContentAsString(), "$.id");

        mvc.perform(get("/api/v1/evidence/{id}", evidenceId).with(user(reporterA)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline;")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("filename*=UTF-8''")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(png));
        mvc.perform(get("/evidence/{id}", evidenceId).with(user(reporterA)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        List<AuditEvent> trail = audit.history("record", recordId.longValue());
        assertThat(trail).extracting(AuditEvent::action).containsExactly("record.filed", "evidence.added", "record.submitted");
        assertThat(trail).extracting(AuditEvent::address).containsOnly("10.1.2.3");
        assertThat(trail).extracting(AuditEvent::actor).containsOnly(reporterA.username());
    }

    @Test
    void aStaleVersionIsAConflictAndAMissingOneIsRefused() throws Exception {
        Number id = fileDraft("norms-3a", "版本测试");
        mvc.perform(json(HttpMethod.PUT, "/api/v1/records/" + id, recordJson("norms-3a", "甲", IN_WINDOW, 0), reporterA))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));

        mvc.perform(json(HttpMethod.PUT, "/api/v1/records/" + id, recordJson("norms-3a", "乙", IN_WINDOW, 0), reporterA))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("已被他人修改")));
        mvc.perform(json(HttpMethod.PUT, "/api/v1/records/" + id, recordJson("norms-3a", "丙", IN_WINDOW, null), reporterA))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(records.findById(id.longValue())).get().extracting(ActivityRecord::title).isEqualTo("甲");
    }

    @Test
    void badInputIsRefusedWithProblemDetailsNamingTheFieldAndNothingIsSaved() throws Exception {
        fileDraft("norms-1b", "个性清单");
        List<Long> before = fixtures.footprint();

        refused(json(HttpMethod.POST, "/api/v1/records", recordJson("norms-3a", "年后", "2019-01-03", null), reporterA),
                "activityDate", "活动日期 2019-01-03 不在 2018 年度考核期（2017-12-16 至 2018-12-15）内");
        refused(json(HttpMethod.POST, "/api/v1/records", recordJson("study-9z", "未知", IN_WINDOW, null), reporterA),
                "elementId", "细则中没有考评项目 “study-9z”");
        refused(json(HttpMethod.POST, "/api/v1/records", recordJson("norms-1d", "工委评分项", IN_WINDOW, null), reporterA),
                "elementId", "不由单位填报");
        refused(json(HttpMethod.POST, "/api/v1/records", recordJson("norms-1b", "个性清单again", IN_WINDOW, null), reporterA),
                "elementId", "一次性项目");
        refused(multipart("/api/v1/records/with-evidence").file(recordPart("norms-3a", "伪装文件", IN_WINDOW))
                        .file(new MockMultipartFile("files", "photo.jpg", "image/jpeg", TestFiles.html())).with(user(reporterA)),
                "files", "文件 photo.jpg 开头含有网页代码，不是真正的照片或文档，未保存任何内容");
        byte[] big = new byte[10 * 1024 * 1024 + 200_000];
        System.arraycopy(TestFiles.png(), 0, big, 0, 16);
        mvc.perform(multipart("/api/v1/records/with-evidence").file(recordPart("norms-3a", "大文件", IN_WINDOW))
                        .file(new MockMultipartFile("files", "big.png", "image/png", big)).with(user(reporterA)))
                .andExpect(status().is(413)).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("files"))
                .andExpect(jsonPath("$.errors[0].reason", Matchers.containsString("超过单个文件 10 MB 的上限")));

        assertThat(fixtures.footprint()).isEqualTo(before);
    }

    @Test
    void aNorms1aRecordSaysWhichReportItIsAndThePagesShowIt() throws Exception {
        List<Long> before = fixtures.footprint();
        refused(json(HttpMethod.POST, "/api/v1/records", recordJson("norms-1a", "听取汇报", IN_WINDOW, null), reporterA),
                "part", "请选择“班子听取机关党建、群团工作汇报”是哪一类：机关党建工作汇报（party）、群团工作汇报（mass）");
        refused(json(HttpMethod.POST, "/api/v1/records", "{\"elementId\": \"norms-1a\", \"title\": \"听取汇报\", "
                + "\"activityDate\": \"" + IN_WINDOW + "\", \"part\": \"工会\"}", reporterA), "part", "没有类别 “工会”");
        assertThat(fixtures.footprint()).isEqualTo(before);

        MvcResult filed = mvc.perform(json(HttpMethod.POST, "/api/v1/records", "{\"elementId\": \"norms-1a\", "
                        + "\"title\": \"听取群团工作汇报\", \"activityDate\": \"" + IN_WINDOW + "\", \"part\": \"群团工作汇报\"}",
                        reporterA))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.part").value("mass"))
                .andExpect(jsonPath("$.partName").value("群团工作汇报")).andExpect(jsonPath("$.partAssumed").value(false))
                .andReturn();
        Number id = com.jayway.jsonpath.JsonPath.read(filed.getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/records/{id}", id).with(user(reporterA))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("群团工作汇报")));
        mvc.perform(get("/api/v1/records/elements").with(user(reporterA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.stars[1].elements[0].id").value("norms-1a"))
                .andExpect(jsonPath("$.stars[1].elements[0].parts[*].name").value(Matchers.contains("机关党建工作汇报", "群团工作汇报")))
                .andExpect(jsonPath("$.stars[0].elements[?(@.id == 'study-3b')].parts[*]").isEmpty());
    }

    @Test
    void aStudy3bRecordIsInTheHalfOfItsDate() throws Exception {
        mvc.perform(json(HttpMethod.POST, "/api/v1/records", recordJson("study-3b", "研判", "2018-06-15", null), reporterA))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.partName").value("上半年"));
        mvc.perform(json(HttpMethod.POST, "/api/v1/records", recordJson("study-3b", "研判", "2018-06-16", null), reporterA))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.partName").value("下半年"));
    }

    @Test
    void aReviewerWorksTheQueueThroughTheApi() throws Exception {
        Number first = fileDraft("norms-3d", "党课一");
        Number second = fileDraft("norms-3d", "党课二");
        Number draft = fileDraft("norms-3d", "党课草稿");
        for (Number id : List.of(first, second)) {
            mvc.perform(request(HttpMethod.POST, "/api/v1/records/" + id + "/submit").with(user(reporterA))).andExpect(status().isOk());
        }

        mvc.perform(get("/api/v1/review/queue").param("unitId", reporterA.unitId().toString()).param("star", "norms")
                        .with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", Matchers.hasItems(first.intValue(), second.intValue())))
                .andExpect(jsonPath("$.items[*].state", Matchers.everyItem(Matchers.is("SUBMITTED"))))
                .andExpect(jsonPath("$.total", Matchers.greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.page").value(1)).andExpect(jsonPath("$.size").value(50));
        mvc.perform(get("/api/v1/review/queue").param("unitId", reporterA.unitId().toString()).param("size", "1")
                        .param("page", "2").with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.page").value(2)).andExpect(jsonPath("$.total", Matchers.greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/review/queue").param("size", "500").with(user(reviewer)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(json(HttpMethod.POST, "/api/v1/records/" + first + "/return", "{\"reason\": \"\"}", reviewer))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(HttpMethod.POST, "/api/v1/review/bulk-approve",
                        "{\"ids\": [" + first + ", " + second + ", " + draft + "]}", reviewer))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("未做任何更改")));
        mvc.perform(json(HttpMethod.POST, "/api/v1/review/bulk-approve", "{\"ids\": [" + first + ", " + second + "]}", reviewer))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].state", Matchers.everyItem(Matchers.is("APPROVED"))));
        mvc.perform(request(HttpMethod.POST, "/api/v1/records/" + first + "/approve").with(user(reviewer)))
                .andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("state"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("不能通过")));
        mvc.perform(json(HttpMethod.POST, "/api/v1/records/" + first + "/falsify", "{\"reason\": \"签到表系补签\"}", reviewer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.falsified").value(true));
    }

    @Test
    void aReviewerSearchesTitlesAndReadsOneRecordWithItsElementsStanding() throws Exception {
        Number done = fileDraft("democracy-1c", "民主生活会 Alpha");
        Number waiting = fileDraft("democracy-1c", "民主生活会 ALPHA 二");
        for (Number id : List.of(done, waiting)) {
            mvc.perform(request(HttpMethod.POST, "/api/v1/records/" + id + "/submit").with(user(reporterA))).andExpect(status().isOk());
        }
        mvc.perform(request(HttpMethod.POST, "/api/v1/records/" + done + "/approve").with(user(reviewer))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/review/queue").param("unitId", reporterA.unitId().toString()).param("q", "alpha")
                        .with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id").value(Matchers.contains(waiting.intValue())))
                .andExpect(jsonPath("$.items[0].daysWaiting").value(0)).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/review/records/" + waiting).with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.record.id").value(waiting.intValue()))
                .andExpect(jsonPath("$.standing.summary").value("该项已 1/2，通过后 +1（每项 1 分）"))
                .andExpect(jsonPath("$.standing.points").value(1)).andExpect(jsonPath("$.standing.max").value(2))
                .andExpect(jsonPath("$.standing.pointsIfApproved").value(2))
                .andExpect(jsonPath("$.others.total").value(1))
                .andExpect(jsonPath("$.others.items[0].title").value("民主生活会 Alpha"))
                .andExpect(jsonPath("$.others.items[0].state").value("APPROVED"));
        mvc.perform(get("/api/v1/review/queue").param("q", "字".repeat(101)).with(user(reviewer)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/review/records/" + bDraft.id()).with(user(reviewer))).andExpect(status().isNotFound());
    }

    @Test
    void signsInWithHttpBasicAndListsOnlyTheirOwnUnit() throws Exception {
        fileDraft("norms-3a", "本单位记录");

        mvc.perform(get("/api/v1/records").with(httpBasic(reporterA.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].unitId", Matchers.everyItem(Matchers.is(reporterA.unitId().intValue()))))
                .andExpect(jsonPath("$.items[*].title", Matchers.not(Matchers.hasItem("B 的草稿"))));
        mvc.perform(get("/api/v1/records/elements").with(httpBasic(reporterA.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stars[0].elements[*].id", Matchers.hasItem("study-1a")))
                .andExpect(jsonPath("$.stars[0].elements[*].id", Matchers.not(Matchers.hasItem("study-2c"))));
    }

    @Test
    void theReporterPagesShowTheListAndRefuseBadInputBesideTheField() throws Exception {
        mvc.perform(get("/records").with(user(reporterA))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("填报新记录")));
        mvc.perform(get("/records/new").with(user(reporterA))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("capture=\"environment\"")));
        List<Long> before = fixtures.footprint();

        mvc.perform(multipart("/records").file(new MockMultipartFile("files", "a.jpg", "image/jpeg", TestFiles.html()))
                        .param("elementId", "norms-3a").param("title", "页面填报").param("activityDate", "2019-01-03")
                        .param("action", "submit").with(user(reporterA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("活动日期 2019-01-03 不在 2018 年度考核期（2017-12-16 至 2018-12-15）内")))
                .andExpect(content().string(Matchers.containsString("请改正后重新选择文件")));
        mvc.perform(multipart("/records").param("elementId", "norms-3a").param("title", "页面填报")
                        .param("activityDate", "3月5日").with(user(reporterA)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("无法识别的日期")));
        assertThat(fixtures.footprint()).isEqualTo(before);
    }

    @Test
    void bulkApprovalOnThePagesAsksFirstShowingHowManyThenApprovesThemAll() throws Exception {
        Number first = fileDraft("norms-3c", "主题党日一");
        Number second = fileDraft("norms-3c", "主题党日二");
        for (Number id : List.of(first, second)) {
            mvc.perform(request(HttpMethod.POST, "/api/v1/records/" + id + "/submit").with(user(reporterA))).andExpect(status().isOk());
        }

        mvc.perform(multipart("/review/bulk-approve").param("ids", first.toString(), second.toString())
                        .with(user(reviewer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("确定通过以下 2 条记录？")))
                .andExpect(content().string(Matchers.containsString("确认通过这 2 条记录")));
        assertThat(records.findAllById(List.of(first.longValue(), second.longValue()))).extracting(ActivityRecord::state)
                .containsOnly(RecordState.SUBMITTED);
        mvc.perform(multipart("/review/bulk-approve").param("ids", first.toString(), second.toString())
                        .param("confirmed", "true").with(user(reviewer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("notice", "已批量通过 2 条记录"));
        assertThat(records.findAllById(List.of(first.longValue(), second.longValue()))).extracting(ActivityRecord::state)
                .containsOnly(RecordState.APPROVED);
    }

    @Test
    void theReviewQueuePageFiltersAndShowsARecordBesideItsPhotos() throws Exception {
        mvc.perform(get("/review").param("unitId", unitB.id().toString()).with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("B 的待审核记录")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("B 的草稿"))));
        mvc.perform(get("/review").param("unitId", unitB.id().toString()).param("state", "ALL").with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("B 的待审核记录")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("B 的草稿"))));
        mvc.perform(get("/review").param("state", "NONSENSE").with(user(reviewer)))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("没有状态 NONSENSE")));
        mvc.perform(get("/review/{id}", bSubmitted.id()).with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("src=\"/evidence/" + bSubmittedEvidence + "\"")))
                .andExpect(content().string(Matchers.containsString("accesskey=\"a\"")));
    }

    @Test
    void theApiDocumentationDescribesTheReportingAndReviewEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/records'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/records/{id}'].put.summary", Matchers.containsString("409")))
                .andExpect(jsonPath("$.paths['/api/v1/records/{id}/evidence'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/evidence/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/review/queue'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/records/{id}/falsify'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/review/bulk-approve'].post").exists());
    }

    private void refused(AbstractMockHttpServletRequestBuilder<?> request, String field, String reason) throws Exception {
        mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].reason", Matchers.containsString(reason)));
    }

    private Number fileDraft(String elementId, String title) throws Exception {
        MvcResult result = mvc.perform(json(HttpMethod.POST, "/api/v1/records", recordJson(elementId, title, IN_WINDOW, null), reporterA))
                .andExpect(status().isCreated()).andReturn();
        return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    private static MockHttpServletRequestBuilder json(HttpMethod method, String path, String body, CurrentUser who) {
        return request(method, path).contentType(MediaType.APPLICATION_JSON).content(body).with(user(who));
    }

    private static String recordJson(String elementId, String title, String date, Integer version) {
        return "{\"elementId\": \"" + elementId + "\", \"title\": \"" + title + "\", \"activityDate\": \"" + date
                + "\", \"place\": \"会议室\"" + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    private static MockMultipartFile recordPart(String elementId, String title, String date) {
        return new MockMultipartFile("record", "", MediaType.APPLICATION_JSON_VALUE,
                recordJson(elementId, title, date, null).getBytes(StandardCharsets.UTF_8));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor remote(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private AbstractMockHttpServletRequestBuilder<?> build(Case c) {
        String path = c.path().replace("{unitB}", unitB.id().toString()).replace("{bDraft}", bDraft.id().toString())
                .replace("{bSubmitted}", bSubmitted.id().toString())
                .replace("{bDraftEvidence}", bDraftEvidence.toString())
                .replace("{bSubmittedEvidence}", bSubmittedEvidence.toString());
        AbstractMockHttpServletRequestBuilder<?> request = switch (c.body()) {
            case FILE -> multipart(c.method(), path).file(new MockMultipartFile("files", "x.png", "image/png", TestFiles.png()));
            case PAGE_FORM -> multipart(c.method(), path).param("elementId", "norms-3a").param("title", "改")
                    .param("activityDate", IN_WINDOW).param("version", "0");
            case RECORD_JSON -> request(c.method(), path).contentType(MediaType.APPLICATION_JSON)
                    .content(recordJson("norms-3a", "改", IN_WINDOW, bDraft.version()));
            case REASON_JSON -> request(c.method(), path).contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"理由\"}");
            case IDS_JSON -> request(c.method(), path).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"ids\": [" + bSubmitted.id() + "]}");
            case NONE -> request(c.method(), path);
        };
        if (!path.startsWith("/api/")) {
            request.with(csrf());
        }
        return switch (c.who()) {
            case REPORTER_A -> request.with(user(reporterA));
            case LEADER -> request.with(user(leader));
            case REVIEWER -> request.with(user(reviewer));
            case NOBODY -> request;
        };
    }

    /** Unit B's two records and their files, as they are now. */
    private List<Object> snapshot() {
        return List.of(records.findById(bDraft.id()).orElseThrow(), records.findById(bSubmitted.id()).orElseThrow(),
                evidences.findByRecordIdOrderByIdAsc(bDraft.id()), evidences.findByRecordIdOrderByIdAsc(bSubmitted.id()));
    }
}

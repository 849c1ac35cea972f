package com.xingping.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;
import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.sheet.ImportGate;
import com.xingping.support.Platform;
import com.xingping.support.Xlsx;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * The committee's facts over the real security chains, API and pages: who may read and write, problem+json
 * refusals and conflicts, the imports, and the facts reaching the live scorecard. MockMvc is built by
 * hand so this class shares its Spring context with the other H2 integration tests.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactsApiIT {
    @Autowired
    WebApplicationContext web;
    @Autowired
    ApplicationContext context;
    @Autowired
    CommitteeDesk desk;
    @Autowired
    CommitteeFacts facts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportGate gate;

    MockMvc mvc;
    Platform platform;
    AssessmentYear year;
    Unit unit;
    CommitteeFact baseline;
    CurrentUser admin;
    CurrentUser reviewer;
    CurrentUser leader;
    CurrentUser reporter;

    @BeforeAll
    void aUnitWithOneBaselineViolation() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        platform = new Platform(context);
        year = platform.year();
        unit = platform.unit("市人防办");
        admin = Platform.user(platform.account(Role.ADMIN));
        reviewer = Platform.signIn(platform.account(Role.REVIEWER));
        leader = Platform.user(platform.account(Role.LEADER));
        reporter = Platform.user(platform.reporter(unit));
        baseline = desk.enter(reviewer, unit.id(), null, FactKind.BASELINE, Forms.baseline("service-B1", "1"));
        Platform.signOut();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    enum Who { REPORTER, LEADER, REVIEWER }

    record Case(Who who, HttpMethod method, String path, String body, int status) {
        @Override
        public String toString() {
            return who + " " + method + " " + path + " → " + status;
        }
    }

    Stream<Case> forbidden() {
        String json = "{\"baselineId\":\"service-B2\",\"points\":1,\"date\":\"2018-06-01\",\"reference\":\"文\",\"reason\":\"事\"}";
        String form = "baselineId=service-B2&points=1&date=2018-06-01&reference=x&reason=y&version=0";
        return Stream.of(
                new Case(Who.REPORTER, HttpMethod.GET, "/api/v1/facts", null, 403),
                new Case(Who.REPORTER, HttpMethod.GET, "/api/v1/units/{unit}/facts", null, 403),
                new Case(Who.REPORTER, HttpMethod.POST, "/api/v1/units/{unit}/facts/baselines", json, 403),
                new Case(Who.REPORTER, HttpMethod.GET, "/api/v1/facts/baselines/{fact}", null, 403),
                new Case(Who.REPORTER, HttpMethod.PUT, "/api/v1/facts/baselines/{fact}", json, 403),
                new Case(Who.REPORTER, HttpMethod.POST, "/api/v1/facts/baselines/{fact}/withdraw", "{\"reason\":\"x\",\"version\":0}", 403),
                new Case(Who.REPORTER, HttpMethod.GET, "/api/v1/facts/baselines/{fact}/history", null, 403),
                new Case(Who.REPORTER, HttpMethod.GET, "/api/v1/facts/conduct", null, 403),
                new Case(Who.REPORTER, HttpMethod.POST, "/api/v1/imports/target", "FILE", 403),
                new Case(Who.REPORTER, HttpMethod.GET, "/api/v1/imports/target/template", null, 403),
                new Case(Who.REPORTER, HttpMethod.GET, "/facts", null, 403),
                new Case(Who.REPORTER, HttpMethod.GET, "/facts/units/{unit}", null, 403),
                new Case(Who.REPORTER, HttpMethod.POST, "/facts/units/{unit}/baselines", form, 403),
                new Case(Who.REPORTER, HttpMethod.GET, "/facts/baselines/{fact}/edit", null, 403),
                new Case(Who.REPORTER, HttpMethod.POST, "/facts/baselines/{fact}", form, 403),
                new Case(Who.REPORTER, HttpMethod.POST, "/facts/baselines/{fact}/withdraw", "reason=x&version=0", 403),
                new Case(Who.REPORTER, HttpMethod.GET, "/facts/conduct", null, 403),
                new Case(Who.REPORTER, HttpMethod.GET, "/facts/imports", null, 403),
                new Case(Who.REPORTER, HttpMethod.POST, "/facts/imports/target", "FILE", 403),
                new Case(Who.REPORTER, HttpMethod.GET, "/facts/imports/target/template", null, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/api/v1/units/{unit}/facts/baselines", json, 403),
                new Case(Who.LEADER, HttpMethod.PUT, "/api/v1/facts/baselines/{fact}", json, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/api/v1/facts/baselines/{fact}/withdraw", "{\"reason\":\"x\",\"version\":0}", 403),
                new Case(Who.LEADER, HttpMethod.POST, "/api/v1/imports/target", "FILE", 403),
                new Case(Who.LEADER, HttpMethod.POST, "/facts/units/{unit}/baselines", form, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/facts/baselines/{fact}", form, 403),
                new Case(Who.LEADER, HttpMethod.POST, "/facts/baselines/{fact}/withdraw", "reason=x&version=0", 403),
                new Case(Who.LEADER, HttpMethod.POST, "/facts/imports/target", "FILE", 403),
                new Case(Who.LEADER, HttpMethod.GET, "/facts/imports", null, 403),
                new Case(Who.REVIEWER, HttpMethod.POST, "/api/v1/imports/units", "UNITS", 403),
                new Case(Who.REVIEWER, HttpMethod.GET, "/api/v1/imports/units/template", null, 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void nobodyButTheCommitteeWritesAndReportersSeeNothing(Case forbidden) throws Exception {
        List<CommitteeFact> before = facts.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id());
        long events = auditEvents();

        mvc.perform(build(forbidden)).andExpect(status().is(forbidden.status()));

        assertThat(facts.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id())).isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(events);
    }

    @Test
    void aLeaderReadsTheFactsWithoutTheForms() throws Exception {
        mvc.perform(get("/api/v1/units/{u}/facts", unit.id()).with(user(leader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.writable").value(false))
                .andExpect(jsonPath("$.stars[2].baselines[0].baselineId").value("service-B1"));
        mvc.perform(get("/facts/units/{u}", unit.id()).with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("service-B1")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("录入评定"))));
        mvc.perform(get("/facts/conduct").with(user(leader))).andExpect(status().isOk());
    }

    @Test
    void theApiEntersEditsAndWithdrawsAFactWithProblemDetailsAndConflicts() throws Exception {
        Unit other = platform.unit("市接待办");
        String score = "{\"elementId\":\"norms-1d\",\"score\":%s,\"date\":\"2019-01-10\",\"reference\":\"绍市机工委〔2019〕3号\","
                + "\"reason\":\"责任清单执行到位\"%s}";

        mvc.perform(json(HttpMethod.POST, "/api/v1/units/" + other.id() + "/facts/assessed", score.formatted("5.3", ""), reviewer))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("score"))
                .andExpect(jsonPath("$.errors[0].reason").value("评定分数须为 0.5 分的整数倍，不是 5.3"));
        MvcResult entered = mvc.perform(json(HttpMethod.POST, "/api/v1/units/" + other.id() + "/facts/assessed",
                        score.formatted("5.5", ""), reviewer))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("assessed"))
                .andExpect(jsonPath("$.score").value(5.5))
                .andExpect(jsonPath("$.title").value("norms-1d “三级书记”责任清单执行到位，效果明显：评定 5.5 分（满分 6 分）"))
                .andExpect(jsonPath("$.counts").value(true))
                .andExpect(jsonPath("$.project").doesNotExist()).andReturn();
        int id = JsonPath.read(entered.getResponse().getContentAsString(), "$.id");

        mvc.perform(json(HttpMethod.PUT, "/api/v1/facts/assessed/" + id, score.formatted("6", ",\"version\":0"), admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.changedBy")
                        .value(admin.username()));
        mvc.perform(json(HttpMethod.PUT, "/api/v1/facts/assessed/" + id, score.formatted("4", ",\"version\":0"), reviewer))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", Matchers.containsString("已被他人修改")));
        mvc.perform(json(HttpMethod.POST, "/api/v1/facts/assessed/" + id + "/withdraw", "{\"version\":1}", reviewer))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(HttpMethod.POST, "/api/v1/facts/assessed/" + id + "/withdraw", "{\"reason\":\"评错了单位\",\"version\":1}",
                        reviewer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("WITHDRAWN"))
                .andExpect(jsonPath("$.counts").value(false)).andExpect(jsonPath("$.note").value("已撤销：评错了单位"));
        mvc.perform(get("/api/v1/facts/assessed/" + id + "/history").with(user(leader))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", Matchers.contains("fact.entered", "fact.edited", "fact.withdrawn")));
        mvc.perform(get("/api/v1/facts/baselines/" + id).with(user(leader))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/facts/bonuses/" + id).with(user(leader))).andExpect(status().isNotFound());
    }

    @Test
    void aBaselineViolationWithholdsTheStarOnTheLiveScorecard() throws Exception {
        Unit democratic = democraticUnit("市信访局");
        mvc.perform(get("/api/v1/units/{u}/scorecard", democratic.id()).with(user(reviewer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.stars[?(@.id == 'democracy')].awarded", Matchers.contains(true)));

        mvc.perform(json(HttpMethod.POST, "/api/v1/units/" + democratic.id() + "/facts/baselines",
                        "{\"baselineId\":\"democracy-B1\",\"points\":1,\"date\":\"2018-08-01\",\"reference\":\"绍市纪委通报〔2018〕5号\","
                                + "\"reason\":\"公款宴请\"}", reviewer))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/units/{u}/scorecard", democratic.id()).with(user(reviewer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.stars[?(@.id == 'democracy')].awarded", Matchers.contains(false)))
                .andExpect(jsonPath("$.stars[?(@.id == 'democracy')].score", Matchers.contains(13)))
                .andExpect(jsonPath("$.stars[?(@.id == 'democracy')].withheld[*]", Matchers.contains("BASELINE_VIOLATED")))
                .andExpect(jsonPath("$.stars[?(@.id == 'democracy')].violations[0].points", Matchers.contains(1)));
        mvc.perform(get("/scorecards/{u}", democratic.id()).with(user(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("违反底线标准，扣 1 分")))
                .andExpect(content().string(Matchers.containsString("民主星违反底线标准，本年度不授星（再得分也不能获星）")));
    }

    @Test
    void aConductScoreAmongTheBottomThreeVetoesPerformanceOnTheLiveScorecard() throws Exception {
        Unit best = performing("市大数据局", "99");
        Unit worst = performing("市末位局", "0");
        for (String score : List.of("10", "20", "30")) {
            performing("市低分局" + score, score);
        }

        mvc.perform(get("/api/v1/units/{u}/scorecard", best.id()).with(user(leader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.performance.vetoed").value(false))
                .andExpect(jsonPath("$.performance.excellent").value(true));
        mvc.perform(get("/api/v1/units/{u}/scorecard", worst.id()).with(user(leader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.performance.vetoed").value(true))
                .andExpect(jsonPath("$.performance.excellent").value(false))
                .andExpect(jsonPath("$.performance.conductScore").value(0));
        mvc.perform(get("/scorecards/{u}", worst.id()).with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("一票否决")));
        mvc.perform(get("/api/v1/facts/conduct").param("size", "200").with(user(leader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.items[?(@.code == '" + worst.code() + "')].vetoed", Matchers.contains(true)))
                .andExpect(jsonPath("$.rows.items[?(@.code == '" + best.code() + "')].vetoed", Matchers.contains(false)));
        mvc.perform(get("/api/v1/facts/conduct").param("size", "1").with(user(leader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.items.length()").value(1))
                .andExpect(jsonPath("$.rows.total").value(Matchers.greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.rows.items[0].rank").value(1));
        mvc.perform(get("/facts/conduct").param("size", "200").with(user(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(worst.name())));
    }

    @Test
    void thePagesShowARefusalBesideItsFieldAndEnterEditAndWithdraw() throws Exception {
        Unit paged = platform.unit("市机要局");
        mvc.perform(post("/facts/units/{u}/baselines", paged.id()).param("formKey", "baselines-study")
                        .param("baselineId", "study-B1").param("points", "3").param("date", "2018-05-02")
                        .param("reference", "绍市机工委〔2018〕9号").param("reason", "未及时传达").with(user(reviewer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("违反底线标准每项扣 1 或 2 分，不是 3 分")))
                .andExpect(content().string(Matchers.containsString("未及时传达")));
        mvc.perform(post("/facts/units/{u}/baselines", paged.id()).param("formKey", "baselines-study")
                        .param("baselineId", "study-B1").param("points", "2").param("date", "2018-05-02")
                        .param("reference", "绍市机工委〔2018〕9号").param("reason", "未及时传达").with(user(reviewer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", Matchers.startsWith("已录入：study-B1")));
        CommitteeFact entered = facts.findByUnitIdAndYearIdOrderByIdAsc(paged.id(), year.id()).get(0);

        mvc.perform(get("/facts/units/{u}", paged.id()).with(user(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("未及时传达")))
                .andExpect(content().string(Matchers.containsString("绍市机工委〔2018〕9号")));
        mvc.perform(get("/facts/baselines/{id}/edit", entered.id()).with(user(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("修改记录")));
        mvc.perform(post("/facts/baselines/{id}", entered.id()).param("baselineId", "study-B1").param("points", "1")
                        .param("date", "2018-05-02").param("reference", "绍市机工委〔2018〕9号").param("reason", "未及时传达")
                        .param("version", "0").with(user(reviewer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/facts/baselines/{id}/withdraw", entered.id()).param("version", "0").param("reason", "迟到的撤销")
                        .with(user(reviewer)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/facts/baselines/{id}/withdraw", entered.id()).param("version", "1").param("reason", "")
                        .with(user(reviewer)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("请写明撤销的原因")));
        mvc.perform(post("/facts/baselines/{id}/withdraw", entered.id()).param("version", "1").param("reason", "录错单位")
                        .with(user(reviewer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(facts.findById(entered.id())).get().satisfies(f -> {
            assertThat(f.amount()).isEqualByComparingTo("1");
            assertThat(f.active()).isFalse();
        });
        mvc.perform(get("/facts").param("q", paged.code()).with(user(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(paged.name())))
                .andExpect(content().string(Matchers.containsString("共 1 个单位")));
    }

    @Test
    void theOverviewIsAPageOfUnitsWithTheirCounts() throws Exception {
        Unit first = platform.unit("市机关事务局");
        platform.unit("市机关事务局");
        platform.unit("市机关事务局");

        mvc.perform(get("/api/v1/facts").param("q", "市机关事务局").param("size", "2").with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.items[0].name").value("市机关事务局"));
        mvc.perform(get("/api/v1/facts").param("q", first.code()).with(user(reviewer)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value(first.code()));
        mvc.perform(get("/facts").param("q", "市机关事务局").param("size", "2").with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("第 1 / ")))
                .andExpect(content().string(Matchers.containsString("page=2&amp;size=2")));
    }

    @Test
    void importsThroughTheApiAndThePagesNamingEveryBadRow() throws Exception {
        Unit a = platform.unit("市口岸办");
        byte[] bad = Xlsx.header("单位编码", "单位名称", "是否优胜").row(a.code(), a.name(), "是").row("ZZZ", "无此单位", "是").bytes();
        byte[] good = Xlsx.header("单位编码", "单位名称", "是否优胜").row(a.code(), a.name(), "是").bytes();

        mvc.perform(multipart("/api/v1/imports/target").file(file(bad)).param("date", "2019-01-15")
                        .param("reference", "绍市考核办〔2019〕1号").with(user(reviewer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].line", Matchers.contains("第 3 行：单位编码 ZZZ 不存在")))
                .andExpect(jsonPath("$.errors[0].row").value(3));
        mvc.perform(multipart("/api/v1/imports/target").file(file(Xlsx.pdf())).param("date", "2019-01-15")
                        .param("reference", "绍市考核办〔2019〕1号").with(user(reviewer)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        MvcResult refused = mvc.perform(multipart("/facts/imports/target").file(file(bad)).param("date", "2019-01-15")
                        .param("reference", "绍市考核办〔2019〕1号").with(user(reviewer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("importProblems", List.of("第 3 行：单位编码 ZZZ 不存在"))).andReturn();
        mvc.perform(get("/facts/imports").flashAttrs(refused.getFlashMap()).with(user(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("第 3 行：单位编码 ZZZ 不存在")))
                .andExpect(content().string(Matchers.containsString("文件有 1 处错误，未导入任何单位的结果")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("导入单位</button>"))));
        assertThat(facts.findByUnitIdAndYearIdOrderByIdAsc(a.id(), year.id())).isEmpty();

        mvc.perform(multipart("/api/v1/imports/target").file(file(good)).param("date", "2019-01-15")
                        .param("reference", "绍市考核办〔2019〕1号").with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(1))
                .andExpect(jsonPath("$.summary").value("已导入 1 个单位的目标责任制考核结果（新录入 1，修改 0，未变 0）"));
        mvc.perform(get("/facts/imports").with(user(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("行风评议成绩")));
        mvc.perform(get("/api/v1/imports/conduct/template").with(user(reviewer))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("filename*=UTF-8''")))
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/facts/imports/units/template").with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void importsBeyondTheBoundWaitBrieflyThenAreRefusedWith503() throws Exception {
        Unit a = platform.unit("市信访局");
        byte[] good = Xlsx.header("单位编码", "单位名称", "是否优胜").row(a.code(), a.name(), "是").bytes();
        byte[] roster = Xlsx.header("姓名", "身份(班子成员|普通党员)", "学时").row("张三", "普通党员", 24).bytes();
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService twoImports = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                twoImports.submit(() -> gate.admit(() -> {
                    running.countDown();
                    return awaitQuietly(finish);
                }));
            }
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

            long start = System.nanoTime();
            mvc.perform(multipart("/api/v1/imports/target").file(file(good)).param("date", "2019-01-15")
                            .param("reference", "绍市考核办〔2019〕2号").with(user(reviewer)))
                    .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("服务器正在处理其他导入，请稍后再试"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited for a turn first")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(2900));
            mvc.perform(multipart("/api/v1/units/" + unit.id() + "/roster/import").file(file(roster)).with(user(reporter)))
                    .andExpect(status().isServiceUnavailable()).andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.detail").value("服务器正在处理其他导入，请稍后再试"));
            MvcResult page = mvc.perform(multipart("/facts/imports/target").file(file(good)).param("date", "2019-01-15")
                            .param("reference", "绍市考核办〔2019〕2号").with(user(reviewer)).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("problem", "服务器正在处理其他导入，请稍后再试")).andReturn();
            mvc.perform(get("/facts/imports").flashAttrs(page.getFlashMap()).with(user(reviewer))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("服务器正在处理其他导入，请稍后再试")));
            mvc.perform(multipart("/roster/" + unit.id() + "/import").file(file(roster)).with(user(reporter)).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("problem", "服务器正在处理其他导入，请稍后再试"));
            assertThat(facts.findByUnitIdAndYearIdOrderByIdAsc(a.id(), year.id())).isEmpty();
        } finally {
            finish.countDown();
            twoImports.shutdown();
            assertThat(twoImports.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        mvc.perform(multipart("/api/v1/imports/target").file(file(good)).param("date", "2019-01-15")
                        .param("reference", "绍市考核办〔2019〕2号").with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(1));
    }

    @Test
    void theApiDocumentationDescribesTheCommitteeEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/units/{unitId}/facts'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/{unitId}/facts/{kind}'].post.description",
                        Matchers.containsString("0.5 grid")))
                .andExpect(jsonPath("$.paths['/api/v1/facts/{kind}/{id}'].put.summary", Matchers.containsString("409")))
                .andExpect(jsonPath("$.paths['/api/v1/facts/{kind}/{id}/withdraw'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/facts/{kind}/{id}/history'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/facts/conduct'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/imports/{kind}'].post.description", Matchers.containsString("第 7 行")))
                .andExpect(jsonPath("$.paths['/api/v1/imports/{kind}/template'].get").exists())
                .andExpect(jsonPath("$.components.schemas.FactForm.properties.score.description").exists());
    }

    private Unit democraticUnit(String name) {
        Unit democratic = platform.unit(name);
        for (String check : List.of("democracy-1a", "democracy-1b", "democracy-1d", "democracy-2a", "democracy-2b")) {
            platform.approved(democratic, year, check, LocalDate.of(2018, 2, 1), "民主星材料 " + check);
        }
        platform.approved(democratic, year, "democracy-1c", LocalDate.of(2018, 3, 1), "先锋指数评价（上半年）");
        platform.approved(democratic, year, "democracy-1c", LocalDate.of(2018, 9, 1), "先锋指数评价（下半年）");
        platform.approved(democratic, year, "democracy-3b", LocalDate.of(2018, 4, 1), "廉政专题学习");
        platform.approved(democratic, year, "democracy-3c", LocalDate.of(2018, 5, 1), "警示教育");
        return democratic;
    }

    /** A unit that meets every 业绩优 condition but the 行风评议 ranking, with the given score. */
    private Unit performing(String name, String conduct) {
        Unit performing = platform.unit(name);
        Platform.signIn(platform.account(Role.REVIEWER));
        try {
            CurrentUser committee = (CurrentUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
            desk.enter(committee, performing.id(), null, FactKind.PERFORMANCE, Forms.performance("target", null, true));
            desk.enter(committee, performing.id(), null, FactKind.PERFORMANCE, Forms.performance("leadership", null, true));
            desk.enter(committee, performing.id(), null, FactKind.PERFORMANCE, Forms.performance("improved", null, true));
            desk.enter(committee, performing.id(), null, FactKind.PERFORMANCE, Forms.performance("conduct", conduct, null));
        } finally {
            Platform.signOut();
        }
        return performing;
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "结果.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
    }

    private MockHttpServletRequestBuilder json(HttpMethod method, String path, String body, CurrentUser who) {
        return request(method, path).contentType(MediaType.APPLICATION_JSON).content(body).with(user(who));
    }

    private org.springframework.test.web.servlet.RequestBuilder build(Case c) {
        CurrentUser who = switch (c.who()) {
            case REPORTER -> reporter;
            case LEADER -> leader;
            case REVIEWER -> reviewer;
        };
        String path = c.path().replace("{unit}", unit.id().toString()).replace("{fact}", baseline.id().toString());
        boolean page = !path.startsWith("/api/");
        if ("FILE".equals(c.body()) || "UNITS".equals(c.body())) {
            byte[] content = "UNITS".equals(c.body()) ? Xlsx.header("编码", "名称").row("NEW01", "新单位").bytes()
                    : Xlsx.header("单位编码", "是否优胜").row(unit.code(), "是").bytes();
            var builder = multipart(path).file(file(content)).param("date", "2019-01-15").param("reference", "文号")
                    .with(user(who));
            return page ? builder.with(csrf()) : builder;
        }
        MockHttpServletRequestBuilder builder = request(c.method(), path).with(user(who));
        if (c.body() != null && page) {
            builder.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(c.body()).with(csrf());
        } else if (c.body() != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(c.body());
        } else if (page) {
            builder.with(csrf());
        }
        return builder;
    }

    /** Changes audited: a refused request is audited too, as the denial it is, and changes nothing. */
    private long auditEvents() {
        return jdbc.queryForObject("select count(*) from audit_event where action <> 'access.denied'", Long.class);
    }
}

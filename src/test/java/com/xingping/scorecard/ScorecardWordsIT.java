package com.xingping.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.rubric.Element;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scorecard.LiveScores.Scored;
import com.xingping.scoring.Award;
import com.xingping.scoring.BonusFacts;
import com.xingping.scoring.FalseClaim;
import com.xingping.scoring.PerformanceFacts;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.YearResult;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * The live scorecard, the published unit sheet (the printed one) and the results table, rendered in
 * zh-CN for units with every kind of fact — false records beside true ones, parts, penalties, the
 * clamp, baseline and serious deductions, 加分 of every level and form, a 行风评议 veto, 视同先进 —
 * show no English code word in their visible text, and say what the notice says.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardWordsIT {
    /** Lower-case runs of three letters or more in the visible text: code words such as provincial, good, bonus-1. */
    private static final Pattern CODE = Pattern.compile("[a-z]{3,}");
    private static final Rubric RUBRIC = RubricLoader.bundled("shaoxing-2018");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @MockitoSpyBean
    LiveScores scores;

    Platform platform;
    AssessmentYear year;
    Account admin;
    List<Unit> units = new ArrayList<>();
    Unit everything;
    Unit deemed;
    List<LiveYear.Standing> scored;
    YearResult result;

    @BeforeAll
    void unitsWithEveryKindOfFact() {
        platform = new Platform(context);
        year = platform.year();
        admin = platform.account(Role.ADMIN);
        everything = platform.unit("市事实局");
        deemed = platform.unit("市满分馆");
        units.addAll(List.of(everything, deemed, platform.unit("市甲局"), platform.unit("市乙局"), platform.unit("市丙局")));
        List<UnitFacts> facts = List.of(everyKind(everything), full(deemed),
                plain(units.get(2), "95", "excellent"), plain(units.get(3), "90", "none"), plain(units.get(4), "88", null));
        List<LiveYear.Standing> standings = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            standings.add(new LiveYear.Standing(units.get(i), facts.get(i)));
        }
        scored = List.copyOf(standings);
        result = new ScoringEngine(RUBRIC).score(facts);
    }

    /** The year is scored from these units' facts (the spy is reset after each test). */
    @BeforeEach
    void scoreTheseUnits() {
        doAnswer(call -> {
            Scored real = (Scored) call.callRealMethod();
            return new Scored(real.generation(), scored, real.official(), result);
        }).when(scores).ofYear(any(), any());
    }

    private static UnitFacts everyKind(Unit unit) {
        return UnitFacts.builder(FactsAssembler.engineId(unit.id())).name(unit.name()).inTargetAssessment(true)
                .check("study-1a").falseClaim("study-1a", FalseClaim.checked())
                .falseClaim("study-1c", FalseClaim.checked())
                .count("norms-3a", 15).falsified("norms-3a", 2)
                .count("norms-1a", "party", 3).count("norms-1a", "mass", 2).falsified("norms-1a", "mass", 1)
                .count("study-3b", "first-half", 2)
                .count("study-2b", 12).penalty("study-2b", "criticized", 9)
                .penalty("study-3a", "unimplemented", 3).penalty("democracy-3a", "criticized", 1)
                .tier("innovation-2e", "active").falseClaim("innovation-2e", FalseClaim.level("standard"))
                .rate("innovation-3d", "0.45").falseClaim("innovation-3d", FalseClaim.measured(new BigDecimal("0.7")))
                .assessed("norms-1d", "5.5")
                .member(com.xingping.scoring.Role.LEADERSHIP, "42").member(com.xingping.scoring.Role.ORDINARY, "12")
                .baselineViolation("study-B1", "1").baselineViolation("study-B1", "2").baselineViolation("democracy-B2", "1")
                .seriousDeduction("3", "市纪委通报 2018-07")
                .performance(new PerformanceFacts(true, true, new BigDecimal("80"), false, false))
                .bonus(new BonusFacts(List.of(
                        new Award("机关党建品牌", "provincial", false, LocalDate.of(2018, 5, 2)),
                        new Award("机关党建品牌", "central", false, LocalDate.of(2018, 6, 1)),
                        new Award("红色驿站", "municipal", false, LocalDate.of(2018, 12, 20))),
                        List.of(new Award("智慧党建", "municipal", true, LocalDate.of(2018, 9, 10)),
                                new Award("党员之家", "national", false, LocalDate.of(2018, 4, 1)),
                                new Award("先锋在线", "provincial", true, LocalDate.of(2018, 7, 1))),
                        true, true, "good"))
                .build();
    }

    /** Full marks, outside the 目标责任制考核, unrated and judged by the committee: 双优 and 视同先进. */
    private static UnitFacts full(Unit unit) {
        UnitFacts.Builder facts = UnitFacts.builder(FactsAssembler.engineId(unit.id())).name(unit.name())
                .inTargetAssessment(false).performance(new PerformanceFacts(true, true, null, false, true));
        for (Element element : RUBRIC.elements()) {
            switch (element.kind()) {
                case CHECK -> facts.check(element.id());
                case COUNT -> {
                    if (element.hasParts()) {
                        element.parts().forEach(p -> facts.count(element.id(), p.id(), 5));
                    } else {
                        facts.count(element.id(), 20);
                    }
                }
                case ASSESS -> facts.assessed(element.id(), element.max());
                case TIER -> facts.tier(element.id(), "standard");
                case THRESHOLD -> facts.rate(element.id(), "1");
                case RATIO -> facts.member(com.xingping.scoring.Role.ORDINARY, "30");
                default -> { }
            }
        }
        return facts.build();
    }

    private static UnitFacts plain(Unit unit, String conduct, String inspection) {
        return UnitFacts.builder(FactsAssembler.engineId(unit.id())).name(unit.name()).inTargetAssessment(true)
                .check("study-1a").performance(new PerformanceFacts(true, true, new BigDecimal(conduct), false, false))
                .bonus(new BonusFacts(List.of(), List.of(), false, false, inspection)).build();
    }

    @Test
    void theLiveScorecardShowsNoCodeWordAndExplainsEveryNumber() {
        for (Unit unit : units) {
            assertThat(codeWords(page("/scorecards/{u}", unit.id()))).as(unit.name()).isEmpty();
        }
        String card = visible(page("/scorecards/{u}", everything.id()));

        assertThat(card).contains("受到省委发文表彰", "市级会议交流或刊物发表", "受到国家级发文表彰", "综合评价为良好",
                "加分合计", "认定弄虚作假：虚报已完成，所报 1 分不计分，按 2 倍倒扣 2 分",
                "审核通过 15 次，其中 2 次认定为弄虚作假、不计分", "未获学习星：", "违反底线标准，不论得分均不授星",
                "违反底线标准扣 3 分", "严重违纪违法扣 3 分", "位列末三位，一票否决", "排名第",
                "学习星违反底线标准且有弄虚作假记录，本年度不授星");
        assertThat(card).doesNotContain("已完成：1 分", "距学习星还差");
        assertThat(visible(page("/scorecards/{u}", deemed.id()))).contains("视同先进：");
    }

    @Test
    void thePublishedSheetAndTableShowNoCodeWordAndTheDeductionsByKind() {
        int version = publish();

        for (Unit unit : units) {
            assertThat(codeWords(page("/results/{v}/units/{u}", version, unit.id()))).as(unit.name()).isEmpty();
        }
        String sheet = visible(page("/results/{v}/units/{u}", version, everything.id()));
        assertThat(sheet).contains("底线扣分 3 · 扣分事项", "受到省委发文表彰", "“一季一督查”年度综合评价为良好",
                "位列末三位，一票否决", "排名第", "底线标准“无中央、省委、市委重要文件、会议、讲话精神未及时传达贯彻到位现象”：记录 2 次，本项扣一次，按最高 2 分计");
        String table = page("/results/{v}", version);
        assertThat(codeWords(table)).isEmpty();
        assertThat(table).contains("底线扣分", "扣分事项", "弄虚作假倒扣", "严重违纪扣分");
        Matcher row = Pattern.compile("<tr id=\"row-" + everything.id() + "\".*?</tr>", Pattern.DOTALL).matcher(table);
        assertThat(row.find()).isTrue();
        assertThat(row.group()).containsPattern("class=\"text-end deduction-baseline[^\"]*\"[^>]*>3<")
                .containsPattern("class=\"text-end deductions[^\"]*\"[^>]*>3<");
    }

    /** The code words of a page's visible text, less what the page may show: the account's name, "Excel", "Word". */
    private List<String> codeWords(String html) {
        List<String> words = new ArrayList<>();
        Matcher matcher = CODE.matcher(visible(html));
        while (matcher.find()) {
            if (!List.of("xcel", "ord").contains(matcher.group()) && !admin.username().contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    /** The text a reader sees: no head, scripts, styles, tags or attributes. */
    static String visible(String html) {
        String body = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(body).replaceAll("\\s+", " ");
    }

    private int publish() {
        MvcTestResult result = mvc.post().uri("/api/v1/results/publish")
                .with(httpBasic(admin.username(), Platform.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{}").exchange();
        assertThat(result).hasStatus(201);
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(body);
        assertThat(version.find()).isTrue();
        return Integer.parseInt(version.group(1));
    }

    private String page(String uri, Object... variables) {
        MvcTestResult result = mvc.get().uri(uri, variables).with(session(admin)).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor session(Account account) {
        RequestPostProcessor signedIn = user(Platform.user(account));
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }
}

package com.xingping.results;

import static com.xingping.results.ResultsJson.body;
import static com.xingping.results.ResultsJson.decimal;
import static com.xingping.results.ResultsJson.read;
import static com.xingping.results.ResultsJson.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.roster.MemberRole;
import com.xingping.roster.RosterMember;
import com.xingping.roster.RosterRows;
import com.xingping.scoring.cli.ScoreCommand;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

import tools.jackson.databind.JsonNode;

/**
 * Publishing a year freezes its results: the published output is exactly what the {@code score}
 * command gives for the frozen input document, later approvals change only the draft until a
 * re-publish, the old version stays readable and the diff names what moved.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedResultsIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    RosterRows roster;

    Platform platform;
    AssessmentYear year;
    Unit meetings;
    Unit positions;
    Account admin;
    Account leader;

    @BeforeAll
    void twoUnitsWithRecordsAndARoster() {
        roster = new RosterRows(context);
        platform = new Platform(context);
        year = platform.year();
        meetings = platform.unit("市审计局");
        positions = platform.unit("市统计局");
        admin = platform.account(Role.ADMIN);
        leader = platform.account(Role.LEADER);
        for (int month = 1; month <= 3; month++) {
            platform.approved(meetings, year, "norms-3a", LocalDate.of(2018, month, 5), "支部党员大会 " + month + " 月");
        }
        for (String check : List.of("democracy-1a", "democracy-1b", "democracy-1d", "democracy-2a", "democracy-2b")) {
            platform.approved(meetings, year, check, LocalDate.of(2018, 2, 1), "民主星材料 " + check);
        }
        platform.approved(meetings, year, "democracy-1c", LocalDate.of(2018, 3, 1), "先锋指数评价（上半年）");
        platform.approved(meetings, year, "democracy-1c", LocalDate.of(2018, 9, 1), "先锋指数评价（下半年）");
        platform.falsify(platform.approved(meetings, year, "study-1b", LocalDate.of(2018, 4, 1), "虚报的主题教育"));
        platform.submitted(meetings, year, "study-1c", LocalDate.of(2018, 1, 8), "待审核的学习计划");
        member(meetings, MemberRole.LEADERSHIP, "41");
        member(meetings, MemberRole.ORDINARY, "12.5");
        platform.approvedLevel(positions, year, "innovation-2e", LocalDate.of(2018, 5, 1), "standard");
        platform.approved(positions, year, "study-1a", LocalDate.of(2017, 12, 20), "主题教育方案");
    }

    @Test
    void thePublishedResultsAreWhatTheScoreCommandGivesForTheFrozenInput() {
        int version = publish(null);
        String input = body(api("/api/v1/results/{v}/input", version));
        JsonNode published = read(body(api("/api/v1/results/{v}", version)));

        JsonNode explained = read(score(input, "--explain", "-"));
        JsonNode plain = read(score(input, "-"));

        assertThat(published.get("rubric").asString()).isEqualTo("shaoxing-2018");
        assertThat(published.get("year").asInt()).isEqualTo(2018);
        assertThat(published.get("units")).hasSameSizeAs(explained.get("units"));
        for (JsonNode unit : published.get("units")) {
            String id = unit.get("id").asString();
            JsonNode byCommand = unit(explained, id);
            assertThat(fields(unit)).as("fields of unit %s", id).containsExactlyElementsOf(fields(byCommand));
            for (String field : fields(unit)) {
                assertThat(unit.get(field)).as("unit %s: %s", id, field).isEqualTo(byCommand.get(field));
            }
            JsonNode unexplained = unit(plain, id);
            for (String field : fields(unexplained)) {
                assertThat(unit.get(field)).as("unit %s: %s without --explain", id, field)
                        .isEqualTo(unexplained.get(field));
            }
        }
        assertThat(published).isEqualTo(explained);
        JsonNode mine = unit(published, meetings.id());
        assertThat(decimal(mine.get("elements"), "norms-3a")).isEqualByComparingTo("1.2");
        assertThat(decimal(mine.get("elements"), "study-1b")).as("one false occurrence: its 1 point deducted twice")
                .isEqualByComparingTo("-2");
        assertThat(mine.get("stars").get("democracy").get("awarded").asBoolean()).isTrue();
        JsonNode facts = unit(read(input), meetings.id());
        assertThat(facts.get("counts").get("norms-3a").asInt()).isEqualTo(3);
        assertThat(facts.get("falsified").get("study-1b").asInt()).isEqualTo(1);
        assertThat(facts.get("roster")).hasSize(2);
        assertThat(facts.get("checks").has("study-1c")).as("a record awaiting review is not a fact").isFalse();
        assertThat(unit(read(input), positions.id()).get("tiers").get("innovation-2e").asString()).isEqualTo("standard");
    }

    @Test
    void aPublishedVersionStaysFrozenUntilRepublishedAndTheDiffShowsWhatMoved() {
        int first = publish(null);
        String frozen = body(api("/api/v1/results/{v}", first));
        BigDecimal before = decimal(unit(read(frozen), meetings.id()), "total");

        ActivityRecord fourth = platform.approved(meetings, year, "norms-3a", LocalDate.of(2018, 4, 5), "支部委员会 4 月");

        assertThat(body(api("/api/v1/results/{v}", first))).as("the published document").isEqualTo(frozen);
        assertThat(page("/results/{v}/units/{u}", first, meetings.id())).containsPattern("id=\"value-norms-3a\"[^>]*>1.2<");
        JsonNode draft = read(body(api("/api/v1/results/draft", 0)));
        assertThat(decimal(unit(draft, meetings.id()), "total").subtract(before)).isEqualByComparingTo("0.4");

        int second = publish(first);

        assertThat(second).isEqualTo(first + 1);
        assertThat(body(api("/api/v1/results/{v}", first))).as("the old version after the re-publish").isEqualTo(frozen);
        assertThat(decimal(unit(read(body(api("/api/v1/results/{v}", second))), meetings.id()), "total")
                .subtract(before)).isEqualByComparingTo("0.4");
        JsonNode diff = read(body(mvc.get().uri("/api/v1/results/{v}/diff?against={a}", second, first)
                .with(basic(leader)).exchange()));
        JsonNode moved = null;
        for (JsonNode change : diff.get("changes").get("units")) {
            if (change.get("unitId").asString().equals(String.valueOf(meetings.id()))) {
                moved = change;
            }
        }
        assertThat(moved).as("the unit whose record was approved").isNotNull();
        assertThat(decimal(moved, "totalAfter").subtract(decimal(moved, "totalBefore"))).isEqualByComparingTo("0.4");
        assertThat(moved.get("elements")).hasSize(1);
        assertThat(moved.get("elements").get(0).get("id").asString()).isEqualTo("norms-3a");
        assertThat(decimal(moved.get("elements").get(0), "before")).isEqualByComparingTo("1.2");
        assertThat(decimal(moved.get("elements").get(0), "after")).isEqualByComparingTo("1.6");
        assertThat(page("/results/{v}/diff?against={a}", second, first)).contains("市审计局", "+0.4", "norms-3a");
        assertThat(page("/results/{v}/units/{u}", second, meetings.id())).contains(fourth.title());
        assertThat(page("/results/{v}/units/{u}", first, meetings.id())).doesNotContain(fourth.title());
    }

    @Test
    void publishingOverAVersionSomeoneElsePublishedIsAConflict() {
        int first = publish(null);
        publish(first);

        MvcTestResult stale = mvc.post().uri("/api/v1/results/publish").with(basic(admin))
                .contentType(MediaType.APPLICATION_JSON).content("{\"expectedLatest\":" + first + "}").exchange();

        assertThat(stale).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(body(api("/api/v1/results", 0))).get("latest").asInt()).isEqualTo(first + 1);
    }

    @Test
    void theExportsReadBackWithTheResultsNumbers() throws Exception {
        int version = publish(null);
        JsonNode published = read(body(api("/api/v1/results/{v}", version)));
        List<JsonNode> units = new ArrayList<>();
        published.get("units").forEach(units::add);
        units.sort(Comparator.comparingInt((JsonNode u) -> u.get("rank").asInt()).thenComparing(u -> u.get("name").asString()));

        MvcTestResult export = mvc.get().uri("/results/{v}/export.xlsx", version).with(session(leader)).exchange();

        assertThat(export).hasStatusOk().hasContentType(com.xingping.sheet.SheetDownload.XLSX);
        assertThat(export.getResponse().getHeader("Content-Disposition")).contains("attachment",
                "filename*=UTF-8''2018");
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            var sheet = book.getSheet("年度结果");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("排名");
            assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("底线扣分");
            assertThat(sheet.getRow(1).getCell(15).getStringCellValue()).isEqualTo("总分");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(sheet.getLastRowNum()).as("title, header, one row per unit, average, count")
                    .isEqualTo(1 + units.size() + 2);
            for (int i = 0; i < units.size(); i++) {
                var row = sheet.getRow(2 + i);
                JsonNode unit = units.get(i);
                assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(unit.get("rank").asInt());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(unit.get("name").asString());
                assertThat(BigDecimal.valueOf(row.getCell(15).getNumericCellValue()))
                        .isEqualByComparingTo(decimal(unit, "total"));
                assertThat(BigDecimal.valueOf(row.getCell(13).getNumericCellValue()))
                        .isEqualByComparingTo(decimal(unit.get("deductions"), "falsification"));
                assertThat(BigDecimal.valueOf(row.getCell(9).getNumericCellValue()))
                        .isEqualByComparingTo(decimal(unit, "partyScore"));
            }
            assertThat(sheet.getRow(2 + units.size()).getCell(0).getStringCellValue()).isEqualTo("平均分");
        }

        MvcTestResult unitExport = mvc.get().uri("/results/{v}/units/{u}/export.xlsx", version, meetings.id())
                .with(session(leader)).exchange();
        assertThat(unitExport).hasStatusOk();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new ByteArrayInputStream(unitExport.getResponse().getContentAsByteArray()))) {
            var sheet = book.getSheet("得分明细");
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(2) != null && "norms-3a".equals(row.getCell(2).getStringCellValue())) {
                    assertThat(BigDecimal.valueOf(row.getCell(5).getNumericCellValue())).isEqualByComparingTo(
                            decimal(unit(published, meetings.id()).get("elements"), "norms-3a"));
                    assertThat(row.getCell(8).getStringCellValue()).contains("支部党员大会 1 月");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        assertThat(mvc.get().uri("/results/draft/export.xlsx").with(session(leader))).hasStatusOk();
    }

    @Test
    void thePagesShowTheDraftTheVersionsTheUnitSheetAndTheDashboard() {
        String progressId = "publish-" + System.nanoTime();
        MvcTestResult posted = mvc.post().uri("/results/publish").param("progressId", progressId).param("note", "年终发布")
                .with(session(admin)).exchange();
        assertThat(posted).hasStatus3xxRedirection();
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).matches("/results/\\d+\\?yearId=\\d+");
        int version = Integer.parseInt(location.replaceAll("/results/(\\d+)\\?.*", "$1"));

        assertThat(mvc.get().uri("/results/progress/{id}", progressId).with(session(admin))).hasStatusOk().bodyText()
                .contains("100%", "已发布第 " + version + " 版", "data-state=\"DONE\"").doesNotContain("hx-get");
        assertThat(page("/results")).contains("最新发布：第 " + version + " 版", "id=\"publish-form\"", "重新发布为第",
                "草稿与最新发布的版本相同", "data-ranking");
        assertThat(mvc.get().uri("/results").with(session(leader))).hasStatusOk().bodyText()
                .doesNotContain("id=\"publish-form\"");
        String edition = page("/results/{v}", version);
        assertThat(edition).contains("第 " + version + " 版（已发布，冻结）", "年终发布", "市审计局", "id=\"data-ranking\"",
                "id=\"data-distribution\"", "export.xlsx");
        String sheet = page("/results/{v}/units/{u}", version, meetings.id());
        assertThat(sheet).contains("发布时冻结的内容", "“三会一课”（4分，每次0.4分）", "审核通过 3 次 × 0.4 分 = 1.2 分",
                "支部党员大会 1 月", "虚报的主题教育", "弄虚作假", "id=\"data-radar\"", "id=\"data-activity\"",
                "全市中位数", "未达获星线", "无行风评议末三位的情形（一票否决）");
        assertThat(mvc.get().uri("/dashboard").with(session(leader))).hasStatusOk().bodyText()
                .contains("进度落后的单位", "待审核记录", "市审计局", "按获星数", "双优单位", "data-distribution");
        // the publication's note is the committee's: a unit's reporter reads the sheet without it
        assertThat(mvc.get().uri("/results/{v}/units/{u}", version, meetings.id())
                .with(session(platform.reporter(meetings)))).hasStatusOk().bodyText()
                .contains("发布时冻结的内容").doesNotContain("年终发布");
    }

    @Test
    void theResultsTableIsShownAPageAtATimeWhileTheExportHoldsEveryUnit() {
        String first = page("/results/draft?size=1");
        String second = page("/results/draft?size=1&page=2");

        assertThat(first).contains("第 1 / ", "page=2&amp;size=1");
        assertThat(rows(first)).hasSize(1);
        assertThat(rows(second)).hasSize(1).doesNotContainAnyElementsOf(rows(first));
        assertThat(page("/results?size=1")).contains("第 1 / ");
        assertThat(rows(page("/results?size=1"))).hasSize(1);
    }

    private static List<String> rows(String page) {
        return java.util.regex.Pattern.compile("<tr id=\"row-(\\d+)\"").matcher(page).results().map(m -> m.group(1)).toList();
    }

    @Test
    void aYearWhoseFactsTheReaderRefusesSaysWhyInsteadOfScoring() {
        AssessmentYear mismatched = platform.closedYear();

        MvcTestResult page = mvc.get().uri("/results?yearId={y}", mismatched.id()).with(session(leader)).exchange();
        MvcTestResult api = mvc.get().uri("/api/v1/results/draft?yearId={y}", mismatched.id()).with(basic(leader))
                .exchange();

        assertThat(page).hasStatus(400).bodyText().contains("不能计分", "2017 is not the year of rubric shaoxing-2018");
        assertThat(api).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/v1/results/publish").with(basic(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"yearId\":" + mismatched.id() + "}")).hasStatus(400);
    }

    private int publish(Integer expectedLatest) {
        MvcTestResult result = mvc.post().uri("/api/v1/results/publish").with(basic(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(expectedLatest == null ? "{}" : "{\"expectedLatest\":" + expectedLatest + "}").exchange();
        assertThat(result).hasStatus(201);
        return read(body(result)).get("version").asInt();
    }

    private MvcTestResult api(String uri, int version) {
        return mvc.get().uri(uri, version).with(basic(leader)).exchange();
    }

    private String page(String uri, Object... variables) {
        MvcTestResult result = mvc.get().uri(uri, variables).with(session(admin)).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private static String score(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ScoreCommand.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> fields(JsonNode unit) {
        List<String> names = new ArrayList<>();
        unit.propertyNames().forEach(names::add);
        return names;
    }

    private void member(Unit unit, MemberRole role, String hours) {
        roster.save(new RosterMember(null, unit.id(), year.id(), "党员" + hours, role, new BigDecimal(hours), null));
    }

    private static RequestPostProcessor basic(Account account) {
        return httpBasic(account.username(), Platform.PASSWORD);
    }

    private static RequestPostProcessor session(Account account) {
        RequestPostProcessor signedIn = user(Platform.user(account));
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }
}

package com.xingping.scorecard;

import static com.xingping.scorecard.ScorecardJson.decimal;
import static com.xingping.scorecard.ScorecardJson.pageRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.roster.MemberRole;
import com.xingping.roster.RosterMember;
import com.xingping.roster.RosterRows;
import com.xingping.rubric.RubricLoader;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.StarResult;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.YearResult;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

import tools.jackson.databind.JsonNode;

/**
 * The committee's overview lists every active unit (and no other) with the engine's own totals,
 * ranks and stars for the same facts, written out by hand here. A database of its own (the extra
 * property gives this class its own Spring context), so the units here are all there are.
 */
@SpringBootTest(properties = "xingping.test.database=scorecard-overview")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardOverviewIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    RosterRows roster;

    Unit strong;
    Unit middling;
    Unit empty;
    Unit deactivated;
    Account leader;
    Account admin;
    YearResult expected;

    @BeforeAll
    void threeActiveUnitsAndOneDeactivated() {
        roster = new RosterRows(context);
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        strong = platform.unit("市发改委");
        middling = platform.unit("市住建局");
        empty = platform.unit("市档案馆");
        deactivated = platform.unit("已撤并的局");
        leader = platform.account(Role.LEADER);
        admin = platform.account(Role.ADMIN);

        for (String check : List.of("democracy-1a", "democracy-1b", "democracy-1d", "democracy-2a", "democracy-2b")) {
            platform.approved(strong, year, check, LocalDate.of(2018, 2, 1), check);
        }
        platform.approved(strong, year, "democracy-1c", LocalDate.of(2018, 3, 1), "先锋指数评价（上半年）");
        platform.approved(strong, year, "democracy-1c", LocalDate.of(2018, 9, 1), "先锋指数评价（下半年）");
        for (int month = 1; month <= 4; month++) {
            platform.approved(strong, year, "norms-3a", LocalDate.of(2018, month, 10), "三会一课 " + month);
        }
        platform.falsify(platform.approved(strong, year, "norms-3a", LocalDate.of(2018, 5, 10), "虚报"));
        platform.approved(strong, year, "norms-3a", LocalDate.of(2018, 12, 20), "考核期后");
        platform.submitted(strong, year, "norms-3a", LocalDate.of(2018, 6, 10), "待审核");
        platform.submitted(strong, year, "study-1a", LocalDate.of(2018, 6, 10), "待审核方案");
        member(strong, year, MemberRole.LEADERSHIP, "41");
        member(strong, year, MemberRole.ORDINARY, "24");
        member(strong, year, MemberRole.ORDINARY, "26");
        member(strong, year, MemberRole.ORDINARY, "12");

        platform.approved(middling, year, "study-1a", LocalDate.of(2018, 1, 20), "主题教育方案");
        platform.approvedLevel(middling, year, "innovation-2e", LocalDate.of(2018, 4, 1), "active");

        platform.approved(deactivated, year, "norms-3a", LocalDate.of(2018, 2, 10), "停用单位的会议");
        platform.deactivated(deactivated);

        expected = new ScoringEngine(RubricLoader.bundled("shaoxing-2018")).score(List.of(
                facts(strong).check("democracy-1a").check("democracy-1b").check("democracy-1d").check("democracy-2a")
                        .check("democracy-2b").count("democracy-1c", 2).count("norms-3a", 5).falsified("norms-3a", 1)
                        .member(com.xingping.scoring.Role.LEADERSHIP, "41").member(com.xingping.scoring.Role.ORDINARY, "24")
                        .member(com.xingping.scoring.Role.ORDINARY, "26").member(com.xingping.scoring.Role.ORDINARY, "12")
                        .build(),
                facts(middling).check("study-1a").tier("innovation-2e", "active").build(),
                facts(empty).build()));
    }

    @Test
    void listsEveryActiveUnitWithTheEnginesTotalsRanksAndStars() {
        MvcTestResult result = mvc.get().uri("/api/v1/scorecards").with(httpBasic(leader.username(), Platform.PASSWORD))
                .exchange();
        assertThat(result).hasStatusOk();
        JsonNode units = ScorecardJson.read(ScorecardJson.body(result)).get("units");
        assertThat(units.get("total").asInt()).isEqualTo(3);
        JsonNode rows = units.get("items");

        List<Long> listed = new ArrayList<>();
        for (JsonNode row : rows) {
            listed.add(row.get("unitId").asLong());
            UnitResult engine = expected.unit(String.valueOf(row.get("unitId").asLong())).orElseThrow();
            assertThat(decimal(row, "total")).isEqualByComparingTo(engine.total());
            assertThat(decimal(row, "partyScore")).isEqualByComparingTo(engine.partyScore());
            assertThat(row.get("rank").asInt()).isEqualTo(engine.rank());
            assertThat(row.get("starCount").asInt()).isEqualTo(engine.starCount());
            for (int i = 0; i < engine.stars().size(); i++) {
                StarResult star = engine.stars().get(i);
                assertThat(row.get("stars").get(i).get("id").asString()).isEqualTo(star.star().id());
                assertThat(decimal(row.get("stars").get(i), "score")).isEqualByComparingTo(star.score());
                assertThat(row.get("stars").get(i).get("awarded").asBoolean()).isEqualTo(star.awarded());
            }
        }
        assertThat(listed).containsExactlyInAnyOrder(strong.id(), middling.id(), empty.id());
        assertThat(rows.get(0).get("unitId").asLong()).isEqualTo(strong.id());
        assertThat(rows.get(0).get("awaitingReview").asLong()).isEqualTo(2);
        assertThat(expected.unit(String.valueOf(strong.id())).orElseThrow().star("democracy").orElseThrow().awarded())
                .isTrue();
    }

    @Test
    void theOverviewIsPagedBestFirst() {
        JsonNode second = ScorecardJson.read(ScorecardJson.body(mvc.get().uri("/api/v1/scorecards?size=1&page=2")
                .with(httpBasic(leader.username(), Platform.PASSWORD)).exchange())).get("units");

        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("unitId").asLong()).isEqualTo(middling.id());
        assertThat(mvc.get().uri("/scorecards?size=1").with(user(Platform.user(admin)))).hasStatusOk().bodyText()
                .contains("第 1 / 3 页", "id=\"unit-" + strong.id() + "\"").doesNotContain("id=\"unit-" + middling.id() + "\"");
    }

    @Test
    void theOverviewPageShowsEachUnitWithItsStarsAndTotal() {
        MvcTestResult result = mvc.get().uri("/scorecards").with(user(Platform.user(admin))).exchange();
        String html = ScorecardJson.body(result);

        assertThat(result).hasStatusOk();
        assertThat(html).contains("市发改委", "市住建局", "市档案馆").doesNotContain("已撤并的局");
        String strongRow = pageRow(html, "unit-" + strong.id());
        UnitResult engine = expected.unit(String.valueOf(strong.id())).orElseThrow();
        assertThat(strongRow).contains("data-star=\"democracy\"", "★", engine.total().stripTrailingZeros().toPlainString());
        assertThat(pageRow(html, "unit-" + empty.id())).doesNotContain("★");
    }

    @Test
    void aDeactivatedUnitsCardIsStillShownToTheCommittee() {
        MvcTestResult result = mvc.get().uri("/api/v1/units/{u}/scorecard", deactivated.id())
                .with(httpBasic(leader.username(), Platform.PASSWORD)).exchange();

        assertThat(result).hasStatusOk();
        JsonNode card = ScorecardJson.read(ScorecardJson.body(result));
        assertThat(card.get("unitActive").asBoolean()).isFalse();
        assertThat(decimal(ScorecardJson.element(card, "norms-3a"), "value")).isEqualByComparingTo(new BigDecimal("0.4"));
    }

    private void member(Unit unit, AssessmentYear year, MemberRole role, String hours) {
        roster.save(new RosterMember(null, unit.id(), year.id(), "党员", role, new BigDecimal(hours), null));
    }

    private static UnitFacts.Builder facts(Unit unit) {
        return UnitFacts.builder(String.valueOf(unit.id())).name(unit.name()).inTargetAssessment(unit.inTargetAssessment())
                .committeeOwn(unit.committeeOwn());
    }
}

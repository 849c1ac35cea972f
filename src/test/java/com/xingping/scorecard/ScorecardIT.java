package com.xingping.scorecard;

import static com.xingping.scorecard.ScorecardJson.decimal;
import static com.xingping.scorecard.ScorecardJson.element;
import static com.xingping.scorecard.ScorecardJson.pageText;
import static com.xingping.scorecard.ScorecardJson.star;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.roster.MemberRole;
import com.xingping.roster.RosterMember;
import com.xingping.roster.RosterRows;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

import tools.jackson.databind.JsonNode;

/** A unit's live scorecard follows its approved records and roster, through the API and the page. */
@SpringBootTest
@AutoConfigureMockMvc
class ScorecardIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    RosterRows roster;

    Platform platform;
    AssessmentYear year;
    Unit unit;
    Account reporter;

    @BeforeEach
    void aUnitWithThreeApprovedMeetings() {
        roster = new RosterRows(context);
        platform = new Platform(context);
        year = platform.year();
        unit = platform.unit("市民政局");
        reporter = platform.reporter(unit);
        for (int month = 1; month <= 3; month++) {
            platform.approved(unit, year, "norms-3a", LocalDate.of(2018, month, 5), "支部党员大会 " + month + " 月");
        }
    }

    @Test
    void approvingOneMoreMeetingMovesNorms3aByPointFourOnTheApiAndThePage() {
        JsonNode before = card();
        assertThat(decimal(element(before, "norms-3a"), "value")).isEqualByComparingTo("1.2");
        assertThat(pageText(page(), "value-norms-3a")).isEqualTo("1.2");

        ActivityRecord pending = platform.submitted(unit, year, "norms-3a", LocalDate.of(2018, 4, 5), "支部委员会");
        JsonNode submitted = card();
        assertThat(decimal(element(submitted, "norms-3a"), "value")).isEqualByComparingTo("1.2");
        assertThat(submitted.get("awaitingReview").asLong()).isEqualTo(1);

        platform.approve(pending);
        JsonNode after = card();
        String page = page();

        assertThat(decimal(element(after, "norms-3a"), "value").subtract(decimal(element(before, "norms-3a"), "value")))
                .isEqualTo(new BigDecimal("0.4"));
        assertThat(decimal(star(after, "norms"), "score").subtract(decimal(star(before, "norms"), "score")))
                .isEqualTo(new BigDecimal("0.4"));
        assertThat(decimal(after, "total").subtract(decimal(before, "total"))).isEqualTo(new BigDecimal("0.4"));
        assertThat(element(after, "norms-3a").get("hint").asString()).isEqualTo("再有 6 次“三会一课”可达上限 4 分");
        assertThat(pageText(page, "value-norms-3a")).isEqualTo("1.6");
        assertThat(page).contains("再有 6 次“三会一课”可达上限 4 分", "支部委员会");
    }

    @Test
    void answersIdsExactDecimalsExplanationsAndTheRecordsBehindEachElement() {
        ActivityRecord plan = platform.approved(unit, year, "study-1c", LocalDate.of(2018, 1, 8), "2018 年学习计划");

        MvcTestResult result = mvc.get().uri("/api/v1/units/{u}/scorecard", unit.id()).with(api()).exchange();
        String json = ScorecardJson.body(result);
        JsonNode card = ScorecardJson.read(json);

        assertThat(result).hasStatusOk();
        assertThat(card.get("unitId").asLong()).isEqualTo(unit.id());
        assertThat(card.get("yearId").asLong()).isEqualTo(year.id());
        assertThat(card.get("rubricId").asString()).isEqualTo("shaoxing-2018");
        assertThat(json).contains("\"value\":1.2,").doesNotContain("E+", "1.20", "0.30000");
        JsonNode studyPlan = element(card, "study-1c");
        assertThat(studyPlan.get("records").get(0).get("id").asLong()).isEqualTo(plan.id());
        assertThat(studyPlan.get("records").get(0).get("title").asString()).isEqualTo("2018 年学习计划");
        assertThat(studyPlan.get("records").get(0).get("use").asString()).isEqualTo("COUNTED");
        assertThat(element(card, "norms-3a").get("records")).hasSize(3);
        assertThat(element(card, "norms-3a").get("explanation").get(1).asString()).isEqualTo("审核通过 3 次 × 0.4 分 = 1.2 分");
        assertThat(element(card, "study-2c").get("explanation").get(1).asString()).isEqualTo("未提交党员名册：0 分");
        assertThat(element(card, "study-2c").get("hint").asString()).startsWith("提交党员名册后");
        assertThat(star(card, "study").get("hint").asString()).isEqualTo("距学习星还差 13 分");
        assertThat(decimal(star(card, "study"), "toThreshold")).isEqualByComparingTo("13");
    }

    @Test
    void aRecordFoundFalseIsMarkedAndCharged() {
        ActivityRecord meeting = platform.approved(unit, year, "norms-3a", LocalDate.of(2018, 5, 5), "虚报的会议");
        platform.falsify(meeting);

        JsonNode card = card();
        JsonNode norms3a = element(card, "norms-3a");

        // three true meetings 1.2, the false one's 0.4 deducted twice
        assertThat(decimal(norms3a, "value")).isEqualByComparingTo("0.4");
        assertThat(norms3a.get("falsified").asInt()).isEqualTo(1);
        assertThat(norms3a.get("records")).anySatisfy(r -> {
            assertThat(r.get("title").asString()).isEqualTo("虚报的会议");
            assertThat(r.get("falsified").asBoolean()).isTrue();
        });
        assertThat(norms3a.get("explanation").toString()).contains("审核通过 4 次，其中 1 次认定为弄虚作假、不计分",
                "认定弄虚作假 1 次，所报 0.4 分不计分，按 2 倍倒扣 0.8 分");
        assertThat(star(card, "norms").get("withheld").toString()).contains("FALSIFIED");
        assertThat(page()).contains("虚报的会议", "弄虚作假");
    }

    @Test
    void theRosterFeedsStudy2c() {
        member(MemberRole.LEADERSHIP, "40");
        member(MemberRole.LEADERSHIP, "38");
        member(MemberRole.ORDINARY, "24");
        member(MemberRole.ORDINARY, "30.5");

        JsonNode study2c = element(card(), "study-2c");

        assertThat(decimal(study2c, "value")).isEqualByComparingTo("3");
        assertThat(study2c.get("hint").asString())
                .isEqualTo("还有 1 名党员未达到规定学时（班子成员 40 学时、普通党员 24 学时），全部达标可得 4 分");
    }

    @Test
    void theCommitteeAndLeadersSeeTheSameCardAtScorecardsSlashId() {
        Account leader = platform.account(Role.LEADER);

        MvcTestResult page = mvc.get().uri("/scorecards/{u}", unit.id()).with(user(Platform.user(leader))).exchange();

        assertThat(page).hasStatusOk();
        assertThat(pageText(ScorecardJson.body(page), "value-norms-3a")).isEqualTo("1.2");
        assertThat(mvc.get().uri("/scorecard").with(user(Platform.user(leader)))).hasStatus3xxRedirection()
                .hasRedirectedUrl("/scorecards");
    }

    private void member(MemberRole role, String hours) {
        roster.save(new RosterMember(null, unit.id(), year.id(), "党员", role, new BigDecimal(hours), null));
    }

    private JsonNode card() {
        MvcTestResult result = mvc.get().uri("/api/v1/units/{u}/scorecard", unit.id()).with(api()).exchange();
        assertThat(result).hasStatusOk();
        return ScorecardJson.read(ScorecardJson.body(result));
    }

    private String page() {
        MvcTestResult result = mvc.get().uri("/scorecard").with(user(Platform.user(reporter))).exchange();
        assertThat(result).hasStatusOk();
        return ScorecardJson.body(result);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor api() {
        return httpBasic(reporter.username(), Platform.PASSWORD);
    }
}

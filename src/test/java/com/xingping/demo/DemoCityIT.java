package com.xingping.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import com.xingping.facts.CommitteeFact;
import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.RecordState;
import com.xingping.roster.RosterMember;
import com.xingping.unit.Unit;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-city;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "xingping.admin-password=Xingping-Demo1"})
@ActiveProfiles("demo")
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class DemoCityIT {
    /** The tables read straight: each is its module's own, so no repository of theirs is reachable from here. */
    @Autowired
    JdbcAggregateOperations tables;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

    @Test
    void seedsADozenDepartmentsWithAReporterEachAndEveryRole() {
        assertThat(tables.count(Unit.class)).isEqualTo(DemoCity.DEPARTMENTS.size());
        Map<Role, Long> byRole = tables.findAll(Account.class).stream()
                .collect(Collectors.groupingBy(Account::role, Collectors.counting()));
        assertThat(byRole).containsEntry(Role.ADMIN, 1L).containsEntry(Role.REVIEWER, 1L).containsEntry(Role.LEADER, 1L)
                .containsEntry(Role.REPORTER, (long) DemoCity.DEPARTMENTS.size());
        assertThat(tables.findAll(Account.class)).allSatisfy(account ->
                assertThat(encoder.matches(DemoCity.PASSWORD, account.passwordHash())).as(account.username()).isTrue());
        assertThat(tables.count(RosterMember.class)).isGreaterThan(DemoCity.DEPARTMENTS.size() * 8L);
    }

    @Test
    void seedsRecordsInEveryState() {
        Map<RecordState, Long> byState = tables.findAll(ActivityRecord.class).stream()
                .collect(Collectors.groupingBy(ActivityRecord::state, Collectors.counting()));

        assertThat(byState.keySet()).containsExactlyInAnyOrderElementsOf(Arrays.asList(RecordState.values()));
        assertThat(tables.findAll(ActivityRecord.class)).anyMatch(ActivityRecord::falsified);
        assertThat(tables.findAll(ActivityRecord.class).stream().map(ActivityRecord::unitId).distinct().count())
                .isEqualTo(DemoCity.DEPARTMENTS.size());
        assertThat(tables.findAll(ActivityRecord.class)).filteredOn(r -> r.state() == RecordState.RETURNED)
                .allSatisfy(r -> assertThat(r.reviewReason()).isNotBlank());
        assertThat(tables.count(ActivityRecord.class)).isGreaterThan(200L);
    }

    @Test
    void theCommitteesDecemberFactsReachTheLiveScorecards() {
        assertThat(tables.count(CommitteeFact.class)).isGreaterThanOrEqualTo(DemoCity.DEPARTMENTS.size() * 5L);

        var overview = mvc.get().uri("/api/v1/scorecards")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("lingdao", DemoCity.PASSWORD)).exchange();

        assertThat(overview).hasStatusOk();
        assertThat(overview).bodyJson().extractingPath("$.units.total").isEqualTo(DemoCity.DEPARTMENTS.size());
        assertThat(overview).bodyJson().extractingPath("$.units.items.length()").isEqualTo(DemoCity.DEPARTMENTS.size());
        assertThat(overview).bodyJson().extractingPath("$.units.items[*].bonus").asArray()
                .anySatisfy(bonus -> assertThat(new java.math.BigDecimal(bonus.toString())).isPositive());
    }

    @Test
    void modelDepartmentsReachFiveStarsAndDoubleExcellence() {
        var draft = mvc.get().uri("/api/v1/results/draft")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("lingdao", DemoCity.PASSWORD)).exchange();

        assertThat(draft).hasStatusOk();
        assertThat(draft).bodyJson().extractingPath("$.units[?(@.starCount == 5)].id").asArray()
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(draft).bodyJson().extractingPath("$.units[?(@.doubleExcellent == true)].advanced").asArray()
                .contains("advanced", "deemedAdvanced");
    }

    @Test
    void theCommitteeSeesTheDemoPhotosAndParticipantsFlagged() throws Exception {
        Long yearId = tables.findAll(com.xingping.year.AssessmentYear.class).get(0).id();
        java.util.Set<String> kinds = java.util.Set.of();
        for (int tries = 0; tries < 60 && kinds.size() < 4; tries++) {
            var page = mvc.get().uri("/api/v1/years/{id}/signals?size=200", yearId)
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .httpBasic("shenhe", DemoCity.PASSWORD)).exchange();
            assertThat(page).hasStatusOk();
            kinds = new java.util.HashSet<>(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(
                    page.getResponse().getContentAsString(), "$.items[*].kind"));
            Thread.sleep(kinds.size() < 4 ? 500 : 0);
        }

        assertThat(kinds).as("the background catch-up flags every kind the demo seeds")
                .containsExactlyInAnyOrder("SAME_FILE", "SIMILAR_PHOTO", "CAPTURE_DATE", "REUSED_PARTICIPANTS");
    }
}

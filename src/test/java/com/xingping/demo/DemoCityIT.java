package com.xingping.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import com.xingping.facts.CommitteeFacts;
import com.xingping.identity.Account;
import com.xingping.identity.Accounts;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.RecordState;
import com.xingping.reporting.Records;
import com.xingping.roster.Roster;
import com.xingping.unit.Units;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-city;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "xingping.admin-password=xingping-demo"})
@ActiveProfiles("demo")
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class DemoCityIT {
    @Autowired
    Units units;
    @Autowired
    Accounts accounts;
    @Autowired
    Records records;
    @Autowired
    Roster roster;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CommitteeFacts committeeFacts;
    @Autowired
    org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

    @Test
    void seedsADozenDepartmentsWithAReporterEachAndEveryRole() {
        assertThat(units.count()).isEqualTo(DemoCity.DEPARTMENTS.size());
        Map<Role, Long> byRole = accounts.findAll().stream()
                .collect(Collectors.groupingBy(Account::role, Collectors.counting()));
        assertThat(byRole).containsEntry(Role.ADMIN, 1L).containsEntry(Role.REVIEWER, 1L).containsEntry(Role.LEADER, 1L)
                .containsEntry(Role.REPORTER, (long) DemoCity.DEPARTMENTS.size());
        assertThat(accounts.findAll()).allSatisfy(account ->
                assertThat(encoder.matches(DemoCity.PASSWORD, account.passwordHash())).as(account.username()).isTrue());
        assertThat(roster.count()).isGreaterThan(DemoCity.DEPARTMENTS.size() * 8L);
    }

    @Test
    void seedsRecordsInEveryState() {
        Map<RecordState, Long> byState = records.findAll().stream()
                .collect(Collectors.groupingBy(ActivityRecord::state, Collectors.counting()));

        assertThat(byState.keySet()).containsExactlyInAnyOrderElementsOf(Arrays.asList(RecordState.values()));
        assertThat(records.findAll()).anyMatch(ActivityRecord::falsified);
        assertThat(records.findAll().stream().map(ActivityRecord::unitId).distinct().count())
                .isEqualTo(DemoCity.DEPARTMENTS.size());
        assertThat(records.findAll()).filteredOn(r -> r.state() == RecordState.RETURNED)
                .allSatisfy(r -> assertThat(r.reviewReason()).isNotBlank());
        assertThat(records.count()).isGreaterThan(200L);
    }

    @Test
    void theCommitteesDecemberFactsReachTheLiveScorecards() {
        assertThat(committeeFacts.count()).isGreaterThanOrEqualTo(DemoCity.DEPARTMENTS.size() * 5L);

        var overview = mvc.get().uri("/api/v1/scorecards")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("lingdao", DemoCity.PASSWORD)).exchange();

        assertThat(overview).hasStatusOk();
        assertThat(overview).bodyJson().extractingPath("$.units.length()").isEqualTo(DemoCity.DEPARTMENTS.size());
        assertThat(overview).bodyJson().extractingPath("$.units[*].bonus").asArray()
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
}

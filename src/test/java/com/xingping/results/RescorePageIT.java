package com.xingping.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.xingping.identity.Account;
import com.xingping.identity.Role;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * The administrator's "重新计算实时得分" button on the results page: a standing spoiled by hand shows on
 * the scorecard until the button rebuilds the year from the records; audited; admins only, with CSRF.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RescorePageIT {
    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theButtonRebuildsASpoiledStandingFromTheRecords() {
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        Unit unit = platform.unit("市重算局");
        Account admin = platform.account(Role.ADMIN);
        for (int month = 1; month <= 4; month++) {
            platform.approved(unit, year, "norms-3a", LocalDate.of(2018, month, 5), "支部党员大会 " + month + " 月");
        }
        String total = total(admin, unit);
        assertThat(home(admin)).contains("id=\"rescore\"").contains("重新计算实时得分");
        jdbc.update("update unit_standing set facts = ?, facts_hash = 'spoiled' where year_id = ? and unit_id = ?",
                "{\"id\":\"" + unit.id() + "\",\"name\":\"市重算局\"}", year.id(), unit.id());
        jdbc.update("update standing_generation set generation = generation + 1 where year_id = ?", year.id());
        assertThat(total(admin, unit)).as("the spoiled standing shows").isNotEqualTo(total);

        MvcTestResult rescored = mvc.post().uri("/results/rescore").param("yearId", year.id().toString())
                .with(session(admin)).exchange();

        assertThat(rescored).hasStatus3xxRedirection().hasRedirectedUrl("/results?yearId=" + year.id());
        assertThat(rescored).flash().containsKey("notice");
        assertThat(String.valueOf(rescored.getMvcResult().getFlashMap().get("notice"))).contains("重新计算 2018 年度");
        assertThat(total(admin, unit)).isEqualTo(total);
        assertThat(jdbc.queryForObject("select actor from audit_event where action = 'standings.rebuilt' and entity_id = ?"
                + " order by id desc limit 1", String.class, year.id())).isEqualTo(admin.username());
    }

    @Test
    void onlyAnAdministratorRescoresAndOnlyWithTheFormsToken() {
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        Account leader = platform.account(Role.LEADER);
        Account reviewer = platform.account(Role.REVIEWER);
        Account admin = platform.account(Role.ADMIN);
        Integer before = jdbc.queryForObject("select count(*) from audit_event where action = 'standings.rebuilt'",
                Integer.class);

        assertThat(mvc.post().uri("/results/rescore").param("yearId", year.id().toString()).with(session(leader)))
                .hasStatus(403);
        assertThat(mvc.post().uri("/results/rescore").param("yearId", year.id().toString()).with(session(reviewer)))
                .hasStatus(403);
        assertThat(mvc.post().uri("/results/rescore").param("yearId", year.id().toString())
                .with(user(Platform.user(admin)))).hasStatus(403);
        assertThat(home(reviewer)).doesNotContain("id=\"rescore\"");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'standings.rebuilt'",
                Integer.class)).isEqualTo(before);
    }

    private String total(Account admin, Unit unit) {
        MvcTestResult card = mvc.get().uri("/api/v1/units/{id}/scorecard", unit.id())
                .with(httpBasic(admin.username(), Platform.PASSWORD)).exchange();
        assertThat(card).hasStatusOk();
        return ResultsJson.read(ResultsJson.body(card)).get("total").toString();
    }

    private String home(Account account) {
        MvcTestResult page = mvc.get().uri("/results").with(session(account)).exchange();
        assertThat(page).hasStatusOk();
        return ResultsJson.body(page);
    }

    private static RequestPostProcessor session(Account account) {
        RequestPostProcessor signedIn = user(Platform.user(account));
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }
}

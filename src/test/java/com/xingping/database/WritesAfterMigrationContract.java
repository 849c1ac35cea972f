package com.xingping.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.xingping.facts.CommitteeDesk;
import com.xingping.facts.FactForm;
import com.xingping.facts.FactKind;
import com.xingping.identity.CurrentUser;
import com.xingping.identity.Role;
import com.xingping.reporting.ActivityRecord;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * Every table with a CHECK (… IN …) constraint takes writes through connections other than the one that
 * created the schema (H2 2.4.240 refused them once that connection had closed: "Check constraint
 * invalid"). Run on H2 and PostgreSQL by the subclasses, each migrating on a connection it then closes.
 */
@SpringBootTest
abstract class WritesAfterMigrationContract {
    @Autowired
    ApplicationContext context;
    @Autowired
    CommitteeDesk desk;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void everyConstrainedTableTakesWritesAfterTheMigrationConnectionClosed() {
        Platform platform = new Platform(context);
        AssessmentYear year = platform.year();
        Unit unit = platform.unit("市档案馆");
        platform.reporter(unit);
        ActivityRecord approved = platform.approved(unit, year, "study-1a", LocalDate.of(2018, 3, 1), "集中学习");
        jdbc.update("insert into member (unit_id, year_id, name, role, study_hours) values (?, ?, '张三', 'ORDINARY', 12)",
                unit.id(), year.id());
        CurrentUser reviewer = Platform.signIn(platform.account(Role.REVIEWER));
        desk.enter(reviewer, unit.id(), year.id(), FactKind.SERIOUS, seriousDeduction());

        assertThat(jdbc.queryForObject("select state from activity_record where id = ?", String.class, approved.id()))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select count(*) from member where unit_id = ?", Integer.class, unit.id())).isOne();
        assertThat(jdbc.queryForObject("select kind from committee_fact where unit_id = ?", String.class, unit.id()))
                .isEqualTo("SERIOUS");
        assertThat(jdbc.queryForObject("select count(*) from app_user where unit_id = ?", Integer.class, unit.id())).isOne();
    }

    private static FactForm seriousDeduction() {
        return new FactForm(null, null, null, null, null, new BigDecimal("2"), null, null, null, null, null, null, null,
                LocalDate.of(2018, 6, 1), "绍市机工委〔2018〕9号", "严重违纪", null);
    }
}

package com.xingping.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.xingping.audit.AuditEvent;
import com.xingping.audit.AuditLog;
import com.xingping.identity.Role;
import com.xingping.kernel.Refusal;
import com.xingping.scorecard.LiveFacts;
import com.xingping.scoring.UnitFacts;
import com.xingping.support.Platform;
import com.xingping.year.AssessmentYear;

/**
 * A unit's flags are kept per year, on H2 and PostgreSQL by the subclasses: a year scores with the
 * flags it had (the open year is read from the scored year's facts; the test's closed year is on a
 * rubric of another year, so only its stored flags, which the assembler reads, are checked), changing a unit's flags today moves only the open years, and an administrator sets
 * one open year's flags without touching the unit's or another year's.
 */
@SpringBootTest
abstract class YearFlagsContract {
    @Autowired
    ApplicationContext context;
    @Autowired
    UnitRegistry registry;
    @Autowired
    LiveFacts live;
    @Autowired
    AuditLog audit;

    Platform platform;
    AssessmentYear open;
    AssessmentYear closed;

    @BeforeEach
    void twoYearsAndAnAdmin() {
        platform = new Platform(context);
        open = platform.year();
        closed = platform.closedYear();
        Platform.signIn(platform.account(Role.ADMIN));
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void changingAUnitsFlagsMovesTheOpenYearButNotTheClosedOne() {
        Unit unit = registry.create(new UnitForm("F" + fresh(), "市档案局", true, false, null));

        Unit edited = registry.edit(unit.id(), new UnitForm(unit.code(), unit.name(), false, true, unit.version()));

        assertThat(edited.inTargetAssessment()).isFalse();
        assertThat(registry.flags(closed.id(), unit).inTargetAssessment()).isTrue();
        assertThat(registry.flags(closed.id(), unit).committeeOwn()).isFalse();
        assertThat(facts(open, unit).inTargetAssessment()).isFalse();
        assertThat(facts(open, unit).committeeOwn()).isTrue();
    }

    @Test
    void aUnitWithoutRowsKeepsItsFlagsInEveryClosedYearWhenTheyChange() {
        Unit seeded = platform.unit("市方志办");
        assertThat(registry.flags(closed.id(), seeded).id()).isNull();

        registry.edit(seeded.id(), new UnitForm(seeded.code(), seeded.name(), false, false, seeded.version()));

        assertThat(registry.flags(closed.id(), seeded).id()).isNotNull();
        assertThat(registry.flags(closed.id(), seeded).inTargetAssessment()).isTrue();
        assertThat(facts(open, seeded).inTargetAssessment()).isFalse();
    }

    @Test
    void anAdministratorSetsOneOpenYearsFlagsAuditedAndAClosedYearIsReadOnly() {
        Unit unit = registry.create(new UnitForm("F" + fresh(), "市机要局", false, false, null));
        YearFlags before = registry.flags(open.id(), unit);

        YearFlags set = registry.setYearFlags(unit.id(), open.id(), true, true, before.version());

        assertThat(registry.get(unit.id()).inTargetAssessment()).isFalse();
        assertThat(facts(open, unit).inTargetAssessment()).isTrue();
        assertThat(facts(open, unit).committeeOwn()).isTrue();
        assertThat(registry.flags(closed.id(), unit).inTargetAssessment()).isFalse();
        assertThat(audit.history("unit", unit.id())).extracting(AuditEvent::action).contains("unit.yearFlags.edited");
        assertThatThrownBy(() -> registry.setYearFlags(unit.id(), closed.id(), true, false,
                registry.flags(closed.id(), unit).version())).isInstanceOf(Refusal.class);
        assertThat(registry.flags(open.id(), unit).version()).isEqualTo(set.version());
    }

    private UnitFacts facts(AssessmentYear year, Unit unit) {
        LiveFacts.ScoredYear scored = live.scored(year);
        return scored.facts().stream().filter(f -> f.id().equals(String.valueOf(unit.id()))).findFirst().orElseThrow();
    }

    private static String fresh() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}

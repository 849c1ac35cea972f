package com.xingping.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scorecard.Backing;
import com.xingping.scoring.ElementResult;
import com.xingping.scoring.Member;
import com.xingping.scoring.Role;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.UnitFacts;

/** The roster as facts of the live scorecard: study-2c's members and their hours. */
class RosterFactsTest {
    private static final Rubric RUBRIC = RubricLoader.bundled("shaoxing-2018");
    private static final Long YEAR = 7L;
    private static final Long UNIT = 11L;
    private static final Long OTHER = 12L;

    private final List<RosterMember> roster = new ArrayList<>();
    private long ids = 100;

    @Test
    void rosterFeedsTheRatioThreeOfFourMembersMeetingTheirHoursScoreThree() {
        member(MemberRole.LEADERSHIP, "40");
        member(MemberRole.LEADERSHIP, "39.5");
        member(MemberRole.ORDINARY, "24");
        member(MemberRole.ORDINARY, "31.25");

        UnitFacts facts = assemble();

        assertThat(facts.roster()).containsExactly(new Member(Role.LEADERSHIP, new BigDecimal("40")),
                new Member(Role.LEADERSHIP, new BigDecimal("39.5")), new Member(Role.ORDINARY, new BigDecimal("24")),
                new Member(Role.ORDINARY, new BigDecimal("31.25")));
        assertThat(score("study-2c").value()).isEqualByComparingTo("3");
        assertThat(score("study-2c").explanation()).anyMatch(line -> line.contains("4 人中 3 人达到规定学时"));
    }

    @Test
    void noMemberOnTheRosterMeansNoRosterAndTheExplanationSaysSo() {
        roster.add(new RosterMember(1L, OTHER, YEAR, "他人", MemberRole.ORDINARY, new BigDecimal("30"), 0));
        roster.add(new RosterMember(2L, UNIT, 6L, "去年的", MemberRole.ORDINARY, new BigDecimal("30"), 0));

        UnitFacts facts = assemble();

        assertThat(facts.roster()).isNull();
        assertThat(score("study-2c").explanation()).contains("未提交党员名册：0 分");
    }

    private UnitFacts assemble() {
        UnitFacts.Builder facts = UnitFacts.builder(String.valueOf(UNIT)).name("市财政局");
        new RosterFacts(YEAR, roster).addTo(UNIT, facts, new Backing());
        return facts.build();
    }

    private ElementResult score(String elementId) {
        return new ScoringEngine(RUBRIC).score(List.of(assemble())).units().get(0).element(elementId).orElseThrow();
    }

    private void member(MemberRole role, String hours) {
        roster.add(new RosterMember(ids++, UNIT, YEAR, "党员" + ids, role, new BigDecimal(hours), 0));
    }
}

package com.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.scorecard.Backing;
import com.xingping.scorecard.BackingRecord;
import com.xingping.scorecard.BackingRecord.Use;
import com.xingping.scoring.ElementResult;
import com.xingping.scoring.FalseClaim;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.UnitFacts;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearStatus;

/** Approved records as facts of the live scorecard, and the records behind each fact. */
class RecordFactsTest {
    private static final Rubric RUBRIC = RubricLoader.bundled("shaoxing-2018");
    private static final Instant NOW = Instant.parse("2018-06-01T08:00:00Z");
    private static final AssessmentYear YEAR = new AssessmentYear(7L, 2018, "shaoxing-2018", LocalDate.of(2017, 12, 16),
            LocalDate.of(2018, 12, 15), YearStatus.OPEN, NOW, null, null, 0);
    private static final Long UNIT = 11L;
    private static final Long OTHER = 12L;
    private static final LocalDate MAY = LocalDate.of(2018, 5, 10);

    private final List<ActivityRecord> records = new ArrayList<>();
    private long ids = 100;

    @Test
    void checkIsDoneOnceAnApprovedRecordExists() {
        approved("study-1a", MAY);

        UnitFacts facts = assemble().facts();

        assertThat(facts.checks()).containsExactly("study-1a");
        assertThat(facts.falsified()).isEmpty();
        assertThat(score("study-1a").value()).isEqualByComparingTo("1");
    }

    @Test
    void ignoresRecordsThatAreNotApproved() {
        add(draft("norms-3a", MAY));
        add(draft("norms-3a", MAY).submit(NOW));
        add(draft("norms-3a", MAY).submit(NOW).returnForChanges("reviewer", "照片不清", NOW));
        add(draft("study-1a", MAY).submit(NOW).reject("reviewer", "不属实", NOW));

        Added assembled = assemble();

        assertThat(assembled.facts().counts()).isEmpty();
        assertThat(assembled.facts().checks()).isEmpty();
        assertThat(assembled.backing().of("norms-3a")).isEmpty();
    }

    @Test
    void countsTheApprovedRecordsDatedInTheWindowEdgesIncluded() {
        approved("norms-3a", LocalDate.of(2017, 12, 15));
        approved("norms-3a", LocalDate.of(2017, 12, 16));
        approved("norms-3a", MAY);
        approved("norms-3a", LocalDate.of(2018, 12, 15));
        approved("norms-3a", LocalDate.of(2018, 12, 16));

        Added assembled = assemble();

        assertThat(assembled.facts().count("norms-3a")).isEqualTo(3);
        assertThat(assembled.backing().of("norms-3a")).extracting(BackingRecord::date, BackingRecord::use)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2017, 12, 15), Use.OUTSIDE_WINDOW),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2017, 12, 16), Use.COUNTED),
                        org.assertj.core.groups.Tuple.tuple(MAY, Use.COUNTED),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2018, 12, 15), Use.COUNTED),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2018, 12, 16), Use.OUTSIDE_WINDOW));
        assertThat(score("norms-3a").value()).isEqualByComparingTo("1.2");
    }

    @Test
    void countsHowManyCountedOccurrencesWereFoundFalse() {
        for (int i = 0; i < 5; i++) {
            approved("norms-3a", MAY.plusDays(i));
        }
        falsify(0);
        falsify(1);
        add(falsified(approvedRecord("norms-3a", LocalDate.of(2018, 12, 20))));

        UnitFacts facts = assemble().facts();

        assertThat(facts.count("norms-3a")).isEqualTo(5);
        assertThat(facts.falsified("norms-3a")).isEqualTo(2);
        // 3 true × 0.4 = 1.2, less twice the 2 × 0.4 the false ones claimed (加倍倒扣)
        assertThat(score("norms-3a").value()).isEqualByComparingTo("-0.4");
    }

    @Test
    void tierIsTheHighestApprovedLevel() {
        approved("innovation-2e", MAY, "active", null);
        approved("innovation-2e", MAY.plusDays(1), "standard", null);
        approved("innovation-2e", MAY.plusDays(2), "no-such-level", null);

        Added assembled = assemble();

        assertThat(assembled.facts().tiers()).containsEntry("innovation-2e", "standard");
        assertThat(assembled.backing().of("innovation-2e")).extracting(BackingRecord::tierLevel, BackingRecord::use)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("active", Use.UNUSED),
                        org.assertj.core.groups.Tuple.tuple("standard", Use.COUNTED),
                        org.assertj.core.groups.Tuple.tuple("no-such-level", Use.UNUSED));
        assertThat(score("innovation-2e").value()).isEqualByComparingTo("3");
    }

    @Test
    void aFalseStandardBesideATrueActiveEarnsTheActiveLevelAndIsChargedTwiceTheStandard() {
        approved("innovation-2e", MAY, "active", null);
        add(falsified(approvedRecord("innovation-2e", MAY, "standard", null)));

        Added assembled = assemble();

        assertThat(assembled.facts().tiers()).containsEntry("innovation-2e", "active");
        assertThat(assembled.facts().falseClaims()).containsEntry("innovation-2e", FalseClaim.level("standard"));
        assertThat(assembled.backing().of("innovation-2e")).allMatch(BackingRecord::counted);
        // 2 for the true 有活动阵地, less 2 × 3 for the false 规范化阵地 (备注5)
        assertThat(score("innovation-2e").value()).isEqualByComparingTo("-4");
    }

    @Test
    void aFalseAndATrueRecordAtTheSameLevelEarnTheLevelAndAreChargedForIt() {
        approved("innovation-2e", MAY, "standard", null);
        add(falsified(approvedRecord("innovation-2e", MAY.plusDays(1), "standard", null)));

        UnitFacts facts = assemble().facts();

        assertThat(facts.tiers()).containsEntry("innovation-2e", "standard");
        assertThat(facts.falseClaims()).containsEntry("innovation-2e", FalseClaim.level("standard"));
        assertThat(score("innovation-2e").value()).isEqualByComparingTo("-3");
    }

    @Test
    void thresholdIsTheLatestApprovedRate() {
        approved("innovation-3d", LocalDate.of(2018, 3, 1), null, "0.70");
        approved("innovation-3d", LocalDate.of(2018, 9, 1), null, "0.55");
        approved("innovation-3d", LocalDate.of(2018, 6, 1), null, "0.90");

        Added assembled = assemble();

        assertThat(assembled.facts().rates().get("innovation-3d")).isEqualByComparingTo("0.55");
        assertThat(assembled.backing().of("innovation-3d")).filteredOn(BackingRecord::counted)
                .extracting(BackingRecord::date).containsExactly(LocalDate.of(2018, 9, 1));
        assertThat(score("innovation-3d").value()).isEqualByComparingTo("0");
    }

    @Test
    void aLaterFalseRateDoesNotDisplaceTheTrueRateAndIsChargedForWhatItClaimed() {
        approved("innovation-3d", LocalDate.of(2018, 3, 1), null, "0.50");
        add(falsified(approvedRecord("innovation-3d", LocalDate.of(2018, 9, 1), null, "0.80")));

        UnitFacts facts = assemble().facts();

        assertThat(facts.rates().get("innovation-3d")).isEqualByComparingTo("0.50");
        assertThat(facts.falseClaims()).containsEntry("innovation-3d", FalseClaim.measured(new BigDecimal("0.80")));
        assertThat(score("innovation-3d").value()).isEqualByComparingTo("-2");
    }

    @Test
    void anEarlierFalseRateIsNotDisplacedByALaterTrueCorrectionAndTheCorrectionGivesTheRate() {
        add(falsified(approvedRecord("innovation-3d", LocalDate.of(2018, 3, 1), null, "0.90")));
        approved("innovation-3d", LocalDate.of(2018, 9, 1), null, "0.65");

        UnitFacts facts = assemble().facts();

        assertThat(facts.rates().get("innovation-3d")).isEqualByComparingTo("0.65");
        assertThat(facts.falseClaims()).containsEntry("innovation-3d", FalseClaim.measured(new BigDecimal("0.90")));
        // 1 for the true 65 %, less 2 × 1 for the false 90 %
        assertThat(score("innovation-3d").value()).isEqualByComparingTo("-1");
    }

    @Test
    void theHighestFalseRateIsTheClaimWhateverItsDate() {
        add(falsified(approvedRecord("innovation-3d", LocalDate.of(2018, 3, 1), null, "0.95")));
        add(falsified(approvedRecord("innovation-3d", LocalDate.of(2018, 9, 1), null, "0.40")));

        UnitFacts facts = assemble().facts();

        assertThat(facts.rates()).doesNotContainKey("innovation-3d");
        assertThat(facts.falseClaims()).containsEntry("innovation-3d", FalseClaim.measured(new BigDecimal("0.95")));
        assertThat(score("innovation-3d").value()).isEqualByComparingTo("-2");
    }

    @Test
    void aFalseCheckAloneIsChargedTwiceAndBesideATrueOneStillCharged() {
        add(falsified(approvedRecord("study-1c", MAY)));
        add(falsified(approvedRecord("study-1d", MAY)));
        approved("study-1d", MAY.plusDays(3));

        UnitFacts facts = assemble().facts();

        assertThat(facts.checks()).containsExactly("study-1d");
        assertThat(facts.falseClaims()).containsOnlyKeys("study-1c", "study-1d");
        assertThat(score("study-1c").value()).isEqualByComparingTo("-2");
        // earns 1 from the true record, charged 2 for the false one
        assertThat(score("study-1d").value()).isEqualByComparingTo("-1");
    }

    @Test
    void aNorms1aRecordCountsInThePartItNamesEachPartCappedOnItsOwn() {
        for (int i = 0; i < 3; i++) {
            add(withPart(approvedRecord("norms-1a", MAY.plusDays(i)), "party"));
        }

        assertThat(assemble().facts().count("norms-1a", "party")).isEqualTo(3);
        // three 党建 reports and no 群团 report earn 1, not 1.5
        assertThat(score("norms-1a").value()).isEqualByComparingTo("1");

        add(withPart(approvedRecord("norms-1a", MAY.plusDays(5)), "mass"));

        assertThat(assemble().facts().count("norms-1a", "mass")).isEqualTo(1);
        assertThat(score("norms-1a").value()).isEqualByComparingTo("1.5");
    }

    @Test
    void aNorms1aRecordWithoutAPartCountsAsAPartyReport() {
        approved("norms-1a", MAY);
        add(withPart(approvedRecord("norms-1a", MAY), "mass"));

        UnitFacts facts = assemble().facts();

        assertThat(facts.count("norms-1a", "party")).isOne();
        assertThat(facts.count("norms-1a", "mass")).isOne();
    }

    @Test
    void falseOccurrencesAreChargedInTheirOwnPart() {
        add(withPart(approvedRecord("norms-1a", MAY), "party"));
        add(withPart(approvedRecord("norms-1a", MAY.plusDays(1)), "party"));
        add(falsified(withPart(approvedRecord("norms-1a", MAY.plusDays(2)), "mass")));

        UnitFacts facts = assemble().facts();

        assertThat(facts.count("norms-1a", "mass")).isOne();
        assertThat(facts.falsified("norms-1a", "mass")).isOne();
        // 1 from the two true 党建 reports, less 2 × 0.5 for the false 群团 report
        assertThat(score("norms-1a").value()).isEqualByComparingTo("0");
    }

    @Test
    void aStudy3bRecordCountsInTheHalfItsDateFallsInSplitBetweenJune15And16() {
        approved("study-3b", LocalDate.of(2017, 12, 16));
        approved("study-3b", LocalDate.of(2018, 6, 15));
        approved("study-3b", LocalDate.of(2018, 6, 16));

        UnitFacts facts = assemble().facts();

        assertThat(facts.count("study-3b", "first-half")).isEqualTo(2);
        assertThat(facts.count("study-3b", "second-half")).isOne();
        assertThat(score("study-3b").value()).isEqualByComparingTo("1");
    }

    @Test
    void twoStudy3bRecordsInOneHalfEarnOnlyThatHalf() {
        approved("study-3b", LocalDate.of(2018, 6, 16));
        approved("study-3b", LocalDate.of(2018, 12, 15));

        assertThat(score("study-3b").value()).isEqualByComparingTo("0.5");
    }

    @Test
    void ignoresOtherUnitsOtherYearsUnknownElementsAndElementsUnitsDoNotReport() {
        add(approvedElsewhere("norms-3a", MAY, OTHER, YEAR.id()));
        add(approvedElsewhere("norms-3a", MAY, UNIT, 6L));
        add(approvedElsewhere("study-9z", MAY, UNIT, YEAR.id()));
        add(approvedElsewhere("norms-1d", MAY, UNIT, YEAR.id()));
        add(approvedElsewhere("study-3a", MAY, UNIT, YEAR.id()));

        UnitFacts facts = assemble().facts();

        assertThat(facts.counts()).isEmpty();
        assertThat(facts.checks()).isEmpty();
        assertThat(facts.assessed()).isEmpty();
    }

    /** The unit's facts as the record source alone adds them. */
    private record Added(UnitFacts facts, Backing backing) {
    }

    private Added assemble() {
        UnitFacts.Builder facts = UnitFacts.builder(String.valueOf(UNIT)).name("市财政局");
        Backing backing = new Backing();
        new RecordFacts(RUBRIC, YEAR, records).addTo(UNIT, facts, backing);
        return new Added(facts.build(), backing);
    }

    private ElementResult score(String elementId) {
        return new ScoringEngine(RUBRIC).score(List.of(assemble().facts())).units().get(0).element(elementId).orElseThrow();
    }

    private void approved(String elementId, LocalDate date) {
        add(approvedRecord(elementId, date));
    }

    private void approved(String elementId, LocalDate date, String tier, String rate) {
        add(approvedRecord(elementId, date, tier, rate));
    }

    private void add(ActivityRecord record) {
        records.add(withId(record, ids++));
    }

    private void falsify(int index) {
        records.set(index, falsified(records.get(index)));
    }

    private static ActivityRecord falsified(ActivityRecord record) {
        return record.markFalsified("照片系挪用");
    }

    private static ActivityRecord draft(String elementId, LocalDate date) {
        return draft(elementId, date, null, null, UNIT, YEAR.id());
    }

    private static ActivityRecord draft(String elementId, LocalDate date, String tier, String rate, Long unitId, Long yearId) {
        return ActivityRecord.draft(yearId, unitId, elementId, new ActivityRecord.Content("活动 " + date, date, "会议室",
                "全体党员", "说明", tier, rate == null ? null : new BigDecimal(rate), null), "reporter", NOW);
    }

    private static ActivityRecord approvedRecord(String elementId, LocalDate date) {
        return approvedRecord(elementId, date, (String) null, null);
    }

    private static ActivityRecord approvedRecord(String elementId, LocalDate date, String tier, String rate) {
        return draft(elementId, date, tier, rate, UNIT, YEAR.id()).submit(NOW).approve("reviewer", NOW);
    }

    private static ActivityRecord approvedElsewhere(String elementId, LocalDate date, Long unitId, Long yearId) {
        return draft(elementId, date, null, null, unitId, yearId).submit(NOW).approve("reviewer", NOW);
    }

    private static ActivityRecord withPart(ActivityRecord r, String part) {
        return new ActivityRecord(r.id(), r.yearId(), r.unitId(), r.elementId(), r.title(), r.activityDate(), r.place(),
                r.participants(), r.description(), r.tierLevel(), r.rate(), part, r.state(), r.reviewReason(), r.falsified(),
                r.falsifiedReason(), r.createdBy(), r.createdAt(), r.submittedAt(), r.reviewedBy(), r.reviewedAt(), 0);
    }

    private static ActivityRecord withId(ActivityRecord r, long id) {
        return new ActivityRecord(id, r.yearId(), r.unitId(), r.elementId(), r.title(), r.activityDate(), r.place(),
                r.participants(), r.description(), r.tierLevel(), r.rate(), r.part(), r.state(), r.reviewReason(), r.falsified(),
                r.falsifiedReason(), r.createdBy(), r.createdAt(), r.submittedAt(), r.reviewedBy(), r.reviewedAt(), 0);
    }
}

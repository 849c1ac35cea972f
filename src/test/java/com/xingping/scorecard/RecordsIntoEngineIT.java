package com.xingping.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.xingping.scoring.ElementResult;
import com.xingping.scoring.UnitResult;
import com.xingping.support.Platform;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * True and false records of one element, filed and reviewed in the database, reach the engine as the
 * true fact plus the highest false claim (备注5) through the stored standings, for every single-fact
 * kind and for COUNT with parts; a norms-1a record counts in the part it names, a study-3b record in
 * the half its date falls in.
 */
@SpringBootTest
class RecordsIntoEngineIT {
    private static final LocalDate MAY = LocalDate.of(2018, 5, 10);
    @Autowired
    ApplicationContext context;
    @Autowired
    LiveFacts live;

    Platform platform;
    AssessmentYear year;
    Unit unit;

    @BeforeEach
    void aUnit() {
        platform = new Platform(context);
        year = platform.year();
        unit = platform.unit("市审计局");
    }

    @Test
    void aFalseCheckBesideATrueOneEarnsOneAndIsChargedTwo() {
        platform.approved(unit, year, "study-1c", MAY, "学习计划");
        platform.falsify(platform.approved(unit, year, "study-1c", MAY.plusDays(1), "补写的学习计划"));

        assertThat(value("study-1c")).isEqualByComparingTo("-1");
        // the star: study-3a's full 2 and study-1c's 1 earned, less the 2 charged
        assertThat(star("study")).isEqualByComparingTo("1");
    }

    @Test
    void aFalseCheckAloneIsChargedTwiceItsPoints() {
        platform.falsify(platform.approved(unit, year, "study-3d", MAY, "虚报的培训"));

        assertThat(value("study-3d")).isEqualByComparingTo("-4");
    }

    @Test
    void aFalseStandardBesideATrueActiveScoresMinusFour() {
        platform.approvedLevel(unit, year, "innovation-2e", MAY, "active");
        platform.falsify(platform.approvedLevel(unit, year, "innovation-2e", MAY.plusDays(1), "standard"));

        assertThat(value("innovation-2e")).isEqualByComparingTo("-4");
    }

    @Test
    void aFalseAndATrueRecordAtTheSameLevelAreChargedForTheLevel() {
        platform.approvedLevel(unit, year, "innovation-2e", MAY, "standard");
        platform.falsify(platform.approvedLevel(unit, year, "innovation-2e", MAY.plusDays(1), "standard"));

        assertThat(value("innovation-2e")).isEqualByComparingTo("-3");
    }

    @Test
    void aLaterFalseRateDoesNotDisplaceTheTrueRate() {
        platform.approvedRate(unit, year, "innovation-3d", LocalDate.of(2018, 3, 1), "0.72");
        platform.falsify(platform.approvedRate(unit, year, "innovation-3d", LocalDate.of(2018, 9, 1), "0.95"));

        // earns 1 for the true 72 %, charged 2 × 1 for the false 95 %
        assertThat(value("innovation-3d")).isEqualByComparingTo("-1");
    }

    @Test
    void anEarlierCorrectionIsNotDisplacedByALaterFalseRate() {
        platform.approvedRate(unit, year, "innovation-3d", LocalDate.of(2018, 3, 1), "0.40");
        platform.approvedRate(unit, year, "innovation-3d", LocalDate.of(2018, 4, 1), "0.66");
        platform.falsify(platform.approvedRate(unit, year, "innovation-3d", LocalDate.of(2018, 9, 1), "0.30"));

        // the latest true rate (66 %) earns 1; the false 30 % claimed nothing, so nothing is charged
        assertThat(value("innovation-3d")).isEqualByComparingTo("1");
    }

    @Test
    void countWithPartsChargesAFalseReportInItsOwnPart() {
        platform.approvedPart(unit, year, "norms-1a", MAY, "party");
        platform.approvedPart(unit, year, "norms-1a", MAY.plusDays(1), "party");
        platform.approvedPart(unit, year, "norms-1a", MAY.plusDays(2), "party");
        platform.falsify(platform.approvedPart(unit, year, "norms-1a", MAY.plusDays(3), "mass"));

        // three 党建 reports earn 1 (their part's cap), the false 群团 report is charged 2 × 0.5
        assertThat(value("norms-1a")).isEqualByComparingTo("0");
        platform.approvedPart(unit, year, "norms-1a", MAY.plusDays(4), "mass");
        assertThat(value("norms-1a")).isEqualByComparingTo("0.5");
    }

    @Test
    void aNorms1aRecordCountsInThePartItNames() {
        platform.approvedPart(unit, year, "norms-1a", MAY, "party");
        platform.approvedPart(unit, year, "norms-1a", MAY.plusDays(1), "party");
        platform.approvedPart(unit, year, "norms-1a", MAY.plusDays(2), "party");
        assertThat(value("norms-1a")).isEqualByComparingTo("1");

        platform.approvedPart(unit, year, "norms-1a", MAY.plusDays(3), "mass");
        assertThat(value("norms-1a")).isEqualByComparingTo("1.5");
    }

    @Test
    void aStudy3bRecordCountsInTheHalfOfItsDateJune15FirstJune16Second() {
        platform.approved(unit, year, "study-3b", LocalDate.of(2018, 6, 15), "上半年研判");
        platform.approved(unit, year, "study-3b", LocalDate.of(2018, 6, 14), "上半年再研判");
        assertThat(value("study-3b")).isEqualByComparingTo("0.5");

        platform.approved(unit, year, "study-3b", LocalDate.of(2018, 6, 16), "下半年研判");
        assertThat(value("study-3b")).isEqualByComparingTo("1");
    }

    private UnitResult result() {
        return live.scored(year).result().unit(String.valueOf(unit.id())).orElseThrow();
    }

    private BigDecimal value(String elementId) {
        ElementResult element = result().element(elementId).orElseThrow();
        return element.value();
    }

    private BigDecimal star(String starId) {
        return result().star(starId).orElseThrow().score();
    }
}

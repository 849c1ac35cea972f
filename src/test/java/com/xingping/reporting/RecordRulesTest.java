package com.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.xingping.kernel.Refusal;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.year.AssessmentYear;

/** What a record must say, checked against the 2018 rubric and its window (2017-12-16 to 2018-12-15). */
class RecordRulesTest {
    private static final Rubric RUBRIC = RubricLoader.bundled("shaoxing-2018");
    private static final AssessmentYear YEAR = AssessmentYear.open(RUBRIC, Instant.parse("2018-01-01T00:00:00Z"));

    private static RecordForm form(String elementId, LocalDate date, String tierLevel, String rate) {
        return new RecordForm(elementId, "活动", date, null, null, null, tierLevel, rate == null ? null : new BigDecimal(rate), null, null);
    }

    private static ActivityRecord.Content content(String elementId, LocalDate date, String tierLevel, String rate) {
        return RecordRules.content(YEAR, RecordRules.reportable(RUBRIC, elementId), form(elementId, date, tierLevel, rate));
    }

    @Test
    void refusesADateOutsideTheWindowNamingTheDates() {
        assertThatThrownBy(() -> content("norms-3a", LocalDate.of(2019, 1, 3), null, null))
                .isInstanceOf(Refusal.class)
                .hasMessage("活动日期 2019-01-03 不在 2018 年度考核期（2017-12-16 至 2018-12-15）内")
                .extracting(e -> ((Refusal) e).field()).isEqualTo("activityDate");
        assertThatThrownBy(() -> content("norms-3a", LocalDate.of(2017, 12, 15), null, null)).isInstanceOf(Refusal.class);
    }

    @Test
    void acceptsBothEndsOfTheWindow() {
        assertThat(content("norms-3a", LocalDate.of(2017, 12, 16), null, null).activityDate()).isEqualTo("2017-12-16");
        assertThat(content("norms-3a", LocalDate.of(2018, 12, 15), null, null).activityDate()).isEqualTo("2018-12-15");
    }

    @Test
    void refusesAnUnknownElement() {
        assertThatThrownBy(() -> RecordRules.reportable(RUBRIC, "study-9z"))
                .isInstanceOf(Refusal.class).hasMessageContaining("没有考评项目 “study-9z”");
    }

    @Test
    void refusesElementsUnitsDoNotReport() {
        assertThatThrownBy(() -> RecordRules.reportable(RUBRIC, "norms-1d")).hasMessageContaining("由工委评分");
        assertThatThrownBy(() -> RecordRules.reportable(RUBRIC, "study-3a")).hasMessageContaining("按扣分事项计分");
        assertThatThrownBy(() -> RecordRules.reportable(RUBRIC, "study-2c")).hasMessageContaining("学时");
    }

    private static ActivityRecord.Content withPart(String elementId, String part) {
        RecordForm form = new RecordForm(elementId, "听取汇报", LocalDate.of(2018, 5, 1), null, null, null, null, null, part, null);
        return RecordRules.content(YEAR, RecordRules.reportable(RUBRIC, elementId), form);
    }

    @Test
    void aNorms1aRecordMustSayWhichReportItIsByIdOrName() {
        assertThat(withPart("norms-1a", "party").part()).isEqualTo("party");
        assertThat(withPart("norms-1a", " 群团工作汇报 ").part()).isEqualTo("mass");
        assertThatThrownBy(() -> withPart("norms-1a", null)).isInstanceOf(Refusal.class)
                .hasMessage("请选择“班子听取机关党建、群团工作汇报”是哪一类：机关党建工作汇报（party）、群团工作汇报（mass）")
                .extracting(e -> ((Refusal) e).field()).isEqualTo("part");
        assertThatThrownBy(() -> withPart("norms-1a", "union")).isInstanceOf(Refusal.class)
                .hasMessageContaining("没有类别 “union”");
    }

    @Test
    void onlyAnElementWithNamedPartsKeepsAPartAHalfYearIsNeverAsked() {
        assertThat(withPart("study-3b", "party").part()).isNull();
        assertThat(withPart("norms-3a", "mass").part()).isNull();
    }

    @Test
    void aTierRecordNeedsALevelOfItsElement() {
        assertThatThrownBy(() -> content("innovation-2e", LocalDate.of(2018, 5, 1), null, null))
                .isInstanceOf(Refusal.class).hasMessageContaining("建成规范化阵地（3 分）");
        assertThatThrownBy(() -> content("innovation-2e", LocalDate.of(2018, 5, 1), "gold", null))
                .isInstanceOf(Refusal.class).hasMessageContaining("没有等级 “gold”");
        assertThat(content("innovation-2e", LocalDate.of(2018, 5, 1), "active", null).tierLevel()).isEqualTo("active");
    }

    @Test
    void aThresholdRecordNeedsARateBetweenZeroAndOne() {
        assertThatThrownBy(() -> content("innovation-3d", LocalDate.of(2018, 5, 1), null, null))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).field()).isEqualTo("rate");
        assertThatThrownBy(() -> content("innovation-3d", LocalDate.of(2018, 5, 1), null, "1.5"))
                .hasMessageContaining("0 至 1");
        assertThatThrownBy(() -> content("innovation-3d", LocalDate.of(2018, 5, 1), null, "-0.1"))
                .hasMessageContaining("0 至 1");
        assertThatThrownBy(() -> content("innovation-3d", LocalDate.of(2018, 5, 1), null, "0.123456"))
                .hasMessageContaining("4 位小数");
        assertThat(content("innovation-3d", LocalDate.of(2018, 5, 1), null, "0.6500").rate()).isEqualTo(new BigDecimal("0.65"));
        assertThat(content("innovation-3d", LocalDate.of(2018, 5, 1), null, "1").rate()).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void leavesOutTheFieldsOfOtherKinds() {
        ActivityRecord.Content content = content("norms-3a", LocalDate.of(2018, 5, 1), "standard", "0.9");

        assertThat(content.tierLevel()).isNull();
        assertThat(content.rate()).isNull();
    }

    @Test
    void needsATitleAndKeepsTextsWithinTheirColumns() {
        assertThatThrownBy(() -> RecordRules.content(YEAR, RecordRules.reportable(RUBRIC, "norms-3a"),
                new RecordForm("norms-3a", " ", LocalDate.of(2018, 5, 1), null, null, null, null, null, null, null)))
                .hasMessage("请填写标题");
        assertThatThrownBy(() -> RecordRules.content(YEAR, RecordRules.reportable(RUBRIC, "norms-3a"),
                new RecordForm("norms-3a", "x".repeat(201), LocalDate.of(2018, 5, 1), null, null, null, null, null, null, null)))
                .hasMessageContaining("不超过 200 字");
    }
}

package com.xingping.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import com.xingping.kernel.Refusal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A committee fact as entered, for every kind at once: each kind reads only its own fields (listed
 * per field) and the common {@code date}, {@code reference} and {@code reason}. {@code version} is
 * the one read, required for an edit.
 */
@Schema(description = "A committee fact as entered. Each kind reads its own fields and date, reference, reason.")
public record FactForm(
        @Schema(description = "assessed, penalties: the element (norms-1d, study-2b)") String elementId,
        @Schema(description = "assessed: the score, 0 … max on the 0.5 grid; performance/conduct: the 行风评议 score (null: not rated)") BigDecimal score,
        @Schema(description = "penalties: the element's penalty (criticized, missed-training, unimplemented)") String penaltyId,
        @Schema(description = "penalties: how many times (default 1)") Integer times,
        @Schema(description = "baselines: the baseline (study-B1 … innovation-B2)") String baselineId,
        @Schema(description = "baselines: 1 or 2 (the rubric's policy); serious: the deduction") BigDecimal points,
        @Schema(description = "performance: target | leadership | conduct | improved") String aspect,
        @Schema(description = "performance: the committee's yes/no (for conduct only when not rated)") Boolean passed,
        @Schema(description = "commendations, innovations: the project") String project,
        @Schema(description = "commendations: central|provincial|municipal; innovations: national|provincial|municipal; inspections: excellent|good|none") String level,
        @Schema(description = "innovations: commendation (default) | exchange (会议交流或刊物发表, halved)") String form,
        @Schema(description = "pilot: whether the pilot succeeded") Boolean succeeded,
        @Schema(description = "inspections: q1 | q2 | q3 | q4 | year (only the year's overall rating scores)") String period,
        @Schema(description = "the fact's date (ISO); events must lie in the year's window, awards outside it are kept but not scored") LocalDate date,
        @Schema(description = "the document it rests on (文号)") String reference,
        @Schema(description = "why / what happened") String reason,
        @Schema(description = "the version read; required to edit") Integer version) {

    /** From a page's text fields, refusing numbers and dates that cannot be read; empty fields are absent. */
    static FactForm fromPage(Map<String, String> fields) {
        String penalty = text(fields, "penalty");
        String elementId = text(fields, "elementId");
        String penaltyId = text(fields, "penaltyId");
        if (penalty != null && penalty.contains("/")) {
            elementId = penalty.substring(0, penalty.indexOf('/'));
            penaltyId = penalty.substring(penalty.indexOf('/') + 1);
        }
        return new FactForm(elementId, decimal(fields, "score", "分数"), penaltyId, integer(fields, "times", "次数"),
                text(fields, "baselineId"), decimal(fields, "points", "扣分"), text(fields, "aspect"),
                bool(fields, "passed"), text(fields, "project"), text(fields, "level"), text(fields, "form"),
                bool(fields, "succeeded"), text(fields, "period"), date(fields), text(fields, "reference"),
                text(fields, "reason"), integer(fields, "version", "版本"));
    }

    private static String text(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static BigDecimal decimal(Map<String, String> fields, String name, String label) {
        String value = text(fields, name);
        try {
            return value == null ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(name, label + "须为数字，不是“" + value.strip() + "”");
        }
    }

    private static Integer integer(Map<String, String> fields, String name, String label) {
        String value = text(fields, name);
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(name, label + "须为整数，不是“" + value.strip() + "”");
        }
    }

    private static Boolean bool(Map<String, String> fields, String name) {
        String value = text(fields, name);
        return value == null ? null : Boolean.valueOf("true".equalsIgnoreCase(value.strip()) || "是".equals(value.strip()));
    }

    private static LocalDate date(Map<String, String> fields) {
        String value = text(fields, "date");
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal("date", "无法识别的日期“" + value.strip() + "”，请按 2018-03-05 的格式填写");
        }
    }
}

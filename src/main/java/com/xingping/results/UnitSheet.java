package com.xingping.results;

import java.math.BigDecimal;
import java.util.List;

import com.xingping.results.Standings.Deducted;
import com.xingping.results.UnitDetail.BonusLine;
import com.xingping.results.UnitDetail.Explained;
import com.xingping.scoring.SeriousDeduction;

/**
 * One unit's explainable scorecard in an edition: every element with its points, the rule in the
 * notice's words, the explanation and the records behind it; each star with its threshold, the
 * city median, baseline deductions and why it was withheld; 加分 with its cap, the serious
 * deductions, 业绩优 with its conditions and veto; the lines explaining each of them ({@code explained}, null
 * for a version published before they were kept). Everything comes from the edition's line and
 * sheet of the unit, and the edition's own rubric.
 */
public record UnitSheet(EditionHead head, Long unitId, String unitName, Summary summary, List<StarPart> stars,
                 BonusPart bonus, List<SeriousDeduction> deductions, PerformancePart performance,
                 MonthlyActivity activity, Explained explained) {

    public UnitSheet {
        stars = List.copyOf(stars);
        deductions = List.copyOf(deductions);
    }

    /** {@code deducted}: the deductions inside 党建分 by kind, null for a version published before they were kept. */
    public record Summary(int rank, int rankedUnits, int starCount, BigDecimal partyScore, BigDecimal bonus,
                   Deducted deducted, BigDecimal deductions, BigDecimal total, boolean partyExcellent, boolean performanceExcellent,
                   boolean vetoed, boolean doubleExcellent, String advanced) {
        /** 先进, 视同先进 or empty. */
        public String advancedName() {
            return ResultsWorkbook.advanced(advanced);
        }
    }

    /**
     * @param withheld    why the star was not awarded (the engine's {@code Withholding} names)
     * @param explanation the star's lines: earned, deductions, threshold, verdict (empty for an old version)
     */
    public record StarPart(String id, String name, BigDecimal max, BigDecimal threshold, BigDecimal score, boolean awarded,
                    BigDecimal median, List<String> withheld, List<BaselinePart> baselines,
                    BigDecimal falsificationPenalty, List<CriterionPart> criteria, List<String> explanation) {
        public StarPart {
            withheld = List.copyOf(withheld);
            explanation = List.copyOf(explanation);
            baselines = List.copyOf(baselines);
            criteria = List.copyOf(criteria);
        }
    }

    public record BaselinePart(String id, String text, BigDecimal points) {
    }

    public record CriterionPart(String id, String name, BigDecimal max, BigDecimal value, List<ElementPart> elements) {
        public CriterionPart {
            elements = List.copyOf(elements);
        }
    }

    public record ElementPart(String id, String name, BigDecimal max, BigDecimal value, String rule, List<String> explanation,
                       List<RecordRef> records) {
        public ElementPart {
            explanation = List.copyOf(explanation);
            records = List.copyOf(records);
        }
    }

    public record BonusPart(List<BonusLine> items, BigDecimal uncapped, BigDecimal cap, BigDecimal total) {
        public BonusPart {
            items = List.copyOf(items);
        }

        public boolean capped() {
            return uncapped.compareTo(total) > 0;
        }
    }

    /** 业绩优: each condition of the notice and whether it holds; the 行风评议 figures when the unit was rated. */
    public record PerformancePart(List<Condition> conditions, BigDecimal conductScore, BigDecimal conductMean,
                           Integer place, int ratedUnits, boolean official, boolean vetoed, boolean excellent) {
        public PerformancePart {
            conditions = List.copyOf(conditions);
        }

        public boolean rated() {
            return conductScore != null;
        }
    }

    public record Condition(String id, String text, boolean met) {
    }
}

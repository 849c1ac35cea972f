package com.xingping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.xingping.rubric.BaselineDeduction;
import com.xingping.rubric.Criterion;
import com.xingping.rubric.Element;
import com.xingping.rubric.Policy;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.Star;

/**
 * Scores an assessment year under one rubric. Facts are trusted to be valid for the rubric (the
 * document reader and the platform check them); the engine only computes.
 */
public final class ScoringEngine {
    private final Rubric rubric;
    private final Policy policy;
    private final ElementScorer elements;
    private final BonusScorer bonus;
    private final Map<String, BigDecimal> starThresholds = new HashMap<>();

    public ScoringEngine(Rubric rubric) {
        this.rubric = rubric;
        this.policy = rubric.policy();
        this.elements = new ElementScorer(policy, rubric.elements());
        this.bonus = new BonusScorer(rubric);
        rubric.stars().forEach(star -> starThresholds.put(star.id(), star.points().multiply(policy.starThreshold())));
    }

    public Rubric rubric() {
        return rubric;
    }

    /** Every unit's scorecard, ranked among the given units, in the order given, 行风评议 standings computed. */
    public YearResult score(List<UnitFacts> units) {
        return score(units, null);
    }

    /** A read document's year: its units under its official 行风评议 standings, if it has them. */
    public YearResult score(ScoringInput input) {
        return score(input.units(), input.conduct());
    }

    /**
     * Every unit's scorecard, ranked among the given units, in the order given; {@code official} is the
     * committee's entered 行风评议 standings, null to compute them from the units' scores.
     */
    public YearResult score(List<UnitFacts> units, OfficialConduct official) {
        ConductStandings conduct = ConductStandings.of(units, policy, official);
        List<UnitResult> scored = new ArrayList<>(units.size());
        for (UnitFacts unit : units) {
            scored.add(scoreUnit(unit, conduct));
        }
        return new YearResult(rubric.id(), rubric.year(), Ranking.rank(scored));
    }

    private UnitResult scoreUnit(UnitFacts facts, ConductStandings conduct) {
        List<StarResult> stars = new ArrayList<>(rubric.stars().size());
        BigDecimal partyScore = BigDecimal.ZERO;
        int starCount = 0;
        for (Star star : rubric.stars()) {
            StarResult result = scoreStar(star, facts);
            stars.add(result);
            partyScore = partyScore.add(result.score());
            if (result.awarded()) {
                starCount++;
            }
        }
        BonusResult bonusResult = bonus.score(facts.bonus());
        BigDecimal serious = BigDecimal.ZERO;
        for (SeriousDeduction deduction : facts.seriousDeductions()) {
            serious = serious.add(deduction.points());
        }
        BigDecimal total = partyScore.add(bonusResult.total()).subtract(serious);
        boolean partyExcellent = policy.partyExcellent().allStars()
                ? starCount == rubric.stars().size()
                : total.compareTo(policy.partyExcellent().minimum()) >= 0;
        PerformanceResult performance = conduct.judge(facts);
        boolean doubleExcellent = partyExcellent && performance.excellent();
        return new UnitResult(facts.id(), facts.name(), stars, starCount, partyScore, bonusResult,
                facts.seriousDeductions(), serious, total, partyExcellent, performance, doubleExcellent,
                advanced(facts, doubleExcellent), 0);
    }

    private StarResult scoreStar(Star star, UnitFacts facts) {
        List<CriterionResult> criteria = new ArrayList<>(star.criteria().size());
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal falsification = BigDecimal.ZERO;
        boolean anyFalse = false;
        for (Criterion criterion : star.criteria()) {
            List<ElementResult> results = new ArrayList<>(criterion.elements().size());
            for (Element element : criterion.elements()) {
                ElementResult result = elements.score(element, facts);
                results.add(result);
                earned = earned.add(result.earned());
                falsification = falsification.add(result.falsificationPenalty());
                anyFalse |= result.falsified() > 0;
            }
            criteria.add(new CriterionResult(criterion, results));
        }
        List<BaselineViolation> violations = List.of();
        BigDecimal baselineDeduction = BigDecimal.ZERO;
        if (!facts.baselineViolations().isEmpty()) {
            violations = new ArrayList<>();
            for (BaselineViolation violation : facts.baselineViolations()) {
                if (rubric.baseline(violation.baselineId()).filter(b -> b.starId().equals(star.id())).isPresent()) {
                    violations.add(violation);
                }
            }
            baselineDeduction = baselineDeduction(violations);
        }
        BigDecimal score = earned.subtract(baselineDeduction).max(BigDecimal.ZERO).subtract(falsification);
        BigDecimal threshold = starThresholds.get(star.id());
        Set<Withholding> withheld = EnumSet.noneOf(Withholding.class);
        if (score.compareTo(threshold) < 0) {
            withheld.add(Withholding.BELOW_THRESHOLD);
        }
        if (policy.baselineWithholdsStar() && !violations.isEmpty()) {
            withheld.add(Withholding.BASELINE_VIOLATED);
        }
        if (policy.falsificationWithholdsStar() && anyFalse) {
            withheld.add(Withholding.FALSIFIED);
        }
        return new StarResult(star, criteria, earned, violations, baselineDeduction, falsification, score, threshold,
                List.copyOf(withheld));
    }

    /** 每项扣1-2分: per item, the largest points recorded against each violated item, once; or every incident. */
    private BigDecimal baselineDeduction(List<BaselineViolation> violations) {
        if (policy.baselineDeduction() == BaselineDeduction.PER_VIOLATION) {
            return violations.stream().map(BaselineViolation::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        Map<String, BigDecimal> perItem = new HashMap<>();
        violations.forEach(v -> perItem.merge(v.baselineId(), v.points(), BigDecimal::max));
        return perItem.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Advanced advanced(UnitFacts facts, boolean doubleExcellent) {
        if (!doubleExcellent) {
            return null;
        }
        return facts.inTargetAssessment() && !facts.committeeOwn() ? Advanced.ADVANCED : Advanced.DEEMED_ADVANCED;
    }
}

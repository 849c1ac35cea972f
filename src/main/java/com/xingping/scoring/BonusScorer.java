package com.xingping.scoring;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.xingping.rubric.BonusRules;
import com.xingping.rubric.LevelBonus;
import com.xingping.rubric.Rubric;

/**
 * 加分: awards dated in the window count at their level's points (an exchange-form innovation award
 * scaled by its factor); one project awarded more than once counts once at its highest where the
 * rule says so (names compared after NFKC normalisation and trimming); pilot and inspection add
 * their points; the sum is capped.
 */
final class BonusScorer {
    private static final String SAME_PROJECT = "同一项目以最高分计，受到不同层级表彰的不能累计";
    private final Rubric rubric;
    private final BonusRules rules;
    private final String outsideWindow;

    BonusScorer(Rubric rubric) {
        this.rubric = rubric;
        this.rules = rubric.bonus();
        this.outsideWindow = "不在考核期内（" + rubric.window().start(rubric.year()) + " 至 " + rubric.window().end(rubric.year())
                + "）";
    }

    BonusResult score(BonusFacts facts) {
        List<BonusItem> items = new ArrayList<>();
        awards(rules.commendation(), facts.commendations(), items, "");
        awards(rules.innovationAward(), facts.innovationAwards(), items, "创新经验做法");
        if (facts.pilot()) {
            items.add(new BonusItem(rules.pilot().id(), "党建工作试点单位", rules.pilot().pilot(), true, null));
            if (facts.pilotSucceeded()) {
                items.add(new BonusItem(rules.pilot().id(), "党建工作试点成功", rules.pilot().succeeded(), true, null));
            }
        }
        if (facts.inspection() != null) {
            BigDecimal points = rules.inspectionLevels().getOrDefault(facts.inspection(), BigDecimal.ZERO);
            items.add(new BonusItem(rules.inspectionId(), "“一季一督查”年度综合评价为"
                    + rules.inspectionName(facts.inspection()), points, points.signum() > 0,
                    points.signum() > 0 ? null : "评为优秀和良好的方可加分"));
        }
        BigDecimal uncapped = BigDecimal.ZERO;
        for (BonusItem item : items) {
            if (item.counted()) {
                uncapped = uncapped.add(item.points());
            }
        }
        return new BonusResult(items, uncapped, rules.cap(), uncapped.min(rules.cap()));
    }

    /** {@code what}: what of the project was awarded, in words ("创新经验做法"; empty for the project itself). */
    private void awards(LevelBonus rule, List<Award> awards, List<BonusItem> items, String what) {
        if (awards.isEmpty()) {
            return;
        }
        Map<String, BonusItem> bestOfProject = new HashMap<>();
        for (Award award : awards) {
            BigDecimal points = points(rule, award);
            String description = description(rule, award, what);
            if (!rubric.inWindow(award.date())) {
                items.add(new BonusItem(rule.id(), description, points, false, outsideWindow));
                continue;
            }
            BonusItem item = new BonusItem(rule.id(), description, points, true, null);
            if (rule.sameProjectHighest()) {
                String project = project(award.project());
                BonusItem best = bestOfProject.get(project);
                if (best != null && best.points().compareTo(points) >= 0) {
                    item = notCounted(item, SAME_PROJECT);
                } else {
                    if (best != null) {
                        items.set(items.indexOf(best), notCounted(best, SAME_PROJECT));
                    }
                    bestOfProject.put(project, item);
                }
            }
            items.add(item);
        }
    }

    /** A project's name as compared: NFKC (full-width letters, digits and spaces) and trimmed. */
    private static String project(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    }

    /**
     * "“机关党建品牌”受到省委发文表彰（2018-05-02）", "“智慧党建”创新经验做法市级会议交流或刊物发表（2018-09-10；
     * 市级 1 分 × 0.5）": the project, the level and form in the rubric's words, the date, and a scaled form's arithmetic.
     */
    private static String description(LevelBonus rule, Award award, String what) {
        String project = "“" + award.project() + "”" + what;
        String level = rule.levelName(award.level());
        if (!award.exchange()) {
            return project + "受到" + level + rule.formName(false) + "（" + award.date() + "）";
        }
        return project + level + rule.formName(true) + "（" + award.date() + "；" + level + " "
                + Decimals.plain(rule.levels().getOrDefault(award.level(), BigDecimal.ZERO)) + " 分 × "
                + Decimals.plain(rule.exchangeFactor()) + "）";
    }

    private static BonusItem notCounted(BonusItem item, String note) {
        return new BonusItem(item.ruleId(), item.description(), item.points(), false, note);
    }

    private static BigDecimal points(LevelBonus rule, Award award) {
        BigDecimal points = rule.levels().getOrDefault(award.level(), BigDecimal.ZERO);
        return award.exchange() ? points.multiply(rule.exchangeFactor()) : points;
    }
}

package com.xingping.scorecard;

import static com.xingping.scoring.Decimals.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;
import com.xingping.rubric.Policy;
import com.xingping.rubric.TierLevel;
import com.xingping.scoring.Basis;
import com.xingping.scoring.Decimals;
import com.xingping.scoring.ElementResult;
import com.xingping.scoring.PartResult;
import com.xingping.scoring.StarResult;
import com.xingping.scoring.Withholding;

/**
 * What a unit can still do, worded from the engine's results (texts in messages.properties):
 * "再有 2 次“三会一课”可达上限 4 分", "距学习星还差 1.5 分". Null when nothing is open, or when
 * only the committee can change the element (FULL_MINUS, ASSESS) or it rests on a false record. A hint
 * never promises what false records or a withheld star make unreachable: a COUNT with false records
 * says how much it can still add and the most it can reach; a star withheld for a violated baseline or
 * a false record says so, not how far it is from its threshold.
 */
@Component
class Hints {
    private final MessageSource messages;

    Hints(MessageSource messages) {
        this.messages = messages;
    }

    String star(StarResult star) {
        boolean baseline = star.withheld().contains(Withholding.BASELINE_VIOLATED);
        boolean falsified = star.withheld().contains(Withholding.FALSIFIED);
        if (baseline && falsified) {
            return text("scorecard.hint.star.both", star.star().name());
        }
        if (baseline) {
            return text("scorecard.hint.star.baseline", star.star().name());
        }
        if (falsified) {
            return text("scorecard.hint.star.falsified", star.star().name());
        }
        BigDecimal missing = star.toThreshold();
        return missing.signum() > 0 ? text("scorecard.hint.star", star.star().name(), plain(missing)) : null;
    }

    String element(ElementResult result, Policy policy) {
        if (result.falsified() > 0 && result.element().kind() != ElementKind.COUNT) {
            return null;
        }
        return switch (result.element().kind()) {
            case CHECK -> check(result);
            case COUNT -> count(result);
            case TIER -> tier(result);
            case THRESHOLD -> threshold(result);
            case RATIO -> ratio(result, policy);
            case FULL_MINUS, ASSESS -> null;
        };
    }

    private String check(ElementResult result) {
        Element element = result.element();
        return result.basis().reported() ? null
                : text("scorecard.hint.check", quoted(element.name()), plain(element.max()));
    }

    /**
     * Occurrences still needed = ⌈points the occurrences can still add / points each⌉, per part for an
     * element with parts; with penalties the cap minus the penalties is what they can reach, and a
     * falsification penalty stays whatever is added.
     */
    private String count(ElementResult result) {
        Element element = result.element();
        BigDecimal reachable = Decimals.clamp(element.max().subtract(result.penaltyPoints()), BigDecimal.ZERO, element.max());
        BigDecimal gain = reachable.subtract(result.earned());
        String times = result.parts().isEmpty() ? times(element.max().subtract(result.raw().min(element.max())), element)
                : partTimes(result);
        if (times == null || gain.signum() <= 0) {
            return null;
        }
        String name = quoted(element.name());
        String parts = result.parts().isEmpty() ? "count" : "parts";
        if (result.penalties().isEmpty() && result.falsificationPenalty().signum() == 0) {
            return text("scorecard.hint." + parts, times, name, plain(element.max()));
        }
        List<String> reasons = new ArrayList<>();
        if (!result.penalties().isEmpty()) {
            reasons.add(text("scorecard.hint.reason.penalty", plain(result.penaltyPoints())));
        }
        if (result.falsificationPenalty().signum() > 0) {
            reasons.add(text("scorecard.hint.reason.falsified", plain(result.falsificationPenalty()),
                    plain(reachable.subtract(result.falsificationPenalty()))));
        }
        return text("scorecard.hint." + parts + ".more", times, name, plain(gain), String.join("；", reasons));
    }

    /** ⌈gap / each⌉ as text, null when nothing is open. */
    private static String times(BigDecimal gap, Element element) {
        return gap.signum() <= 0 ? null : gap.divide(element.each(), 0, RoundingMode.CEILING).toPlainString();
    }

    /** "机关党建工作汇报 1 次、群团工作汇报 1 次": each part still open, with the occurrences it needs. */
    private String partTimes(ElementResult result) {
        List<String> open = new ArrayList<>();
        for (PartResult part : result.parts()) {
            String times = times(part.part().max().subtract(part.earned()), result.element());
            if (times != null) {
                open.add(text("scorecard.hint.part", part.part().name(), times));
            }
        }
        return open.isEmpty() ? null : String.join("、", open);
    }

    private String tier(ElementResult result) {
        Element element = result.element();
        TierLevel top = element.levels().stream().max(Comparator.comparing(TierLevel::points)).orElseThrow();
        return result.raw().compareTo(top.points()) >= 0 ? null
                : text("scorecard.hint.tier", quoted(top.name()), plain(top.points()));
    }

    private String threshold(ElementResult result) {
        Element element = result.element();
        if (result.raw().signum() > 0) {
            return null;
        }
        String needed = percent(element.threshold());
        Basis basis = result.basis();
        return basis.reported()
                ? text("scorecard.hint.threshold.below", quoted(element.name()), percent(basis.measured()), needed,
                        plain(element.max()))
                : text("scorecard.hint.threshold", quoted(element.name()), needed, plain(element.max()));
    }

    private String ratio(ElementResult result, Policy policy) {
        Basis basis = result.basis();
        String max = plain(result.element().max());
        if (!basis.reported() || basis.members() == 0) {
            return text("scorecard.hint.ratio.noRoster", max);
        }
        int missing = basis.members() - basis.met();
        return missing == 0 ? null : text("scorecard.hint.ratio", String.valueOf(missing),
                plain(policy.leadershipHours()), plain(policy.ordinaryHours()), max);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    /** Element names that carry quotes of their own (“三会一课”, 规范化建设、“先锋支部”) keep them; others get them. */
    static String quoted(String name) {
        return name.contains("“") ? name : "“" + name + "”";
    }

    private static String percent(BigDecimal rate) {
        return plain(rate.movePointRight(2)) + "%";
    }
}

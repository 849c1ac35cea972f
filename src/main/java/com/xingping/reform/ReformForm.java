package com.xingping.reform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.xingping.rubric.Element;
import com.xingping.rubric.Rubric;

/**
 * The page's form of the numbers that matter, each left empty to keep the rubric text's own: read into
 * {@link ScenarioChanges}, every unreadable number named with its field.
 */
final class ReformForm {
    private ReformForm() {
    }

    static ScenarioChanges changes(Map<String, String> params, Rubric rubric) {
        List<ScenarioProblem> problems = new ArrayList<>();
        BigDecimal threshold = decimal(params, "starThreshold", "星级门槛", problems);
        BigDecimal cap = decimal(params, "bonusCap", "加分上限", problems);
        BigDecimal multiplier = decimal(params, "falsificationMultiplier", "弄虚作假倒扣倍数", problems);
        BigDecimal bottom = decimal(params, "conductVetoBottom", "行风评议末位否决名次数", problems);
        Integer vetoBottom = null;
        if (bottom != null) {
            try {
                vetoBottom = bottom.intValueExact();
            } catch (ArithmeticException notWhole) {
                problems.add(new ScenarioProblem("conductVetoBottom", "行风评议末位否决名次数", "须为整数"));
            }
        }
        String ties = blankToNull(params.get("conductVetoTies"));
        Map<String, ScenarioChanges.ElementChange> elements = new LinkedHashMap<>();
        for (Element element : rubric.elements()) {
            BigDecimal max = decimal(params, "max." + element.id(), element.name() + "的满分", problems);
            BigDecimal each = decimal(params, "each." + element.id(), element.name() + "的每次分值", problems);
            if (max != null || each != null) {
                elements.put(element.id(), new ScenarioChanges.ElementChange(max, each));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioRefused(problems);
        }
        return new ScenarioChanges(threshold, cap, vetoBottom, ties, multiplier, elements);
    }

    private static BigDecimal decimal(Map<String, String> params, String field, String label, List<ScenarioProblem> problems) {
        String text = blankToNull(params.get(field));
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new ScenarioProblem(field, label, "须为数字"));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

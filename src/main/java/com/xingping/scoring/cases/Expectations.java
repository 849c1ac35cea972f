package com.xingping.scoring.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.xingping.kernel.Value;
import com.xingping.rubric.Criterion;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.Star;

/**
 * What a case may expect of a unit (the fields of the scoring output document) and how it is
 * compared: only the paths the case names; numbers as decimals (0.3 equals 0.30), lists item by item.
 */
final class Expectations {
    private static final List<String> NUMBERS = List.of("partyScore", "bonus", "seriousDeductions", "total");
    private static final List<String> INTEGERS = List.of("starCount", "rank");
    private static final List<String> BOOLEANS = List.of("partyExcellent", "performanceExcellent", "vetoed",
            "doubleExcellent");
    private static final List<String> UNIT_KEYS = List.of("elements", "criteria", "stars", "starCount", "partyScore",
            "bonus", "seriousDeductions", "total", "partyExcellent", "performanceExcellent", "vetoed", "doubleExcellent",
            "advanced", "rank");
    private static final List<String> STAR_KEYS = List.of("score", "awarded", "withheld");
    private static final List<String> WITHHELD = List.of("belowThreshold", "baseline", "falsified");
    private static final List<String> ADVANCED = List.of("advanced", "deemedAdvanced");

    private final Set<String> elementIds = new HashSet<>();
    private final Set<String> criterionIds = new HashSet<>();
    private final Set<String> starIds = new HashSet<>();

    Expectations(Rubric rubric) {
        for (Star star : rubric.stars()) {
            starIds.add(star.id());
            for (Criterion criterion : star.criteria()) {
                criterionIds.add(criterion.id());
                criterion.elements().forEach(element -> elementIds.add(element.id()));
            }
        }
    }

    /**
     * The case's expectations keyed by unit id: a one-unit case expects of that unit, a year's case
     * names each unit it expects something of.
     */
    Value perUnit(RubricCase rubricCase, List<String> unitIds) {
        Value expect = rubricCase.expect();
        String where = CaseRunner.where(rubricCase) + ": expect";
        if (rubricCase.given().get("units") == null) {
            check(expect, where);
            return Value.object(new String[] {unitIds.get(0)}, new Value[] {expect});
        }
        for (int i = 0; i < expect.size(); i++) {
            String unitId = expect.name(i);
            if (!unitIds.contains(unitId)) {
                throw new BadCaseInput(where + "." + unitId + ": no such unit in given.units (a year's case expects per unit id)");
            }
            if (!expect.get(i).isObject()) {
                throw new BadCaseInput(where + "." + unitId + ": must be a mapping of expected values");
            }
            check(expect.get(i), where + "." + unitId);
        }
        return expect;
    }

    private void check(Value unit, String where) {
        for (int i = 0; i < unit.size(); i++) {
            String key = unit.name(i);
            Value value = unit.get(i);
            String place = where + "." + key;
            if (!UNIT_KEYS.contains(key)) {
                throw new BadCaseInput(place + ": unknown key (expect takes " + String.join(", ", UNIT_KEYS) + ")");
            }
            switch (key) {
                case "elements" -> numbers(value, elementIds, "element", place);
                case "criteria" -> numbers(value, criterionIds, "criterion", place);
                case "stars" -> stars(value, place);
                case "advanced" -> {
                    if (!value.isNull() && !(value.isString() && ADVANCED.contains(value.stringValue()))) {
                        throw new BadCaseInput(place + ": must be advanced, deemedAdvanced or null");
                    }
                }
                default -> scalar(key, value, place);
            }
        }
    }

    private static void scalar(String key, Value value, String place) {
        if (NUMBERS.contains(key) && !value.isNumber()) {
            throw new BadCaseInput(place + ": must be a number");
        }
        if (INTEGERS.contains(key) && !(value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0)) {
            throw new BadCaseInput(place + ": must be a whole number");
        }
        if (BOOLEANS.contains(key) && !value.isBoolean()) {
            throw new BadCaseInput(place + ": must be true or false");
        }
    }

    private static void numbers(Value map, Set<String> ids, String what, String place) {
        if (!map.isObject()) {
            throw new BadCaseInput(place + ": must be a mapping of " + what + " ids to numbers");
        }
        for (int i = 0; i < map.size(); i++) {
            if (!ids.contains(map.name(i))) {
                throw new BadCaseInput(place + "." + map.name(i) + ": no such " + what + " in the rubric");
            }
            if (!map.get(i).isNumber()) {
                throw new BadCaseInput(place + "." + map.name(i) + ": must be a number");
            }
        }
    }

    private void stars(Value map, String place) {
        if (!map.isObject()) {
            throw new BadCaseInput(place + ": must be a mapping of star ids");
        }
        for (int i = 0; i < map.size(); i++) {
            String starPlace = place + "." + map.name(i);
            if (!starIds.contains(map.name(i))) {
                throw new BadCaseInput(starPlace + ": no such star in the rubric");
            }
            Value star = map.get(i);
            if (!star.isObject()) {
                throw new BadCaseInput(starPlace + ": must be a mapping of score, awarded, withheld");
            }
            for (int j = 0; j < star.size(); j++) {
                String key = star.name(j);
                Value value = star.get(j);
                if (!STAR_KEYS.contains(key)) {
                    throw new BadCaseInput(starPlace + "." + key + ": unknown key (a star takes score, awarded, withheld)");
                }
                boolean fits = switch (key) {
                    case "score" -> value.isNumber();
                    case "awarded" -> value.isBoolean();
                    default -> withheld(value);
                };
                if (!fits) {
                    throw new BadCaseInput(starPlace + "." + key + ": must be " + switch (key) {
                        case "score" -> "a number";
                        case "awarded" -> "true or false";
                        default -> "a list of " + String.join(", ", WITHHELD);
                    });
                }
            }
        }
    }

    private static boolean withheld(Value value) {
        if (!value.isArray()) {
            return false;
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isString() || !WITHHELD.contains(value.get(i).stringValue())) {
                return false;
            }
        }
        return true;
    }

    /** Adds a line to {@code differences} for every expected leaf the actual value does not match. */
    static void compare(String path, Value expected, Value actual, List<String> differences) {
        if (expected.isObject()) {
            for (int i = 0; i < expected.size(); i++) {
                Value child = actual != null && actual.isObject() ? actual.get(expected.name(i)) : null;
                compare(path + expected.name(i) + (expected.get(i).isObject() ? "." : ""), expected.get(i), child,
                        differences);
            }
            return;
        }
        if (actual == null) {
            differences.add(path + " expected " + shown(expected) + " but the output has no " + path);
        } else if (!same(expected, actual)) {
            differences.add(path + " expected " + shown(expected) + " but was " + shown(actual));
        }
    }

    private static boolean same(Value expected, Value actual) {
        if (expected.isNumber()) {
            return actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!same(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.toString().equals(actual.toString());
    }

    private static String shown(Value value) {
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                items.add(shown(value.get(i)));
            }
            return "[" + String.join(", ", items) + "]";
        }
        return value.toString();
    }
}

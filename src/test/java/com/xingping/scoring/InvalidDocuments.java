package com.xingping.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The example year of the spec, and one broken variant of it for every error of the spec's Errors
 * section, each with the message line it must be refused with. Shared by the reader, command and
 * API tests so that all three refuse the same documents the same way.
 */
public final class InvalidDocuments {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Case(String name, String document, String expectedProblem) {
        @Override
        public String toString() {
            return name;
        }
    }

    private InvalidDocuments() {
    }

    public static String exampleYear() {
        try (InputStream in = InvalidDocuments.class.getClassLoader().getResourceAsStream("examples/example-year.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Case> all() {
        return List.of(
                variant("unknown rubric", d -> d.put("rubric", "shaoxing-1999"), "rubric: no such rubric shaoxing-1999"),
                variant("year of another rubric", d -> d.put("year", 2019), "year: 2019 is not the year of rubric shaoxing-2018 (2018)"),
                variant("unknown element", d -> unit(d, 0).putObject("counts").put("study-9z", 2),
                        "unit U001: counts.study-9z: no such element"),
                variant("fact for an element of another kind", d -> unit(d, 1).putObject("checks").put("norms-3a", true),
                        "unit U002: checks.norms-3a: norms-3a is a COUNT element, not CHECK"),
                variant("negative count", d -> unit(d, 0).putObject("counts").put("norms-3a", -1),
                        "unit U001: counts.norms-3a: must not be negative, not -1"),
                variant("fractional count", d -> unit(d, 0).putObject("counts").put("norms-3a", 2.5),
                        "unit U001: counts.norms-3a: must be a whole number, not 2.5"),
                variant("assessed score off the 0.5 grid", d -> unit(d, 2).putObject("assessed").put("norms-1d", 5.3),
                        "unit U003: assessed.norms-1d: 5.3 is not a multiple of 0.5"),
                variant("assessed score above the maximum", d -> unit(d, 2).putObject("assessed").put("norms-1d", 6.5),
                        "unit U003: assessed.norms-1d: 6.5 is outside [0, 6]"),
                variant("unknown tier level", d -> unit(d, 0).putObject("tiers").put("innovation-2e", "excellent"),
                        "unit U001: tiers.innovation-2e: unknown level excellent (expected one of standard, active)"),
                variant("rate above 1", d -> unit(d, 0).putObject("rates").put("innovation-3d", 1.2),
                        "unit U001: rates.innovation-3d: 1.2 is outside [0, 1]"),
                variant("negative rate", d -> unit(d, 0).putObject("rates").put("innovation-3d", -0.1),
                        "unit U001: rates.innovation-3d: -0.1 is outside [0, 1]"),
                variant("baseline points other than 1 or 2", d -> violation(d, "study-B1", 3),
                        "unit U001: baselineViolations[0].points: must be one of 1, 2, not 3"),
                variant("unknown baseline", d -> violation(d, "study-B9", 1),
                        "unit U001: baselineViolations[0].id: no such baseline study-B9"),
                variant("penalty the element does not have", d -> unit(d, 0).putObject("penalties")
                                .putObject("norms-3a").put("criticized", 1),
                        "unit U001: penalties.norms-3a.criticized: norms-3a has no penalty criticized"),
                variant("more falsified than counted", d -> unit(d, 0).putObject("falsified").put("norms-3a", 7),
                        "unit U001: falsified.norms-3a: 7 falsified but only 6 counted"),
                variant("falsified check that was not reported", d -> unit(d, 0).putObject("falsified").put("service-3c", 1),
                        "unit U001: falsified.service-3c: 1 falsified but no fact is given for service-3c"),
                variant("falsified on a FULL_MINUS element", d -> unit(d, 0).putObject("falsified").put("study-3a", 1),
                        "unit U001: falsified.study-3a: a FULL_MINUS element cannot be falsified"),
                variant("falsified on a RATIO element", d -> unit(d, 0).putObject("falsified").put("study-2c", 1),
                        "unit U001: falsified.study-2c: a RATIO element cannot be falsified"),
                variant("a number where parts are needed", d -> counts(d, 0).put("norms-1a", 3),
                        "unit U001: counts.norms-1a: norms-1a has parts: give an object of party, mass with a count each, "
                                + "not a single number"),
                variant("an unknown part", d -> counts(d, 0).putObject("study-3b").put("third-half", 1),
                        "unit U001: counts.study-3b.third-half: no such part of study-3b (it has first-half, second-half)"),
                variant("a number where falsified parts are needed", d -> unit(d, 0).putObject("falsified").put("study-3b", 1),
                        "unit U001: falsified.study-3b: study-3b has parts: give an object of first-half, second-half"),
                variant("more falsified in a part than counted in it", d -> unit(d, 0).putObject("falsified")
                                .putObject("norms-1a").put("party", 3),
                        "unit U001: falsified.norms-1a.party: 3 falsified but only 2 counted"),
                variant("falsified in a part that was never counted", d -> unit(d, 0).putObject("falsified")
                                .putObject("norms-1a").put("mass", 1),
                        "unit U001: falsified.norms-1a.mass: 1 falsified but only 0 counted"),
                variant("1 falsified for a tier with no level given", d -> unit(d, 4).putObject("falsified")
                                .put("innovation-2e", 1),
                        "unit U005: falsified.innovation-2e: 1 falsified but no fact is given for innovation-2e"),
                variant("more than 1 falsified for a single fact", d -> unit(d, 0).putObject("falsified").put("study-1a", 2),
                        "unit U001: falsified.study-1a: must be 1 (the fact given is false) or an object with the false claim, not 2"),
                variant("a false claim of the wrong field", d -> unit(d, 0).putObject("falsified")
                                .putObject("innovation-2e").put("check", true),
                        "unit U001: falsified.innovation-2e.check: unknown field (expected one of tier)"),
                variant("a false claim without its field", d -> unit(d, 0).putObject("falsified").putObject("norms-1d"),
                        "unit U001: falsified.norms-1d.assessed: missing: the false claim of an ASSESS element"),
                variant("a false claim of an unknown tier level", d -> unit(d, 0).putObject("falsified")
                                .putObject("innovation-2e").put("tier", "excellent"),
                        "unit U001: falsified.innovation-2e.tier: unknown level excellent (expected one of standard, active)"),
                variant("a false claim of a rate above 1", d -> unit(d, 0).putObject("falsified")
                                .putObject("innovation-3d").put("rate", 1.5),
                        "unit U001: falsified.innovation-3d.rate: 1.5 is outside [0, 1]"),
                variant("a false claim of an assessed score off the 0.5 grid", d -> unit(d, 0).putObject("falsified")
                                .putObject("norms-1d").put("assessed", 5.3),
                        "unit U001: falsified.norms-1d.assessed: 5.3 is not a multiple of 0.5"),
                variant("a false claim of an assessed score above the maximum", d -> unit(d, 0).putObject("falsified")
                                .putObject("norms-1d").put("assessed", 7),
                        "unit U001: falsified.norms-1d.assessed: 7 is outside [0, 6]"),
                variant("a false claim that a check was not done", d -> unit(d, 0).putObject("falsified")
                                .putObject("study-1a").put("check", false),
                        "unit U001: falsified.study-1a.check: a false claim of a CHECK element is true (the claim that it was done)"),
                variant("conduct.bottom naming a unit not in the document", d -> d.putObject("conduct").put("mean", 86.25)
                                .putArray("bottom").add("U099"),
                        "conduct.bottom[0]: no unit U099 in this document"),
                variant("conduct.bottom naming a unit not rated", d -> d.putObject("conduct").put("mean", 86.25)
                                .putArray("bottom").add("U001").add("U002"),
                        "conduct.bottom[1]: unit U002 is not rated in 行风评议 (no conductScore)"),
                variant("conduct.bottom naming a unit twice", d -> d.putObject("conduct").put("mean", 86.25)
                                .putArray("bottom").add("U001").add("U001"),
                        "conduct.bottom[1]: unit U001 is listed twice"),
                variant("negative conduct.mean", d -> d.putObject("conduct").put("mean", -1).putArray("bottom"),
                        "conduct.mean: must not be negative, not -1"),
                variant("conduct without a mean", d -> d.putObject("conduct").putArray("bottom").add("U001"),
                        "conduct.mean: missing"),
                variant("unknown field in conduct", d -> d.putObject("conduct").put("mean", 86.25).put("median", 87),
                        "conduct.median: unknown field (expected one of mean, bottom)"),
                variant("conduct that is not an object", d -> d.put("conduct", 86.25),
                        "conduct: must be an object with mean and bottom, or null"),
                variant("negative hours", d -> ((ObjectNode) unit(d, 0).withArray("roster").get(0)).put("hours", -3),
                        "unit U001: roster[0].hours: must not be negative, not -3"),
                variant("unknown role", d -> ((ObjectNode) unit(d, 0).withArray("roster").get(0)).put("role", "secretary"),
                        "unit U001: roster[0].role: must be leadership or ordinary, not secretary"),
                variant("negative deduction", d -> unit(d, 0).putArray("seriousDeductions").addObject()
                                .put("points", -2).put("reason", "市纪委通报"),
                        "unit U001: seriousDeductions[0].points: must not be negative, not -2"),
                variant("bad date", d -> ((ObjectNode) unit(d, 0).withObject("bonus").withArray("commendations").get(0))
                                .put("date", "2018-02-30"),
                        "unit U001: bonus.commendations[0].date: not a date (YYYY-MM-DD): 2018-02-30"),
                variant("duplicate unit id", d -> unit(d, 1).put("id", "U001"), "unit U001: id: duplicate unit id"),
                variant("unit without id", d -> unit(d, 1).remove("id"), "units[1]: id: missing: every unit needs a non-empty id"),
                variant("misspelt field", d -> unit(d, 0).set("chekcs", unit(d, 0).remove("checks")),
                        "unit U001: chekcs: unknown field"),
                new Case("malformed JSON", "{\"rubric\": \"shaoxing-2018\", \"year\": 2018, \"units\": [",
                        "malformed JSON"));
    }

    private static Case variant(String name, Consumer<ObjectNode> breakIt, String expectedProblem) {
        ObjectNode document = (ObjectNode) JSON.readTree(exampleYear());
        breakIt.accept(document);
        return new Case(name, JSON.writeValueAsString(document), expectedProblem);
    }

    private static ObjectNode unit(ObjectNode document, int index) {
        return (ObjectNode) ((ArrayNode) document.get("units")).get(index);
    }

    private static ObjectNode counts(ObjectNode document, int index) {
        return (ObjectNode) unit(document, index).get("counts");
    }

    private static void violation(ObjectNode document, String baselineId, int points) {
        unit(document, 0).putArray("baselineViolations").addObject().put("id", baselineId).put("points", points);
    }
}

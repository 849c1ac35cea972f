package com.xingping.scoring;

import static com.xingping.scoring.Decimals.plain;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes the scoring input document of docs/scoring-io.md from facts, so that
 * {@code ScoringDocumentReader.read(write(input))} gives the same facts back (decimals equal by
 * value). Element entries follow the rubric's order; every unit's committee facts (业绩优, 加分)
 * are written out even when empty, so the document says what was known.
 */
public final class ScoringInputWriter {
    private ScoringInputWriter() {
    }

    public static String write(ScoringInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(input, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public static void write(ScoringInput input, OutputStream out) {
        Comparator<String> rubricOrder = rubricOrder(input);
        Map<String, ElementKind> kinds = new HashMap<>();
        input.rubric().elements().forEach(e -> kinds.put(e.id(), e.kind()));
        try (JsonGenerator json = ScoringDocumentReader.JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("rubric", input.rubric().id());
            json.writeNumberProperty("year", input.year());
            if (input.conduct() != null) {
                conduct(json, input.conduct());
            }
            json.writeArrayPropertyStart("units");
            for (UnitFacts unit : input.units()) {
                new UnitWriter(json, rubricOrder, kinds).write(unit);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void conduct(JsonGenerator json, OfficialConduct conduct) {
        json.writeObjectPropertyStart("conduct");
        json.writeName("mean");
        json.writeNumber(plain(conduct.mean()));
        json.writeArrayPropertyStart("bottom");
        for (String id : conduct.bottom().stream().sorted().toList()) {
            json.writeString(id);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Element ids in the rubric's order; an id the rubric lacks (the reader would refuse it) last. */
    private static Comparator<String> rubricOrder(ScoringInput input) {
        Map<String, Integer> position = new HashMap<>();
        List<Element> elements = input.rubric().elements();
        for (int i = 0; i < elements.size(); i++) {
            position.put(elements.get(i).id(), i);
        }
        return Comparator.<String>comparingInt(id -> position.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    private record UnitWriter(JsonGenerator json, Comparator<String> order, Map<String, ElementKind> kinds) {

        void write(UnitFacts unit) {
            json.writeStartObject();
            json.writeStringProperty("id", unit.id());
            if (unit.name() != null) {
                json.writeStringProperty("name", unit.name());
            }
            json.writeBooleanProperty("inTargetAssessment", unit.inTargetAssessment());
            json.writeBooleanProperty("committeeOwn", unit.committeeOwn());
            json.writeObjectPropertyStart("checks");
            for (String id : sorted(unit.checks())) {
                json.writeBooleanProperty(id, true);
            }
            json.writeEndObject();
            counts("counts", unit.counts(), unit.partCounts());
            json.writeObjectPropertyStart("assessed");
            for (String id : sorted(unit.assessed().keySet())) {
                number(id, unit.assessed().get(id));
            }
            json.writeEndObject();
            json.writeObjectPropertyStart("tiers");
            for (String id : sorted(unit.tiers().keySet())) {
                json.writeStringProperty(id, unit.tiers().get(id));
            }
            json.writeEndObject();
            json.writeObjectPropertyStart("rates");
            for (String id : sorted(unit.rates().keySet())) {
                number(id, unit.rates().get(id));
            }
            json.writeEndObject();
            if (unit.roster() != null) {
                roster(unit.roster());
            }
            penalties(unit.penalties());
            falsified(unit);
            baselines(unit.baselineViolations());
            serious(unit.seriousDeductions());
            performance(unit.performance());
            bonus(unit.bonus());
            json.writeEndObject();
        }

        /** Plain counts and, for elements with parts, an object of part → count, in the rubric's order. */
        private void counts(String name, Map<String, Integer> plain, Map<String, Map<String, Integer>> byPart) {
            json.writeObjectPropertyStart(name);
            List<String> ids = new ArrayList<>(plain.keySet());
            ids.addAll(byPart.keySet());
            for (String id : sorted(ids)) {
                if (byPart.containsKey(id)) {
                    parts(id, byPart.get(id));
                } else {
                    json.writeNumberProperty(id, plain.get(id));
                }
            }
            json.writeEndObject();
        }

        private void parts(String id, Map<String, Integer> byPart) {
            json.writeObjectPropertyStart(id);
            for (Map.Entry<String, Integer> part : new TreeMap<>(byPart).entrySet()) {
                json.writeNumberProperty(part.getKey(), part.getValue());
            }
            json.writeEndObject();
        }

        /** False occurrences (plain or by part), and false claims as objects apart from the true facts. */
        private void falsified(UnitFacts unit) {
            json.writeObjectPropertyStart("falsified");
            List<String> ids = new ArrayList<>(unit.falsified().keySet());
            ids.addAll(unit.partFalsified().keySet());
            ids.addAll(unit.falseClaims().keySet());
            for (String id : sorted(ids)) {
                FalseClaim claim = unit.falseClaims().get(id);
                if (claim != null) {
                    claim(id, claim, unit);
                } else if (unit.partFalsified().containsKey(id)) {
                    parts(id, unit.partFalsified().get(id));
                } else {
                    json.writeNumberProperty(id, unit.falsified().get(id));
                }
            }
            json.writeEndObject();
        }

        private void claim(String id, FalseClaim claim, UnitFacts unit) {
            json.writeObjectPropertyStart(id);
            if (claim.level() != null) {
                json.writeStringProperty("tier", claim.level());
            } else if (claim.measure() == null) {
                json.writeBooleanProperty("check", true);
            } else if (kinds.get(id) == ElementKind.THRESHOLD) {
                number("rate", claim.measure());
            } else {
                number("assessed", claim.measure());
            }
            json.writeEndObject();
        }

        private void roster(List<Member> roster) {
            json.writeArrayPropertyStart("roster");
            for (Member member : roster) {
                json.writeStartObject();
                json.writeStringProperty("role", member.role() == Role.LEADERSHIP ? "leadership" : "ordinary");
                number("hours", member.hours());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void penalties(Map<String, Map<String, Integer>> penalties) {
            json.writeObjectPropertyStart("penalties");
            for (String id : sorted(penalties.keySet())) {
                Map<String, Integer> byPenalty = penalties.get(id);
                json.writeObjectPropertyStart(id);
                for (String penaltyId : byPenalty.keySet().stream().sorted().toList()) {
                    json.writeNumberProperty(penaltyId, byPenalty.get(penaltyId));
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }

        private void baselines(List<BaselineViolation> violations) {
            json.writeArrayPropertyStart("baselineViolations");
            for (BaselineViolation violation : violations) {
                json.writeStartObject();
                json.writeStringProperty("id", violation.baselineId());
                number("points", violation.points());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void serious(List<SeriousDeduction> deductions) {
            json.writeArrayPropertyStart("seriousDeductions");
            for (SeriousDeduction deduction : deductions) {
                json.writeStartObject();
                number("points", deduction.points());
                if (deduction.reason() != null) {
                    json.writeStringProperty("reason", deduction.reason());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void performance(PerformanceFacts performance) {
            json.writeObjectPropertyStart("performance");
            json.writeBooleanProperty("targetWinner", performance.targetWinner());
            json.writeBooleanProperty("leadershipSound", performance.leadershipSound());
            if (performance.conductScore() == null) {
                json.writeNullProperty("conductScore");
            } else {
                number("conductScore", performance.conductScore());
            }
            json.writeBooleanProperty("conductImproved", performance.conductImproved());
            json.writeBooleanProperty("conductAccepted", performance.conductAccepted());
            json.writeEndObject();
        }

        private void bonus(BonusFacts bonus) {
            json.writeObjectPropertyStart("bonus");
            awards("commendations", bonus.commendations(), false);
            awards("innovationAwards", bonus.innovationAwards(), true);
            json.writeObjectPropertyStart("pilot");
            json.writeBooleanProperty("pilot", bonus.pilot());
            json.writeBooleanProperty("succeeded", bonus.pilotSucceeded());
            json.writeEndObject();
            if (bonus.inspection() != null) {
                json.writeStringProperty("inspection", bonus.inspection());
            }
            json.writeEndObject();
        }

        private void awards(String name, List<Award> awards, boolean withForm) {
            json.writeArrayPropertyStart(name);
            for (Award award : awards) {
                json.writeStartObject();
                json.writeStringProperty("project", award.project());
                json.writeStringProperty("level", award.level());
                if (withForm) {
                    json.writeStringProperty("form", award.exchange() ? "exchange" : "commendation");
                }
                json.writeStringProperty("date", award.date().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void number(String name, BigDecimal value) {
            json.writeName(name);
            json.writeNumber(plain(value));
        }

        private List<String> sorted(Collection<String> ids) {
            List<String> list = new ArrayList<>(ids);
            list.sort(order);
            return list;
        }
    }
}

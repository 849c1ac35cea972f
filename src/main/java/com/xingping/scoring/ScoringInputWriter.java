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

import com.xingping.rubric.Element;

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
        try (JsonGenerator json = ScoringDocumentReader.JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("rubric", input.rubric().id());
            json.writeNumberProperty("year", input.year());
            json.writeArrayPropertyStart("units");
            for (UnitFacts unit : input.units()) {
                new UnitWriter(json, rubricOrder).write(unit);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
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

    private record UnitWriter(JsonGenerator json, Comparator<String> order) {

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
            integers("counts", unit.counts());
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
            integers("falsified", unit.falsified());
            baselines(unit.baselineViolations());
            serious(unit.seriousDeductions());
            performance(unit.performance());
            bonus(unit.bonus());
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

        private void integers(String name, Map<String, Integer> values) {
            json.writeObjectPropertyStart(name);
            for (String id : sorted(values.keySet())) {
                json.writeNumberProperty(id, values.get(id));
            }
            json.writeEndObject();
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

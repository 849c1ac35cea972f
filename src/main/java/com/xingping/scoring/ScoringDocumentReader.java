package com.xingping.scoring;

import static com.xingping.scoring.Decimals.plain;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.xingping.kernel.Problems;
import com.xingping.kernel.TreeNode;
import com.xingping.kernel.Value;
import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;
import com.xingping.rubric.LevelBonus;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricException;
import com.xingping.rubric.RubricLoader;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the scoring input document of docs/scoring-io.md and checks every fact against the rubric
 * it names. A document with any problem is refused whole: {@link InvalidDocumentException} lists
 * each problem as {@code unit U07: counts.study-9z: no such element}.
 */
public final class ScoringDocumentReader {
    // jackson-core only (no databind): duplicate properties are refused by Value, where they are read
    static final JsonFactory JSON = new JsonFactory();
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final String NOT_AN_OBJECT = "the document must be a JSON object with rubric, year and units";

    private ScoringDocumentReader() {
    }

    /**
     * Streams the document: each unit is read into a small value of its own, checked and dropped,
     * so a year of thousands of units never sits in memory as one tree.
     */
    public static ScoringInput read(InputStream json) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidDocumentException(List.of("malformed JSON: the document is empty"));
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InvalidDocumentException(List.of(NOT_AN_OBJECT));
            }
            List<String> names = new ArrayList<>();
            List<Value> values = new ArrayList<>();
            Document document = new Document();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (names.contains(name)) {
                    throw new StreamReadException(parser, "Duplicate Object property \"" + name + "\"");
                }
                names.add(name);
                JsonToken value = parser.nextToken();
                if (name.equals("units") && value == JsonToken.START_ARRAY) {
                    values.add(null);
                    document.unitsBegin(header(names, values));
                    Value.Reader units = new Value.Reader(parser);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        document.unit(units.read());
                    }
                } else {
                    values.add(Value.read(parser));
                }
            }
            return document.finish(header(names, values));
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new InvalidDocumentException(List.of("malformed JSON: " + e.getOriginalMessage() + where));
        }
    }

    /** The document's properties other than the units read so far (the units stand as null). */
    private static Value header(List<String> names, List<Value> values) {
        return Value.object(names.toArray(String[]::new), values.toArray(Value[]::new));
    }

    /**
     * One document being read: its header (rubric, year) and its units, taken one at a time. Units
     * met before the rubric is known wait for it. Header problems are reported before unit problems.
     */
    private static final class Document {
        private final Problems headerProblems = new Problems();
        private final Problems unitProblems = new Problems();
        private final List<Value> waiting = new ArrayList<>();
        private final List<UnitFacts> units = new ArrayList<>();
        private final Set<String> unitIds = new HashSet<>();
        private boolean unitsGiven;
        private boolean resolved;
        private Rubric rubric;
        private int index;

        void unitsBegin(Value header) {
            unitsGiven = true;
            if (header.get("rubric") != null) {
                resolve(header);
            }
        }

        void unit(Value unit) {
            if (resolved) {
                read(unit);
            } else {
                waiting.add(unit);
            }
        }

        ScoringInput finish(Value header) {
            TreeNode root = new TreeNode(header, "", headerProblems);
            if (!resolved) {
                resolve(header);
            }
            waiting.forEach(this::read);
            root.allowOnly("rubric", "year", "units");
            Integer year = root.field("year").integer();
            if (rubric != null && year != null && year != rubric.year()) {
                root.field("year").problem(year + " is not the year of rubric " + rubric.id() + " (" + rubric.year() + ")");
            }
            if (!unitsGiven) {
                if (root.field("units").isAbsent()) {
                    root.field("units").problem("missing");
                } else {
                    root.field("units").items();
                }
            }
            Problems all = new Problems();
            all.addAll(headerProblems);
            all.addAll(unitProblems);
            if (!all.isEmpty()) {
                throw new InvalidDocumentException(all.lines());
            }
            return new ScoringInput(rubric, year, units);
        }

        private void resolve(Value header) {
            resolved = true;
            rubric = rubric(new TreeNode(header, "", headerProblems).field("rubric"));
        }

        private void read(Value unit) {
            int position = index++;
            if (rubric == null) {
                return;
            }
            UnitFacts facts = new UnitReader(rubric, new TreeNode(unit, "units[" + position + "]", unitProblems),
                    unitProblems).read();
            if (facts != null && !unitIds.add(facts.id())) {
                unitProblems.add("unit " + facts.id(), "id: duplicate unit id");
            }
            units.add(facts);
        }
    }

    private static Rubric rubric(TreeNode node) {
        String id = node.text();
        if (id == null) {
            return null;
        }
        try {
            return RubricLoader.bundled(id);
        } catch (RubricException e) {
            node.problem("no such rubric " + id);
            return null;
        }
    }

    /** Reads one unit; its problems are reported under "unit ID" (or "units[i]" before the id is known). */
    private static final class UnitReader {
        private final Rubric rubric;
        private final TreeNode source;
        private final Problems outer;
        private final Problems problems = new Problems();

        UnitReader(Rubric rubric, TreeNode source, Problems outer) {
            this.rubric = rubric;
            this.source = source;
            this.outer = outer;
        }

        UnitFacts read() {
            if (!source.isObject()) {
                source.problem("must be an object");
                return null;
            }
            TreeNode facts = source.reportingTo(problems);
            String id = facts.field("id").isAbsent() ? null : facts.field("id").text();
            if (id != null && id.isBlank()) {
                id = null;
            }
            facts.allowOnly("id", "name", "inTargetAssessment", "committeeOwn", "checks", "counts", "assessed", "tiers",
                    "rates", "roster", "penalties", "falsified", "baselineViolations", "seriousDeductions", "performance",
                    "bonus");
            if (id == null) {
                facts.field("id").problem("missing: every unit needs a non-empty id");
            }
            UnitFacts.Builder builder = UnitFacts.builder(id)
                    .name(facts.field("name").optionalText())
                    .inTargetAssessment(facts.field("inTargetAssessment").optionalBool())
                    .committeeOwn(facts.field("committeeOwn").optionalBool());
            checks(facts.field("checks"), builder);
            counts(facts.field("counts"), builder);
            assessed(facts.field("assessed"), builder);
            tiers(facts.field("tiers"), builder);
            rates(facts.field("rates"), builder);
            roster(facts.field("roster"), builder);
            penalties(facts.field("penalties"), builder);
            baselines(facts.field("baselineViolations"), builder);
            serious(facts.field("seriousDeductions"), builder);
            builder.performance(performance(facts.field("performance")));
            builder.bonus(bonus(facts.field("bonus")));
            falsified(facts.field("falsified"), builder);
            outer.addAll(id == null ? source.place() : "unit " + id, problems);
            return id == null ? null : builder.build();
        }

        /** The element an entry names, if it exists and is of the kind this fact belongs to. */
        private Element element(TreeNode entry, String elementId, ElementKind... kinds) {
            Element element = rubric.element(elementId).orElse(null);
            if (element == null) {
                entry.problem("no such element");
                return null;
            }
            for (ElementKind kind : kinds) {
                if (element.kind() == kind) {
                    return element;
                }
            }
            entry.problem(elementId + " is a " + element.kind() + " element, not " + kinds[0]);
            return null;
        }

        private void checks(TreeNode node, UnitFacts.Builder builder) {
            node.forEachEntry((elementId, entry) -> {
                Boolean done = entry.bool();
                if (element(entry, elementId, ElementKind.CHECK) != null && Boolean.TRUE.equals(done)) {
                    builder.check(elementId);
                }
            });
        }

        private void counts(TreeNode node, UnitFacts.Builder builder) {
            node.forEachEntry((elementId, entry) -> {
                Integer count = nonNegativeInteger(entry);
                if (element(entry, elementId, ElementKind.COUNT) != null && count != null) {
                    builder.count(elementId, count);
                }
            });
        }

        private void assessed(TreeNode node, UnitFacts.Builder builder) {
            node.forEachEntry((elementId, entry) -> {
                Element element = element(entry, elementId, ElementKind.ASSESS);
                BigDecimal score = entry.decimal();
                if (element == null || score == null) {
                    return;
                }
                if (score.signum() < 0 || score.compareTo(element.max()) > 0) {
                    entry.problem(plain(score) + " is outside [0, " + plain(element.max()) + "]");
                } else if (score.remainder(HALF).signum() != 0) {
                    entry.problem(plain(score) + " is not a multiple of 0.5");
                } else {
                    builder.assessed(elementId, score);
                }
            });
        }

        private void tiers(TreeNode node, UnitFacts.Builder builder) {
            node.forEachEntry((elementId, entry) -> {
                Element element = element(entry, elementId, ElementKind.TIER);
                String level = entry.text();
                if (element == null || level == null) {
                    return;
                }
                if (element.level(level).isEmpty()) {
                    entry.problem("unknown level " + level + " (expected one of "
                            + String.join(", ", element.levels().stream().map(l -> l.id()).toList()) + ")");
                } else {
                    builder.tier(elementId, level);
                }
            });
        }

        private void rates(TreeNode node, UnitFacts.Builder builder) {
            node.forEachEntry((elementId, entry) -> {
                Element element = element(entry, elementId, ElementKind.THRESHOLD);
                BigDecimal rate = entry.decimal();
                if (element == null || rate == null) {
                    return;
                }
                if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                    entry.problem(plain(rate) + " is outside [0, 1]");
                } else {
                    builder.rate(elementId, rate);
                }
            });
        }

        private void roster(TreeNode node, UnitFacts.Builder builder) {
            if (node.isAbsent()) {
                return;
            }
            builder.emptyRoster();
            for (TreeNode member : node.items()) {
                member.allowOnly("role", "hours");
                String role = member.field("role").text();
                BigDecimal hours = nonNegative(member.field("hours"));
                Role parsed = null;
                if ("leadership".equals(role)) {
                    parsed = Role.LEADERSHIP;
                } else if ("ordinary".equals(role)) {
                    parsed = Role.ORDINARY;
                } else if (role != null) {
                    member.field("role").problem("must be leadership or ordinary, not " + role);
                }
                if (parsed != null && hours != null) {
                    builder.member(new Member(parsed, hours));
                }
            }
        }

        private void penalties(TreeNode node, UnitFacts.Builder builder) {
            node.forEachEntry((elementId, byPenalty) -> {
                Element element = rubric.element(elementId).orElse(null);
                if (element == null) {
                    byPenalty.problem("no such element");
                    return;
                }
                byPenalty.forEachEntry((penaltyId, entry) -> {
                    Integer times = nonNegativeInteger(entry);
                    if (element.penalty(penaltyId).isEmpty()) {
                        entry.problem(elementId + " has no penalty " + penaltyId + (element.penalties().isEmpty() ? ""
                                : " (it has " + String.join(", ", element.penalties().stream().map(p -> p.id()).toList()) + ")"));
                    } else if (times != null) {
                        builder.penalty(elementId, penaltyId, times);
                    }
                });
            });
        }

        private void falsified(TreeNode node, UnitFacts.Builder builder) {
            node.forEachEntry((elementId, entry) -> {
                Element element = rubric.element(elementId).orElse(null);
                Integer falsified = nonNegativeInteger(entry);
                if (element == null) {
                    entry.problem("no such element");
                    return;
                }
                if (falsified == null) {
                    return;
                }
                if (element.kind() == ElementKind.FULL_MINUS || element.kind() == ElementKind.RATIO) {
                    entry.problem("a " + element.kind() + " element cannot be falsified");
                    return;
                }
                int reported = builder.reported(elementId, element.kind());
                if (falsified > reported) {
                    entry.problem(falsified + " falsified but only " + reported + " reported");
                } else {
                    builder.falsified(elementId, falsified);
                }
            });
        }

        private void baselines(TreeNode node, UnitFacts.Builder builder) {
            for (TreeNode violation : node.items()) {
                violation.allowOnly("id", "points");
                String id = violation.field("id").text();
                BigDecimal points = violation.field("points").decimal();
                boolean known = id != null && rubric.baseline(id).isPresent();
                if (id != null && !known) {
                    violation.field("id").problem("no such baseline " + id);
                }
                if (points != null && !rubric.policy().allowsBaselinePoints(points)) {
                    violation.field("points").problem("must be one of " + String.join(", ",
                            rubric.policy().baselinePoints().stream().map(Decimals::plain).toList()) + ", not " + plain(points));
                } else if (known && points != null) {
                    builder.baselineViolation(new BaselineViolation(id, points));
                }
            }
        }

        private void serious(TreeNode node, UnitFacts.Builder builder) {
            for (TreeNode deduction : node.items()) {
                deduction.allowOnly("points", "reason");
                BigDecimal points = nonNegative(deduction.field("points"));
                String reason = deduction.field("reason").optionalText();
                if (points != null) {
                    builder.seriousDeduction(new SeriousDeduction(points, reason));
                }
            }
        }

        private PerformanceFacts performance(TreeNode node) {
            if (node.isAbsent()) {
                return PerformanceFacts.NONE;
            }
            node.allowOnly("targetWinner", "leadershipSound", "conductScore", "conductImproved", "conductAccepted");
            BigDecimal score = node.field("conductScore").isAbsent() ? null : nonNegative(node.field("conductScore"));
            return new PerformanceFacts(node.field("targetWinner").optionalBool(),
                    node.field("leadershipSound").optionalBool(), score, node.field("conductImproved").optionalBool(),
                    node.field("conductAccepted").optionalBool());
        }

        private BonusFacts bonus(TreeNode node) {
            if (node.isAbsent()) {
                return BonusFacts.NONE;
            }
            node.allowOnly("commendations", "innovationAwards", "pilot", "inspection");
            List<Award> commendations = awards(node.field("commendations"), rubric.bonus().commendation(), false);
            List<Award> innovations = awards(node.field("innovationAwards"), rubric.bonus().innovationAward(), true);
            TreeNode pilot = node.field("pilot");
            pilot.allowOnly("pilot", "succeeded");
            String inspection = node.field("inspection").optionalText();
            if (inspection != null && !rubric.bonus().inspectionLevels().containsKey(inspection)) {
                node.field("inspection").problem("unknown rating " + inspection + " (expected one of "
                        + String.join(", ", rubric.bonus().inspectionLevels().keySet()) + ")");
                inspection = null;
            }
            return new BonusFacts(commendations, innovations, pilot.field("pilot").optionalBool(),
                    pilot.field("succeeded").optionalBool(), inspection);
        }

        private List<Award> awards(TreeNode node, LevelBonus rule, boolean hasForm) {
            List<Award> awards = new ArrayList<>();
            for (TreeNode award : node.items()) {
                if (hasForm) {
                    award.allowOnly("project", "level", "form", "date");
                } else {
                    award.allowOnly("project", "level", "date");
                }
                String project = award.field("project").text();
                String level = award.field("level").text();
                if (level != null && !rule.levels().containsKey(level)) {
                    award.field("level").problem("unknown level " + level + " (expected one of "
                            + String.join(", ", rule.levels().keySet()) + ")");
                    level = null;
                }
                boolean exchange = false;
                if (hasForm) {
                    String form = award.field("form").text();
                    if (form != null && !form.equals("commendation") && !form.equals("exchange")) {
                        award.field("form").problem("must be commendation or exchange, not " + form);
                    }
                    exchange = "exchange".equals(form);
                }
                LocalDate date = date(award.field("date"));
                if (project != null && level != null && date != null) {
                    awards.add(new Award(project, level, exchange, date));
                }
            }
            return awards;
        }

        private static LocalDate date(TreeNode node) {
            String text = node.text();
            if (text == null) {
                return null;
            }
            try {
                return isoDate(text);
            } catch (DateTimeException e) {
                node.problem("not a date (YYYY-MM-DD): " + text);
                return null;
            }
        }

        /** {@code LocalDate.parse}, without its formatter's cost for the usual YYYY-MM-DD. */
        private static LocalDate isoDate(String text) {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    return LocalDate.of(year, month, day);
                }
            }
            return LocalDate.parse(text);
        }

        /** The number the ASCII digits from {@code start} to {@code end} spell, -1 if one is not a digit. */
        private static int digits(String text, int start, int end) {
            int value = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        private static Integer nonNegativeInteger(TreeNode node) {
            Integer value = node.integer();
            if (value != null && value < 0) {
                node.problem("must not be negative, not " + value);
                return null;
            }
            return value;
        }

        private static BigDecimal nonNegative(TreeNode node) {
            BigDecimal value = node.decimal();
            if (value != null && value.signum() < 0) {
                node.problem("must not be negative, not " + plain(value));
                return null;
            }
            return value;
        }
    }
}

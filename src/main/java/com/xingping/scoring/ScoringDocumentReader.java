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
        return read(json, null);
    }

    /**
     * Reads the document against {@code rubric} instead of a bundled one (a rubric file under test,
     * next year's draft); the document's {@code rubric} must be that rubric's id.
     */
    public static ScoringInput read(InputStream json, Rubric rubric) {
        return read(json, rubric, false);
    }

    /**
     * Reads the document against {@code rubric} whatever rubric its {@code rubric} field names (a reform
     * scenario, {@code score --rubric FILE}): the facts are checked against, and scored under, that rubric.
     */
    public static ScoringInput readInstead(InputStream json, Rubric rubric) {
        return read(json, rubric, true);
    }

    private static ScoringInput read(InputStream json, Rubric rubric, boolean instead) {
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
            Document document = new Document(rubric, instead);
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
            // the parser's own location of an unclosed array or object names its internals ("Source: REDACTED …")
            String reason = e.getOriginalMessage().replaceAll("(?s)\\s*\\(start marker at \\[.*?]\\)", "");
            throw new InvalidDocumentException(List.of("malformed JSON: " + reason + where));
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
        private final Set<String> ratedIds = new HashSet<>();
        private final Rubric given;
        private final boolean instead;
        private boolean unitsGiven;
        private boolean resolved;
        private Rubric rubric;
        private int index;

        Document(Rubric given, boolean instead) {
            this.given = given;
            this.instead = instead;
        }

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
            root.allowOnly("rubric", "year", "conduct", "units");
            Integer year = root.field("year").integer();
            OfficialConduct conduct = conduct(root.field("conduct"));
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
            return new ScoringInput(rubric, year, conduct, units);
        }

        private void resolve(Value header) {
            resolved = true;
            TreeNode id = new TreeNode(header, "", headerProblems).field("rubric");
            if (given == null) {
                rubric = rubric(id);
            } else if (instead) {
                id.text();
                rubric = given;
            } else if (given.id().equals(id.text())) {
                rubric = given;
            } else if (id.text() != null) {
                id.problem(id.text() + " is not the rubric being read against (" + given.id() + ")");
            }
        }

        /** The official 行风评议 standings: a mean and the vetoed units, each a rated unit of the document. */
        private OfficialConduct conduct(TreeNode node) {
            if (node.isAbsent()) {
                return null;
            }
            if (!node.isObject()) {
                node.problem("must be an object with mean and bottom, or null");
                return null;
            }
            node.allowOnly("mean", "bottom");
            BigDecimal mean = node.field("mean").decimal();
            if (mean != null && mean.signum() < 0) {
                node.field("mean").problem("must not be negative, not " + plain(mean));
                mean = null;
            }
            Set<String> bottom = new HashSet<>();
            for (TreeNode item : node.field("bottom").items()) {
                String id = item.text();
                if (id == null) {
                    continue;
                }
                if (!bottom.add(id)) {
                    item.problem("unit " + id + " is listed twice");
                } else if (!ratedIds.contains(id)) {
                    item.problem(unitIds.contains(id) ? "unit " + id + " is not rated in 行风评议 (no conductScore)"
                            : "no unit " + id + " in this document");
                }
            }
            return mean == null ? null : new OfficialConduct(mean, bottom);
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
            if (facts != null && facts.performance().rated()) {
                ratedIds.add(facts.id());
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
                Element element = element(entry, elementId, ElementKind.COUNT);
                if (element == null) {
                    return;
                }
                if (element.hasParts()) {
                    byPart(entry, element, (partId, count) -> builder.count(elementId, partId, count));
                    return;
                }
                Integer count = nonNegativeInteger(entry);
                if (count != null) {
                    builder.count(elementId, count);
                }
            });
        }

        /** An element with parts takes an object of part → count; a plain number or an unknown part is refused. */
        private void byPart(TreeNode entry, Element element, java.util.function.ObjIntConsumer<String> each) {
            if (!entry.isObject()) {
                entry.problem(element.id() + " has parts: give an object of " + partIds(element)
                        + " with a count each, not " + (entry.isAbsent() ? "null" : "a single number"));
                return;
            }
            entry.forEachEntry((partId, part) -> {
                Integer count = nonNegativeInteger(part);
                if (element.part(partId).isEmpty()) {
                    part.problem("no such part of " + element.id() + " (it has " + partIds(element) + ")");
                } else if (count != null) {
                    each.accept(partId, count);
                }
            });
        }

        private static String partIds(Element element) {
            return String.join(", ", element.parts().stream().map(p -> p.id()).toList());
        }

        private void assessed(TreeNode node, UnitFacts.Builder builder) {
            node.forEachEntry((elementId, entry) -> {
                Element element = element(entry, elementId, ElementKind.ASSESS);
                BigDecimal score = element == null ? null : assessedScore(entry, element);
                if (score != null) {
                    builder.assessed(elementId, score);
                }
            });
        }

        private static BigDecimal assessedScore(TreeNode entry, Element element) {
            BigDecimal score = entry.decimal();
            if (score == null) {
                return null;
            }
            if (score.signum() < 0 || score.compareTo(element.max()) > 0) {
                entry.problem(plain(score) + " is outside [0, " + plain(element.max()) + "]");
            } else if (score.remainder(HALF).signum() != 0) {
                entry.problem(plain(score) + " is not a multiple of 0.5");
            } else {
                return score;
            }
            return null;
        }

        private void tiers(TreeNode node, UnitFacts.Builder builder) {
            node.forEachEntry((elementId, entry) -> {
                Element element = element(entry, elementId, ElementKind.TIER);
                String level = element == null ? null : level(entry, element);
                if (level != null) {
                    builder.tier(elementId, level);
                }
            });
        }

        private static String level(TreeNode entry, Element element) {
            String level = entry.text();
            if (level != null && element.level(level).isEmpty()) {
                entry.problem("unknown level " + level + " (expected one of "
                        + String.join(", ", element.levels().stream().map(l -> l.id()).toList()) + ")");
                return null;
            }
            return level;
        }

        private void rates(TreeNode node, UnitFacts.Builder builder) {
            node.forEachEntry((elementId, entry) -> {
                Element element = element(entry, elementId, ElementKind.THRESHOLD);
                BigDecimal rate = element == null ? null : rate(entry);
                if (rate != null) {
                    builder.rate(elementId, rate);
                }
            });
        }

        private static BigDecimal rate(TreeNode entry) {
            BigDecimal rate = entry.decimal();
            if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0)) {
                entry.problem(plain(rate) + " is outside [0, 1]");
                return null;
            }
            return rate;
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
                if (element == null) {
                    entry.problem("no such element");
                    return;
                }
                switch (element.kind()) {
                    case FULL_MINUS, RATIO -> entry.problem("a " + element.kind() + " element cannot be falsified");
                    case COUNT -> falseOccurrences(entry, element, builder);
                    default -> falseClaim(entry, element, builder);
                }
            });
        }

        private void falseOccurrences(TreeNode entry, Element element, UnitFacts.Builder builder) {
            if (element.hasParts()) {
                byPart(entry, element, (partId, falsified) -> {
                    int counted = builder.counted(element.id(), partId);
                    if (falsified > counted) {
                        entry.field(partId).problem(falsified + " falsified but only " + counted + " counted");
                    } else {
                        builder.falsified(element.id(), partId, falsified);
                    }
                });
                return;
            }
            Integer falsified = nonNegativeInteger(entry);
            int counted = builder.counted(element.id(), null);
            if (falsified != null && falsified > counted) {
                entry.problem(falsified + " falsified but only " + counted + " counted");
            } else if (falsified != null) {
                builder.falsified(element.id(), falsified);
            }
        }

        /**
         * A single-fact element: {@code 1} makes the fact given for it the false one; an object gives the
         * false claim apart from the true fact, checked like the fact it stands for.
         */
        private void falseClaim(TreeNode entry, Element element, UnitFacts.Builder builder) {
            if (!entry.isObject()) {
                Integer falsified = nonNegativeInteger(entry);
                if (falsified == null || falsified == 0) {
                    return;
                }
                if (falsified != 1) {
                    entry.problem("must be 1 (the fact given is false) or an object with the false claim, not " + falsified);
                } else if (!builder.factIsFalse(element.id())) {
                    entry.problem("1 falsified but no fact is given for " + element.id());
                }
                return;
            }
            String field = switch (element.kind()) {
                case CHECK -> "check";
                case TIER -> "tier";
                case THRESHOLD -> "rate";
                default -> "assessed";
            };
            entry.allowOnly(field);
            TreeNode value = entry.field(field);
            if (value.isAbsent()) {
                value.problem("missing: the false claim of " + (element.kind() == ElementKind.ASSESS ? "an " : "a ")
                        + element.kind() + " element");
                return;
            }
            FalseClaim claim = switch (element.kind()) {
                case CHECK -> Boolean.TRUE.equals(value.bool()) ? FalseClaim.checked() : falseCheck(value);
                case TIER -> level(value, element) == null ? null : FalseClaim.level(value.text());
                case THRESHOLD -> rate(value) == null ? null : FalseClaim.measured(value.decimal());
                default -> assessedScore(value, element) == null ? null : FalseClaim.measured(value.decimal());
            };
            if (claim != null) {
                builder.falseClaim(element.id(), claim);
            }
        }

        private static FalseClaim falseCheck(TreeNode value) {
            if (Boolean.FALSE.equals(value.bool())) {
                value.problem("a false claim of a CHECK element is true (the claim that it was done)");
            }
            return null;
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

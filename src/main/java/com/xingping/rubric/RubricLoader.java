package com.xingping.rubric;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.xingping.kernel.Problems;
import com.xingping.kernel.TreeNode;
import com.xingping.kernel.Value;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a rubric from YAML and validates it before anyone scores with it: element maxima add up to
 * their criterion's and star's points, ids are unique, COUNT's {@code each} is in (0, max], TIER
 * levels exist and ASSESS maxima lie on the 0.5 grid. A broken file is refused with every problem,
 * each naming its place in the file.
 */
public final class RubricLoader {
    private static final Pattern RUBRIC_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    // the streaming parser only: loading databind would cost the `score` command's start
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final Map<String, Bundled> BUNDLED = new ConcurrentHashMap<>();

    private RubricLoader() {
    }

    /** A bundled rubric and the exact text it was read from. */
    private record Bundled(Rubric rubric, String text) {
    }

    /** A rubric shipped with the application under {@code rubrics/<id>.yaml}, loaded once. */
    public static Rubric bundled(String id) {
        return loaded(id).rubric();
    }

    /** The YAML text {@link #bundled(String)} was read from, byte for byte (what a publication keeps). */
    public static String bundledText(String id) {
        return loaded(id).text();
    }

    private static Bundled loaded(String id) {
        if (!RUBRIC_ID.matcher(id).matches()) {
            throw new RubricException(id, List.of("no such rubric"));
        }
        return BUNDLED.computeIfAbsent(id, RubricLoader::loadBundled);
    }

    private static Bundled loadBundled(String id) {
        String resource = "rubrics/" + id + ".yaml";
        try (InputStream in = RubricLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new RubricException(id, List.of("no such rubric"));
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Rubric rubric = parse(text, resource);
            if (!rubric.id().equals(id)) {
                throw new RubricException(resource, List.of("id: is " + rubric.id() + " but the file is named " + id));
            }
            return new Bundled(rubric, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rubric from its YAML text (a publication's stored rubric, say); refused whole like a file. */
    public static Rubric parse(String yaml, String source) {
        return parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), source);
    }

    public static Rubric parse(InputStream yaml, String source) {
        Value root;
        try (JsonParser parser = YAML.createParser(ObjectReadContext.empty(), yaml)) {
            root = parser.nextToken() == null ? null : Value.read(parser);
        } catch (JacksonException e) {
            String line = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new RubricException(source, List.of(line + "not readable YAML: " + e.getOriginalMessage()));
        }
        Problems problems = new Problems();
        Rubric rubric = new Reader(problems).rubric(new TreeNode(root, "", problems));
        if (!problems.isEmpty()) {
            throw new RubricException(source, problems.lines());
        }
        return rubric;
    }

    /** Walks the tree once; every problem goes to {@code problems}, with its place. */
    private static final class Reader {
        private final Problems problems;
        private final Set<String> ids = new HashSet<>();

        Reader(Problems problems) {
            this.problems = problems;
        }

        Rubric rubric(TreeNode root) {
            if (!root.isObject()) {
                root.problem("a rubric file must be a YAML mapping");
                return null;
            }
            root.allowOnly("id", "year", "title", "issuer", "document", "issued", "points", "window", "policy", "stars",
                    "performance", "bonus");
            String id = root.field("id").text();
            Integer year = root.field("year").integer();
            String title = root.field("title").text();
            String issuer = root.field("issuer").optionalText();
            String document = root.field("document").optionalText();
            AssessmentWindow window = window(root.field("window"));
            Policy policy = policy(root.field("policy"));
            List<Star> stars = new ArrayList<>();
            for (TreeNode star : root.field("stars").items()) {
                stars.add(star(star));
            }
            if (stars.isEmpty()) {
                root.field("stars").problem("a rubric needs at least one star");
            }
            BigDecimal points = positive(root.field("points"));
            BigDecimal sum = stars.stream().map(Star::points).reduce(BigDecimal.ZERO, RubricLoader::addKnown);
            if (points != null && sum != null && sum.compareTo(points) != 0) {
                root.field("points").problem("is " + plain(points) + " but the stars add up to " + plain(sum));
            }
            List<PerformanceRule> performance = new ArrayList<>();
            for (TreeNode rule : root.field("performance").field("rules").items()) {
                rule.allowOnly("id", "text");
                performance.add(new PerformanceRule(uniqueId(rule), rule.field("text").text()));
            }
            BonusRules bonus = bonus(root.field("bonus"));
            if (!problems.isEmpty()) {
                return null;
            }
            return new Rubric(id, year, title, issuer, document, window, policy, stars, performance, bonus);
        }

        private AssessmentWindow window(TreeNode node) {
            node.allowOnly("from", "to", "source");
            MonthDay from = monthDay(node.field("from"));
            MonthDay to = monthDay(node.field("to"));
            return from == null || to == null ? null : new AssessmentWindow(from, to);
        }

        private MonthDay monthDay(TreeNode node) {
            String text = node.text();
            if (text == null) {
                return null;
            }
            try {
                return MonthDay.parse("--" + text);
            } catch (DateTimeException e) {
                node.problem("must be a month and day as MM-DD, not " + text);
                return null;
            }
        }

        private Policy policy(TreeNode node) {
            node.allowOnly("starThreshold", "baselineWithholdsStar", "falsificationWithholdsStar",
                    "falsificationMultiplier", "baselinePoints", "baselineDeduction", "halfYearSplit", "partyExcellent",
                    "studyHours", "conductVetoBottom", "conductVetoTies");
            BigDecimal threshold = node.field("starThreshold").decimal();
            if (threshold != null && (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0)) {
                node.field("starThreshold").problem("must be a share in (0, 1], not " + threshold.toPlainString());
            }
            BigDecimal multiplier = node.field("falsificationMultiplier").decimal();
            if (multiplier != null && multiplier.signum() < 0) {
                node.field("falsificationMultiplier").problem("must not be negative, not " + plain(multiplier));
            }
            List<BigDecimal> baselinePoints = new ArrayList<>();
            for (TreeNode points : node.field("baselinePoints").items()) {
                BigDecimal value = positive(points);
                if (value != null) {
                    baselinePoints.add(value);
                }
            }
            if (baselinePoints.isEmpty()) {
                node.field("baselinePoints").problem("must list the points a baseline violation may deduct");
            }
            TreeNode hours = node.field("studyHours");
            hours.allowOnly("ordinary", "leadership");
            BigDecimal ordinary = nonNegative(hours.field("ordinary"));
            BigDecimal leadership = nonNegative(hours.field("leadership"));
            Integer vetoBottom = node.field("conductVetoBottom").integer();
            if (vetoBottom != null && vetoBottom < 0) {
                node.field("conductVetoBottom").problem("must not be negative");
            }
            String ties = node.field("conductVetoTies").text();
            if (ties != null && !ties.equals("pass") && !ties.equals("fail")) {
                node.field("conductVetoTies").problem("must be pass or fail, not " + ties);
            }
            return new Policy(threshold, bool(node.field("baselineWithholdsStar")),
                    bool(node.field("falsificationWithholdsStar")), multiplier, baselinePoints,
                    baselineDeduction(node.field("baselineDeduction")), partyExcellent(node.field("partyExcellent")),
                    ordinary, leadership, vetoBottom == null ? 0 : vetoBottom, "pass".equals(ties),
                    monthDay(node.field("halfYearSplit")));
        }

        private BaselineDeduction baselineDeduction(TreeNode node) {
            String text = node.text();
            if ("perItem".equals(text)) {
                return BaselineDeduction.PER_ITEM;
            }
            if ("perViolation".equals(text)) {
                return BaselineDeduction.PER_VIOLATION;
            }
            if (text != null) {
                node.problem("must be perItem or perViolation, not " + text);
            }
            return null;
        }

        private PartyExcellentRule partyExcellent(TreeNode node) {
            node.allowOnly("rule", "minimum");
            String rule = node.field("rule").text();
            if ("allStars".equals(rule)) {
                return PartyExcellentRule.allStarsAwarded();
            }
            if ("minimumTotal".equals(rule)) {
                BigDecimal minimum = positive(node.field("minimum"));
                return PartyExcellentRule.minimumTotal(minimum);
            }
            if (rule != null) {
                node.field("rule").problem("must be allStars or minimumTotal, not " + rule);
            }
            return null;
        }

        private Star star(TreeNode node) {
            node.allowOnly("id", "name", "points", "criteria", "baselines");
            String id = uniqueId(node);
            TreeNode star = node.renamed("stars[" + id + "]");
            BigDecimal points = positive(star.field("points"));
            List<Criterion> criteria = new ArrayList<>();
            for (TreeNode criterion : star.field("criteria").items()) {
                criteria.add(criterion(criterion, id));
            }
            if (criteria.isEmpty()) {
                star.field("criteria").problem("a star needs at least one criterion");
            }
            List<Baseline> baselines = new ArrayList<>();
            for (TreeNode baseline : star.field("baselines").items()) {
                baseline.allowOnly("id", "text");
                baselines.add(new Baseline(uniqueId(baseline), baseline.field("text").text(), id));
            }
            BigDecimal sum = criteria.stream().map(Criterion::points).reduce(BigDecimal.ZERO, RubricLoader::addKnown);
            if (points != null && sum != null && sum.compareTo(points) != 0) {
                star.field("points").problem("is " + plain(points) + " but its criteria add up to " + plain(sum));
            }
            return new Star(id, star.field("name").text(), points, criteria, baselines);
        }

        private Criterion criterion(TreeNode node, String starId) {
            node.allowOnly("id", "name", "points", "elements");
            String id = uniqueId(node);
            TreeNode criterion = node.renamed(node.place().replaceFirst("\\[\\d+]$", "[" + id + "]"));
            BigDecimal points = positive(criterion.field("points"));
            List<Element> elements = new ArrayList<>();
            for (TreeNode element : criterion.field("elements").items()) {
                elements.add(element(element, id, starId));
            }
            if (elements.isEmpty()) {
                criterion.field("elements").problem("a criterion needs at least one element");
            }
            BigDecimal sum = elements.stream().map(Element::max).reduce(BigDecimal.ZERO, RubricLoader::addKnown);
            if (points != null && sum != null && sum.compareTo(points) != 0) {
                criterion.field("points").problem("is " + plain(points) + " but its elements' maxima add up to " + plain(sum));
            }
            return new Criterion(id, criterion.field("name").text(), points, elements);
        }

        private Element element(TreeNode node, String criterionId, String starId) {
            node.allowOnly("id", "name", "kind", "max", "each", "threshold", "levels", "parts", "penalties", "source");
            String id = uniqueId(node);
            TreeNode element = node.renamed(node.place().replaceFirst("\\[\\d+]$", "[" + id + "]"));
            ElementKind kind = kind(element.field("kind"));
            BigDecimal max = positive(element.field("max"));
            BigDecimal each = null;
            BigDecimal threshold = null;
            List<TierLevel> levels = new ArrayList<>();
            if (kind == ElementKind.COUNT) {
                each = positive(element.field("each"));
                if (each != null && max != null && each.compareTo(max) > 0) {
                    element.field("each").problem("must not exceed the element's max " + plain(max));
                }
            } else if (!element.field("each").isAbsent()) {
                element.field("each").problem("only a COUNT element has points each");
            }
            if (kind == ElementKind.THRESHOLD) {
                threshold = positive(element.field("threshold"));
                if (threshold != null && threshold.compareTo(BigDecimal.ONE) > 0) {
                    element.field("threshold").problem("must be a rate in (0, 1]");
                }
            } else if (!element.field("threshold").isAbsent()) {
                element.field("threshold").problem("only a THRESHOLD element has a threshold");
            }
            if (kind == ElementKind.TIER) {
                levels = levels(element.field("levels"), max);
            } else if (!element.field("levels").isAbsent()) {
                element.field("levels").problem("only a TIER element has levels");
            }
            if (kind == ElementKind.ASSESS && max != null && max.remainder(HALF).signum() != 0) {
                element.field("max").problem("an ASSESS maximum must be a multiple of 0.5, not " + plain(max));
            }
            List<Part> parts = List.of();
            if (kind == ElementKind.COUNT && !element.field("parts").isAbsent()) {
                parts = parts(element.field("parts"), max, each);
            } else if (!element.field("parts").isAbsent()) {
                element.field("parts").problem("only a COUNT element has parts");
            }
            List<Penalty> penalties = penalties(element.field("penalties"));
            if (kind == ElementKind.FULL_MINUS && penalties.isEmpty()) {
                element.field("penalties").problem("a FULL_MINUS element needs at least one penalty");
            }
            String source = element.field("source").text();
            return new Element(id, element.field("name").text(), kind, max, each, threshold, levels, parts, penalties,
                    source, criterionId, starId);
        }

        /** A COUNT element's parts: their maxima add up to the element's; dated parts are one per half-year. */
        private List<Part> parts(TreeNode node, BigDecimal max, BigDecimal each) {
            List<Part> parts = new ArrayList<>();
            Set<String> partIds = new HashSet<>();
            for (TreeNode part : node.items()) {
                part.allowOnly("id", "name", "max", "half");
                String id = part.field("id").text();
                if (id != null && !partIds.add(id)) {
                    part.field("id").problem("duplicate part " + id);
                }
                BigDecimal partMax = positive(part.field("max"));
                if (partMax != null && each != null && each.compareTo(partMax) > 0) {
                    part.field("max").problem("must be at least the element's points each " + plain(each));
                }
                parts.add(new Part(id, part.field("name").text(), partMax, half(part.field("half"))));
            }
            if (parts.size() < 2) {
                node.problem("an element with parts needs at least two");
            }
            BigDecimal sum = parts.stream().map(Part::max).reduce(BigDecimal.ZERO, RubricLoader::addKnown);
            if (max != null && sum != null && sum.compareTo(max) != 0) {
                node.problem("the parts' maxima add up to " + plain(sum) + " but the element's max is " + plain(max));
            }
            long dated = parts.stream().filter(p -> p.half() != null).count();
            boolean halves = parts.stream().anyMatch(p -> p.half() == Part.Half.FIRST)
                    && parts.stream().anyMatch(p -> p.half() == Part.Half.SECOND);
            if (dated > 0 && (dated != parts.size() || parts.size() != 2 || !halves)) {
                node.problem("dated parts must be exactly one half: first and one half: second");
            }
            return parts;
        }

        private static Part.Half half(TreeNode node) {
            if (node.isAbsent()) {
                return null;
            }
            String text = node.text();
            if ("first".equals(text)) {
                return Part.Half.FIRST;
            }
            if ("second".equals(text)) {
                return Part.Half.SECOND;
            }
            if (text != null) {
                node.problem("must be first or second, not " + text);
            }
            return null;
        }

        private List<TierLevel> levels(TreeNode node, BigDecimal max) {
            List<TierLevel> levels = new ArrayList<>();
            Set<String> levelIds = new HashSet<>();
            for (TreeNode level : node.items()) {
                level.allowOnly("id", "name", "points");
                String id = level.field("id").text();
                if (id != null && !levelIds.add(id)) {
                    level.field("id").problem("duplicate level " + id);
                }
                BigDecimal points = positive(level.field("points"));
                if (points != null && max != null && points.compareTo(max) > 0) {
                    level.field("points").problem("must not exceed the element's max " + plain(max));
                }
                levels.add(new TierLevel(id, level.field("name").text(), points));
            }
            if (levels.isEmpty()) {
                node.problem("a TIER element needs at least one level");
            }
            return levels;
        }

        private List<Penalty> penalties(TreeNode node) {
            List<Penalty> penalties = new ArrayList<>();
            Set<String> penaltyIds = new HashSet<>();
            for (TreeNode penalty : node.items()) {
                penalty.allowOnly("id", "name", "points");
                String id = penalty.field("id").text();
                if (id != null && !penaltyIds.add(id)) {
                    penalty.field("id").problem("duplicate penalty " + id);
                }
                penalties.add(new Penalty(id, penalty.field("name").text(), positive(penalty.field("points"))));
            }
            return penalties;
        }

        private BonusRules bonus(TreeNode node) {
            node.allowOnly("cap", "source", "commendation", "innovationAward", "pilot", "inspection");
            BigDecimal cap = nonNegative(node.field("cap"));
            TreeNode pilot = node.field("pilot");
            pilot.allowOnly("id", "text", "pilot", "succeeded");
            PilotBonus pilotBonus = new PilotBonus(uniqueId(pilot), pilot.field("text").text(),
                    nonNegative(pilot.field("pilot")), nonNegative(pilot.field("succeeded")));
            TreeNode inspection = node.field("inspection");
            inspection.allowOnly("id", "text", "levels", "names");
            Map<String, BigDecimal> inspectionLevels = levelPoints(inspection.field("levels"));
            return new BonusRules(cap, levelBonus(node.field("commendation")), levelBonus(node.field("innovationAward")),
                    pilotBonus, uniqueId(inspection), inspection.field("text").text(), inspectionLevels,
                    names(inspection.field("names"), inspectionLevels.keySet()));
        }

        private LevelBonus levelBonus(TreeNode node) {
            node.allowOnly("id", "text", "sameProject", "exchangeFactor", "levels", "names", "forms");
            String sameProject = node.field("sameProject").text();
            if (sameProject != null && !sameProject.equals("highest") && !sameProject.equals("sum")) {
                node.field("sameProject").problem("must be highest or sum, not " + sameProject);
            }
            BigDecimal factor = node.field("exchangeFactor").isAbsent() ? BigDecimal.ONE : positive(node.field("exchangeFactor"));
            Map<String, BigDecimal> levels = levelPoints(node.field("levels"));
            return new LevelBonus(uniqueId(node), node.field("text").text(), levels, "highest".equals(sameProject), factor,
                    names(node.field("names"), levels.keySet()),
                    names(node.field("forms"), node.field("exchangeFactor").isAbsent() ? Set.of("commendation")
                            : Set.of("commendation", "exchange")));
        }

        /**
         * The Chinese words for codes (levels, forms) that pages and explanations show; optional, so a
         * rubric text stored before they existed still reads, but when given they name every code.
         */
        private Map<String, String> names(TreeNode node, Set<String> codes) {
            Map<String, String> names = new LinkedHashMap<>();
            if (node.isAbsent()) {
                return names;
            }
            node.forEachEntry((code, name) -> {
                if (!codes.contains(code)) {
                    name.problem("no such code (" + String.join(", ", codes) + ")");
                } else if (name.text() != null) {
                    names.put(code, name.text());
                }
            });
            for (String code : codes) {
                if (!names.containsKey(code)) {
                    node.problem("needs a name for " + code);
                }
            }
            return names;
        }

        private Map<String, BigDecimal> levelPoints(TreeNode node) {
            Map<String, BigDecimal> levels = new LinkedHashMap<>();
            node.forEachEntry((level, points) -> {
                BigDecimal value = nonNegative(points);
                if (value != null) {
                    levels.put(level, value);
                }
            });
            if (levels.isEmpty()) {
                node.problem("needs at least one level with its points");
            }
            return levels;
        }

        private ElementKind kind(TreeNode node) {
            String text = node.text();
            if (text == null) {
                return null;
            }
            try {
                return ElementKind.valueOf(text);
            } catch (IllegalArgumentException e) {
                node.problem("unknown kind " + text + " (expected one of " + List.of(ElementKind.values()) + ")");
                return null;
            }
        }

        private String uniqueId(TreeNode node) {
            String id = node.field("id").text();
            if (id != null && !ids.add(id)) {
                node.field("id").problem("duplicate id " + id);
            }
            return id;
        }

        private static boolean bool(TreeNode node) {
            Boolean value = node.bool();
            return value != null && value;
        }

        private static BigDecimal positive(TreeNode node) {
            BigDecimal value = node.decimal();
            if (value != null && value.signum() <= 0) {
                node.problem("must be greater than 0, not " + plain(value));
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

    /** Sums what is known; an unknown (already reported) part makes the sum unknown. */
    private static BigDecimal addKnown(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

package com.xingping.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.xingping.rubric.Baseline;
import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;
import com.xingping.rubric.Part;
import com.xingping.rubric.Penalty;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;
import com.xingping.rubric.Star;

/**
 * Writes a realistic scoring input document (docs: /work/shared/spec/scoring-io.md) of N units,
 * reproducibly from a fixed seed. The variety follows the real example-year.json: most checks done
 * by a diligent unit and fewer by a weak one, counts that often run past the element's cap, ASSESS
 * scores on the 0.5 grid, both tier levels, install rates either side of the threshold, rosters of
 * 10-60 members with study hours around the 24/40-hour requirements, penalties, falsified claims
 * (never more than were counted), baseline violations of 1 or 2 points, serious deductions,
 * rated and unrated 行风评议 units, and 加分 events dated inside and outside the assessment window
 * (including its edge days).
 *
 * <p>Element, penalty, tier and baseline ids come from the bundled rubric, so every document the
 * generator writes is accepted by {@code ScoringDocumentReader}.
 *
 * <pre>java -cp target/test-classes:target/classes:$CP com.xingping.bench.YearGenerator 10000 /tmp/year-10000.json [seed]</pre>
 */
public final class YearGenerator {
    public static final String RUBRIC = "shaoxing-2018";
    public static final long DEFAULT_SEED = 20180415L;

    private static final String[] DEPARTMENTS = {"市商务局", "市生态环境局", "市财政局", "市发展改革委", "市教育局", "市科技局",
            "市经信局", "市公安局", "市民政局", "市司法局", "市人力社保局", "市自然资源规划局", "市住建局", "市交通运输局", "市水利局",
            "市农业农村局", "市文广旅游局", "市卫生健康委", "市退役军人事务局", "市应急管理局", "市审计局", "市市场监管局", "市统计局",
            "市医保局", "市综合执法局", "市信访局", "市机关事务局", "市大数据局", "市金融办", "市供销社", "市档案馆", "市妇联",
            "团市委", "市总工会", "市科协", "市侨联", "市文联", "市残联", "市红十字会", "市气象局", "市税务局", "市邮政管理局"};
    private static final String[] PROJECTS = {"机关党建品牌", "红色服务", "智慧党建", "清廉机关", "先锋支部", "最多跑一次"};
    private static final String[] REASONS = {"市纪委通报", "市纪委通报 2018-07", "审计发现问题", "巡察反馈问题"};
    private static final String[] COMMENDATION_LEVELS = {"central", "provincial", "municipal"};
    private static final String[] AWARD_LEVELS = {"national", "provincial", "municipal"};
    private static final String[] INSPECTION = {"excellent", "good", "good", "none", "none"};
    /** Study hours seen in real rosters: the requirements, just under them, and well above. */
    private static final String[] TYPICAL_HOURS = {"10", "23.5", "24", "30", "39.5", "40", "52"};

    private final Rubric rubric;
    private final SplittableRandom random;
    private final List<Element> elements;
    private final List<Baseline> baselines = new ArrayList<>();
    private final LocalDate windowStart;
    private final LocalDate windowEnd;

    public YearGenerator(long seed) {
        this.rubric = RubricLoader.bundled(RUBRIC);
        this.random = new SplittableRandom(seed);
        this.elements = rubric.elements();
        for (Star star : rubric.stars()) {
            baselines.addAll(star.baselines());
        }
        this.windowStart = rubric.window().start(rubric.year());
        this.windowEnd = rubric.window().end(rubric.year());
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: YearGenerator N OUTPUT.json [SEED]");
            System.exit(2);
        }
        int units = Integer.parseInt(args[0]);
        Path output = Path.of(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            new YearGenerator(seed).write(units, out);
        }
        System.err.println("wrote " + units + " units (seed " + seed + ") to " + output + ", " + Files.size(output) + " bytes");
    }

    /** The document of {@code units} units from the default seed, as UTF-8 bytes. */
    public static byte[] document(int units) {
        return document(units, DEFAULT_SEED);
    }

    public static byte[] document(int units, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(units * 6_000);
        try {
            new YearGenerator(seed).write(units, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the whole document, pretty-printed with one-space indents like example-year.json. */
    public void write(int units, OutputStream target) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
        Json json = new Json(out);
        json.open('{');
        json.name("rubric").string(rubric.id());
        json.name("year").raw(Integer.toString(rubric.year()));
        json.name("units").open('[');
        int width = Math.max(3, Integer.toString(units).length());
        for (int i = 1; i <= units; i++) {
            json.next();
            unit(json, String.format("U%0" + width + "d", i), i);
        }
        json.close(']');
        json.close('}');
        out.write('\n');
        out.flush();
    }

    private void unit(Json json, String id, int index) throws IOException {
        // How well the unit does its party work: most units are solid, some are weak.
        double diligence = random.nextDouble() < 0.2 ? 0.3 + 0.4 * random.nextDouble() : 0.75 + 0.25 * random.nextDouble();
        json.open('{');
        json.name("id").string(id);
        String name = DEPARTMENTS[(index - 1) % DEPARTMENTS.length];
        json.name("name").string(index > DEPARTMENTS.length ? name + "（" + index + "）" : name);
        json.name("inTargetAssessment").bool(random.nextDouble() < 0.85);
        json.name("committeeOwn").bool(random.nextDouble() < 0.05);

        List<String> reported = new ArrayList<>();   // single-fact elements that may be falsified
        List<String> counted = new ArrayList<>();       // COUNT element ids, or "id/part" for a part
        List<Integer> countedTimes = new ArrayList<>();

        json.name("checks").open('{');
        for (Element element : elements) {
            if (element.kind() != ElementKind.CHECK) {
                continue;
            }
            if (random.nextDouble() < diligence) {
                json.name(element.id()).bool(true);
                reported.add(element.id());
            } else if (random.nextDouble() < 0.1) {
                json.name(element.id()).bool(false);
            }
        }
        json.close('}');

        json.name("counts").open('{');
        for (Element element : elements) {
            if (element.kind() != ElementKind.COUNT || random.nextDouble() < 0.12) {
                continue;
            }
            if (element.hasParts()) {
                json.name(element.id()).open('{');
                for (Part part : element.parts()) {
                    int times = times(diligence, part.max(), element.each());
                    json.name(part.id()).raw(Integer.toString(times));
                    if (times > 0) {
                        counted.add(element.id() + "/" + part.id());
                        countedTimes.add(times);
                    }
                }
                json.close('}');
                continue;
            }
            int times = times(diligence, element.max(), element.each());
            json.name(element.id()).raw(Integer.toString(times));
            if (times > 0) {
                counted.add(element.id());
                countedTimes.add(times);
            }
        }
        json.close('}');

        json.name("assessed").open('{');
        for (Element element : elements) {
            if (element.kind() == ElementKind.ASSESS && random.nextDouble() < 0.85) {
                int halves = element.max().multiply(BigDecimal.valueOf(2)).intValueExact();
                int score = (int) Math.round(halves * Math.min(1.0, diligence * (0.6 + 0.6 * random.nextDouble())));
                json.name(element.id()).raw(BigDecimal.valueOf(score).divide(BigDecimal.valueOf(2)).setScale(1).toPlainString());
                reported.add(element.id());
            }
        }
        json.close('}');

        json.name("tiers").open('{');
        for (Element element : elements) {
            if (element.kind() == ElementKind.TIER && random.nextDouble() < 0.8) {
                json.name(element.id()).string(element.levels().get(random.nextInt(element.levels().size())).id());
                reported.add(element.id());
            }
        }
        json.close('}');

        json.name("rates").open('{');
        for (Element element : elements) {
            if (element.kind() == ElementKind.THRESHOLD && random.nextDouble() < 0.8) {
                int percent = random.nextDouble() < 0.1 ? (random.nextBoolean() ? 0 : 100) : random.nextInt(1, 100);
                json.name(element.id()).raw(BigDecimal.valueOf(percent, 2).stripTrailingZeros().toPlainString());
                reported.add(element.id());
            }
        }
        json.close('}');

        json.name("penalties").open('{');
        for (Element element : elements) {
            if (element.penalties().isEmpty() || random.nextDouble() < 0.75) {
                continue;
            }
            json.name(element.id()).open('{');
            for (Penalty penalty : element.penalties()) {
                json.name(penalty.id()).raw(Integer.toString(1 + random.nextInt(6)));
            }
            json.close('}');
        }
        json.close('}');

        json.name("falsified").open('{');
        if (random.nextDouble() < 0.1) {
            int entries = 1 + random.nextInt(2);
            List<String> done = new ArrayList<>();
            for (int e = 0; e < entries; e++) {
                boolean ofCount = !counted.isEmpty() && (reported.isEmpty() || random.nextBoolean());
                if (ofCount) {
                    int which = random.nextInt(counted.size());
                    String[] elementAndPart = counted.get(which).split("/");
                    String element = elementAndPart[0];
                    if (!done.contains(element)) {
                        done.add(element);
                        String falsified = Integer.toString(1 + random.nextInt(Math.min(3, countedTimes.get(which))));
                        if (elementAndPart.length == 2) {
                            json.name(element).open('{').name(elementAndPart[1]).raw(falsified).close('}');
                        } else {
                            json.name(element).raw(falsified);
                        }
                    }
                } else if (!reported.isEmpty()) {
                    String element = reported.get(random.nextInt(reported.size()));
                    if (!done.contains(element)) {
                        done.add(element);
                        falseClaim(json, rubric.element(element).orElseThrow());
                    }
                }
            }
        }
        json.close('}');

        if (random.nextDouble() < 0.9) {
            json.name("roster").open('[');
            int members = random.nextDouble() < 0.01 ? 0 : 10 + random.nextInt(51);
            for (int m = 0; m < members; m++) {
                json.next().open('{');
                json.name("role").string(random.nextDouble() < 0.15 ? "leadership" : "ordinary");
                String hours = random.nextDouble() < 0.6 ? TYPICAL_HOURS[random.nextInt(TYPICAL_HOURS.length)]
                        : BigDecimal.valueOf(random.nextInt(0, 161), 1).multiply(BigDecimal.valueOf(5)).stripTrailingZeros()
                        .toPlainString();
                json.name("hours").raw(hours);
                json.close('}');
            }
            json.close(']');
        }

        if (random.nextDouble() < 0.06) {
            json.name("baselineViolations").open('[');
            int violations = 1 + random.nextInt(2);
            for (int v = 0; v < violations; v++) {
                json.next().open('{');
                json.name("id").string(baselines.get(random.nextInt(baselines.size())).id());
                json.name("points").raw(random.nextBoolean() ? "1" : "2");
                json.close('}');
            }
            json.close(']');
        }

        if (random.nextDouble() < 0.03) {
            json.name("seriousDeductions").open('[');
            json.next().open('{');
            json.name("points").raw(Integer.toString(1 + random.nextInt(5)));
            json.name("reason").string(REASONS[random.nextInt(REASONS.length)]);
            json.close('}');
            json.close(']');
        }

        json.name("performance").open('{');
        json.name("targetWinner").bool(random.nextDouble() < 0.6);
        json.name("leadershipSound").bool(random.nextDouble() < 0.85);
        boolean rated = random.nextDouble() < 0.85;
        json.name("conductScore").raw(rated ? BigDecimal.valueOf(800 + random.nextInt(200), 1).toPlainString() : "null");
        json.name("conductImproved").bool(random.nextDouble() < 0.1);
        json.name("conductAccepted").raw(rated ? "null" : Boolean.toString(random.nextDouble() < 0.7));
        json.close('}');

        json.name("bonus").open('{');
        json.name("commendations").open('[');
        for (int c = random.nextInt(4); c > 0; c--) {
            json.next().open('{');
            json.name("project").string(PROJECTS[random.nextInt(PROJECTS.length)]);
            json.name("level").string(COMMENDATION_LEVELS[random.nextInt(COMMENDATION_LEVELS.length)]);
            json.name("date").string(eventDate().toString());
            json.close('}');
        }
        json.close(']');
        json.name("innovationAwards").open('[');
        for (int a = random.nextInt(4); a > 0; a--) {
            json.next().open('{');
            json.name("project").string(PROJECTS[random.nextInt(PROJECTS.length)]);
            json.name("level").string(AWARD_LEVELS[random.nextInt(AWARD_LEVELS.length)]);
            json.name("form").string(random.nextDouble() < 0.6 ? "commendation" : "exchange");
            json.name("date").string(eventDate().toString());
            json.close('}');
        }
        json.close(']');
        boolean pilot = random.nextDouble() < 0.2;
        json.name("pilot").open('{');
        json.name("pilot").bool(pilot);
        json.name("succeeded").bool(random.nextDouble() < (pilot ? 0.6 : 0.3));
        json.close('}');
        json.name("inspection").string(INSPECTION[random.nextInt(INSPECTION.length)]);
        json.close('}');

        json.close('}');
    }

    /** A 加分 event date: mostly inside the window, some outside it, a few on its edge days. */
    /** Occurrences of a count with its own cap: most near the cap, a quarter over it, a few none. */
    private int times(double diligence, BigDecimal max, BigDecimal each) {
        int capTimes = max.divide(each, 0, java.math.RoundingMode.CEILING).intValueExact();
        int times = (int) Math.round(diligence * capTimes * (0.5 + random.nextDouble()));
        if (random.nextDouble() < 0.25) {
            times += 1 + random.nextInt(capTimes + 3); // over the cap
        }
        return random.nextDouble() < 0.08 ? 0 : times;
    }

    /** Half the time the reported fact itself is false ("1"); otherwise a false claim beside it. */
    private void falseClaim(Json json, Element element) throws IOException {
        if (random.nextBoolean()) {
            json.name(element.id()).raw("1");
            return;
        }
        json.name(element.id()).open('{');
        switch (element.kind()) {
            case CHECK -> json.name("check").bool(true);
            case TIER -> json.name("tier").string(element.levels().get(random.nextInt(element.levels().size())).id());
            case THRESHOLD -> json.name("rate").raw(BigDecimal.valueOf(random.nextInt(101), 2).stripTrailingZeros().toPlainString());
            default -> json.name("assessed").raw(element.max().toPlainString());
        }
        json.close('}');
    }

    private LocalDate eventDate() {
        double roll = random.nextDouble();
        if (roll < 0.08) {
            return switch (random.nextInt(4)) {
                case 0 -> windowStart;
                case 1 -> windowEnd;
                case 2 -> windowStart.minusDays(1);
                default -> windowEnd.plusDays(1);
            };
        }
        if (roll < 0.7) {
            return windowStart.plusDays(random.nextLong(windowEnd.toEpochDay() - windowStart.toEpochDay() + 1));
        }
        return random.nextBoolean()
                ? windowStart.minusDays(1 + random.nextInt(400))
                : windowEnd.plusDays(1 + random.nextInt(400));
    }

    /** A minimal pretty-printing JSON emitter: one value or property per line, one-space indents. */
    private static final class Json {
        private final Writer out;
        private int depth;
        private boolean first = true;

        Json(Writer out) {
            this.out = out;
        }

        /** Starts the next value of an array. */
        Json next() throws IOException {
            separate();
            return this;
        }

        /** Starts the next property of an object. */
        Json name(String name) throws IOException {
            separate();
            quoted(name);
            out.write(": ");
            return this;
        }

        private void separate() throws IOException {
            if (!first) {
                out.write(',');
            }
            first = false;
            newline();
        }

        Json open(char bracket) throws IOException {
            out.write(bracket);
            depth++;
            first = true;
            return this;
        }

        Json close(char bracket) throws IOException {
            depth--;
            if (!first) {
                newline();
            }
            out.write(bracket);
            first = false;
            return this;
        }

        Json string(String value) throws IOException {
            quoted(value);
            return this;
        }

        Json bool(boolean value) throws IOException {
            out.write(value ? "true" : "false");
            return this;
        }

        Json raw(String literal) throws IOException {
            out.write(literal);
            return this;
        }

        private void newline() throws IOException {
            out.write('\n');
            for (int i = 0; i < depth; i++) {
                out.write(' ');
            }
        }

        private void quoted(String text) throws IOException {
            out.write('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.write('\\');
                    out.write(c);
                } else if (c < 0x20) {
                    out.write(String.format("\\u%04x", (int) c));
                } else {
                    out.write(c);
                }
            }
            out.write('"');
        }
    }
}

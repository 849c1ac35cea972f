package com.xingping.generate;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.xingping.identity.PasswordRule;
import com.xingping.kernel.Refusal;
import com.xingping.reporting.RecordState;

/**
 * {@code xingping.jar generate --units N --records-per-unit M [--seed S] --password P}: fills the
 * platform's database (empty: no units) with a believable open year of N units of M records each,
 * see {@link Province}. The platform is started with its web server off; Spring's own options
 * ({@code --spring.…}, {@code --xingping.…}) are passed on. Progress goes to stderr, the summary to
 * stdout. Exit 0 when generated, 2 on bad arguments or a database that already holds units.
 */
public final class GenerateCommand {
    public static final String NAME = "generate";
    static final String USAGE = "usage: xingping.jar generate --units N --records-per-unit M [--seed S] --password P"
            + " [--spring.profiles.active=…]";
    static final int MAX_UNITS = 100_000;
    static final int MAX_RECORDS_PER_UNIT = 10_000;

    private GenerateCommand() {
    }

    /** What the command line asks for, and the options for Spring. */
    record Arguments(Province.Plan plan, List<String> spring) {
    }

    /** The arguments, or an {@link IllegalArgumentException} naming the option and what is wrong with it. */
    static Arguments parse(String[] args) {
        Integer units = null;
        Integer perUnit = null;
        long seed = 2018;
        String password = null;
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (option.startsWith("--spring.") || option.startsWith("--xingping.")) {
                spring.add(arg);
                continue;
            }
            if (!List.of("--units", "--records-per-unit", "--seed", "--password").contains(option)) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : null;
            switch (option) {
                case "--units" -> units = whole(option, value, 1, MAX_UNITS);
                case "--records-per-unit" -> perUnit = whole(option, value, 0, MAX_RECORDS_PER_UNIT);
                case "--seed" -> {
                    try {
                        seed = Long.parseLong(value == null ? "" : value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--seed: expected a whole number, got " + shown(value));
                    }
                }
                default -> password = password(value);
            }
        }
        if (units == null) {
            throw new IllegalArgumentException("--units: missing");
        }
        if (perUnit == null) {
            throw new IllegalArgumentException("--records-per-unit: missing");
        }
        if (password == null) {
            throw new IllegalArgumentException("--password: missing");
        }
        return new Arguments(new Province.Plan(units, perUnit, seed, password), spring);
    }

    public static int run(String[] args, Class<?> application, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Province.Plan plan = arguments.plan();
        // the platform's first start makes `admin` on an empty database: with P, rather than a printed one-time password
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn",
                        "springdoc.api-docs.enabled=false", "springdoc.swagger-ui.enabled=false",
                        "xingping.admin-password=" + plan.password())
                // neither web server nor management port: as arguments, which outrank application.yaml (the platform may hold 8080 and 8081)
                .run(java.util.stream.Stream.concat(arguments.spring().stream(), java.util.stream.Stream.of(
                        "--server.port=-1", "--management.server.port=-1")).toArray(String[]::new))) {
            Province.Summary summary = context.getBean(Province.class).generate(plan, err::println);
            out.println(describe(summary));
            return 0;
        } catch (Refusal refused) {
            err.println("generate: " + refused.reason() + "; nothing was written");
            return 2;
        }
    }

    static String describe(Province.Summary s) {
        StringBuilder states = new StringBuilder();
        for (Map.Entry<RecordState, Long> state : s.states().entrySet()) {
            states.append(states.isEmpty() ? "" : ", ").append(state.getKey().name().toLowerCase()).append(' ')
                    .append(String.format("%,d", state.getValue()));
        }
        return String.format("%d: %,d units, %,d records (%s; %,d found false), %,d evidence files, %,d roster members,"
                        + " %,d committee facts, %,d audit entries in %.1f s; accounts admin and %s…, one password",
                s.year(), s.units(), s.records(), states, s.falsified(), s.evidence(), s.members(), s.facts(), s.auditEntries(),
                s.took().toMillis() / 1000.0, Names.code(1, s.units()).toLowerCase());
    }

    private static int whole(String option, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value == null ? "" : value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + ": expected a whole number from " + min + " to " + String.format("%,d", max)
                + ", got " + shown(value));
    }

    private static String password(String value) {
        String problem = PasswordRule.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("--password: " + problem);
        }
        return value;
    }

    private static String shown(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }
}

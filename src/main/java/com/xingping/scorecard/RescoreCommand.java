package com.xingping.scorecard;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code xingping.jar rescore [--year Y]}: rebuilds the stored standings of every year (or of year
 * Y) from the records, rosters and committee facts, in one transaction, against the platform's
 * database (the platform started with its web server off: {@code server.port=-1}). Spring's own options ({@code --spring.…},
 * {@code --xingping.…}) are passed on. Exit 0 when rebuilt, 2 on bad arguments or an unknown year.
 */
public final class RescoreCommand {
    public static final String NAME = "rescore";
    static final String USAGE = "usage: xingping.jar rescore [--year YEAR] [--spring.profiles.active=…]";

    private RescoreCommand() {
    }

    /** What the command line asks for: a year (null: every year) and the options for Spring. */
    record Arguments(Integer year, List<String> spring) {
    }

    /** The arguments, or an {@link IllegalArgumentException} saying what is wrong with them. */
    static Arguments parse(String[] args) {
        Integer year = null;
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--year") || arg.startsWith("--year=")) {
                String value = arg.equals("--year") ? (i + 1 < args.length ? args[++i] : null) : arg.substring(7);
                if (value == null || !value.matches("\\d{4}")) {
                    throw new IllegalArgumentException("--year: expected a four-digit year, got "
                            + (value == null ? "nothing" : "'" + value + "'"));
                }
                year = Integer.valueOf(value);
            } else if (arg.startsWith("--spring.") || arg.startsWith("--xingping.")) {
                spring.add(arg);
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        return new Arguments(year, spring);
    }

    public static int run(String[] args, Class<?> application, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("rescore: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("spring.main.banner-mode=off",
                        "logging.level.root=warn")
                // neither web server nor management port: as arguments, which outrank application.yaml (the platform may hold 8080 and 8081)
                .run(java.util.stream.Stream.concat(arguments.spring().stream(), java.util.stream.Stream.of(
                        "--server.port=-1", "--management.server.port=-1")).toArray(String[]::new))) {
            Map<Integer, Integer> rebuilt = context.getBean(StandingsRebuild.class).rescore(arguments.year());
            if (rebuilt.isEmpty()) {
                err.println("rescore: " + (arguments.year() == null ? "the database has no assessment year"
                        : "no assessment year " + arguments.year()));
                return 2;
            }
            rebuilt.forEach((year, units) -> out.println(year + ": " + units + " units rescored"));
            return 0;
        }
    }
}

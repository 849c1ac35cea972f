package com.xingping.audit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code xingping.jar audit verify}: checks the audit log's hash chain in the platform's database
 * (the platform started with its web server off) and prints OK with the number of entries, or the
 * first broken entry (id, time, what differs). Spring's options ({@code --spring.…},
 * {@code --xingping.…}) are passed on. Exit 0 intact, 1 broken, 2 bad arguments.
 */
public final class AuditCommand {
    public static final String NAME = "audit";
    static final String USAGE = "usage: xingping.jar audit verify [--spring.profiles.active=…]";

    private AuditCommand() {
    }

    /** The options for Spring, or an {@link IllegalArgumentException} saying what is wrong with the arguments. */
    static List<String> parse(String[] args) {
        if (args.length == 0 || !args[0].equals("verify")) {
            throw new IllegalArgumentException(args.length == 0 ? "missing subcommand 'verify'" : "unknown subcommand '" + args[0] + "'");
        }
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--spring.") && !args[i].startsWith("--xingping.")) {
                throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
            spring.add(args[i]);
        }
        return spring;
    }

    public static int run(String[] args, Class<?> application, PrintStream out, PrintStream err) {
        List<String> spring;
        try {
            spring = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("audit: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn")
                // neither web server nor management port: as arguments, which outrank application.yaml (the platform may hold 8080 and 8081)
                .run(Stream.concat(spring.stream(), Stream.of("--server.port=-1", "--management.server.port=-1")).toArray(String[]::new))) {
            AuditVerifier.Verdict verdict = context.getBean(AuditVerifier.class).verify();
            if (verdict.sealed() > 0) {
                out.println("audit verify: sealed " + entries(verdict.sealed()) + " written without a hash (older or bulk-generated)");
            }
            if (verdict.intact()) {
                out.println("audit verify: OK, " + entries(verdict.count()) + ", chain intact");
                return 0;
            }
            AuditVerifier.Broken broken = verdict.broken();
            err.println("audit verify: BROKEN at " + (broken.id() == null ? "the chain's head" : "entry " + broken.id() + " ("
                    + broken.at() + ")") + ": " + broken.problem());
            out.println("audit verify: " + entries(verdict.count() - (broken.id() == null ? 0 : 1)) + " intact before it");
            return 1;
        }
    }

    private static String entries(long count) {
        return count + (count == 1 ? " entry" : " entries");
    }
}

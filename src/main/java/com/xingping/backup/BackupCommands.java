package com.xingping.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code backup DIR}, {@code backup verify DIR}, {@code restore DIR} and {@code verify}: the platform
 * started without its web server against its configured database ({@code --spring.…} and
 * {@code --xingping.…} options are passed on), except {@code backup verify}, which reads the files
 * only. Exit 0 when done or whole, 1 when a check finds a problem, 2 on bad arguments or a refusal.
 */
public final class BackupCommands {
    public static final List<String> NAMES = List.of("backup", "restore", "verify");
    static final String USAGE = """
            usage: xingping.jar backup DIR          a backup of the database and every evidence file, with SHA-256 sums
                   xingping.jar backup verify DIR   checks a backup against its manifest
                   xingping.jar restore DIR         fills an empty installation from a backup
                   xingping.jar verify              checks this installation: every evidence row has its file with its hash,
                                                    no file without a row, the audit chain intact""";

    private BackupCommands() {
    }

    record Arguments(String command, Path directory, List<String> spring) {
    }

    static Arguments parse(String name, String[] args) {
        List<String> spring = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--spring.") || arg.startsWith("--xingping.")) {
                spring.add(arg);
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option '" + arg + "'");
            } else {
                words.add(arg);
            }
        }
        String command = name;
        if (name.equals("backup") && !words.isEmpty() && words.get(0).equals("verify")) {
            command = "backup verify";
            words.remove(0);
        }
        int expected = command.equals("verify") ? 0 : 1;
        if (words.size() != expected) {
            throw new IllegalArgumentException(expected == 0 ? "verify takes no directory" : command + ": expected one directory, got " + words.size());
        }
        return new Arguments(command, expected == 0 ? null : Path.of(words.get(0)), spring);
    }

    public static int run(String name, String[] args, Class<?> application, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = parse(name, args);
        } catch (IllegalArgumentException e) {
            err.println(name + ": " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (arguments.command().equals("backup verify")) {
            return verifyBackup(arguments.directory(), out, err);
        }
        // a restore replaces every account, so the first start of its empty installation announces no administrator
        String firstAdmin = "xingping.admin-password=" + (arguments.command().equals("restore") ? java.util.UUID.randomUUID() : "");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn",
                        "springdoc.api-docs.enabled=false", "springdoc.swagger-ui.enabled=false", firstAdmin)
                .run(Stream.concat(arguments.spring().stream(), Stream.of("--server.port=-1", "--management.server.port=-1")).toArray(String[]::new))) {
            Backups backups = context.getBean(Backups.class);
            return switch (arguments.command()) {
                case "backup" -> {
                    Manifest manifest = backups.backup(arguments.directory());
                    out.println("backup written to " + arguments.directory() + ": " + describe(manifest));
                    yield 0;
                }
                case "restore" -> {
                    Manifest manifest = backups.restore(arguments.directory());
                    out.println("restored from " + arguments.directory() + ": " + describe(manifest));
                    yield 0;
                }
                default -> {
                    List<String> problems = backups.verify();
                    problems.forEach(problem -> out.println("problem: " + problem));
                    out.println(problems.isEmpty() ? "installation OK: " + backups.evidenceRows() + " evidence files match their rows, the audit chain is intact"
                            : problems.size() + " problem(s) found");
                    yield problems.isEmpty() ? 0 : 1;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println(arguments.command() + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println(arguments.command() + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int verifyBackup(Path directory, PrintStream out, PrintStream err) {
        try {
            Manifest manifest = Manifest.read(directory);
            List<String> problems = BackupCheck.problems(directory, manifest);
            problems.forEach(problem -> out.println("problem: " + problem));
            out.println(problems.isEmpty() ? "backup OK: " + describe(manifest) : problems.size() + " problem(s) found");
            return problems.isEmpty() ? 0 : 1;
        } catch (IllegalArgumentException e) {
            err.println("backup verify: " + e.getMessage());
            return 2;
        }
    }

    private static String describe(Manifest manifest) {
        long rows = manifest.tables().stream().mapToLong(Manifest.TableFile::rows).sum();
        return String.format("%s schema %s, %d tables, %,d rows, %,d evidence files, taken %s", manifest.database(), manifest.schemaVersion(),
                manifest.tables().size(), rows, manifest.evidence().size(), manifest.takenAt());
    }
}

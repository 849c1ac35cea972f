package com.xingping.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** {@code java -jar target/xingping.jar ARGS} as an operator runs it, in its own process. */
public final class Jar {
    private static final Path JAR = Path.of("target", "xingping.jar");

    private Jar() {
    }

    public record Result(int exit, String stdout, String stderr) {
    }

    public static Result run(String... args) throws IOException, InterruptedException {
        String[] command = command(args);
        Path out = Files.createTempFile("xingping", ".out");
        Path err = Files.createTempFile("xingping", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /** Starts the jar (the platform, say) in the background, its output into {@code log}; the caller stops it. */
    public static Process start(Path log, String... args) throws IOException {
        Process process = new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        return process;
    }

    private static String[] command(String... args) {
        String[] command = new String[args.length + 3];
        command[0] = ProcessHandle.current().info().command().orElse("java");
        command[1] = "-jar";
        command[2] = JAR.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        return command;
    }
}

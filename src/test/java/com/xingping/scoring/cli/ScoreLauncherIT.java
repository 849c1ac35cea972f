package com.xingping.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.xingping.scoring.InvalidDocuments;

/** {@code bin/xingping-score} against the packaged jar: the same answers as {@code java -jar xingping.jar score}. */
class ScoreLauncherIT {
    private static final Path JAR = Path.of("target", "xingping.jar").toAbsolutePath();
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @Test
    void writesWhatTheJarWritesBeforeAndAfterRecordingItsArchive(@TempDir Path dir) throws Exception {
        Path year = dir.resolve("example-year.json");
        Files.writeString(year, InvalidDocuments.exampleYear());
        Path cache = dir.resolve("cache");

        Result jar = run(dir, List.of(JAVA, "-jar", JAR.toString(), "score", year.toString()));
        Result recording = launcher(dir, cache, year.toString());
        Result archived = launcher(dir, cache, "--explain", year.toString());
        Result explained = run(dir, List.of(JAVA, "-jar", JAR.toString(), "score", "--explain", year.toString()));

        assertThat(jar.exit()).isZero();
        assertThat(recording).isEqualTo(jar);
        assertThat(Files.size(cache.resolve("score.jsa"))).isPositive();
        assertThat(archived).isEqualTo(explained);
        assertThat(archived.stderr()).isEmpty();
    }

    @Test
    void refusesABadDocumentWithExitCodeTwoAndRecordsNoArchiveFromIt(@TempDir Path dir) throws Exception {
        InvalidDocuments.Case bad = InvalidDocuments.all().get(2);
        Path year = dir.resolve("bad.json");
        Files.writeString(year, bad.document());
        Path cache = dir.resolve("cache");

        Result refused = launcher(dir, cache, year.toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.stdout()).isEmpty();
        assertThat(refused.stderr()).contains(bad.expectedProblem());
        assertThat(cache.resolve("score.jsa")).doesNotExist();
    }

    private static Result launcher(Path dir, Path cache, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("bin", "xingping-score").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(dir, command, Map.of("XINGPING_JAR", JAR.toString(), "XINGPING_SCORE_CACHE", cache.toString(), "JAVA", JAVA));
    }

    private static Result run(Path dir, List<String> command) throws Exception {
        return run(dir, command, Map.of());
    }

    private static Result run(Path dir, List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), stdout, Files.readString(dir.resolve("stderr.txt")));
    }

    private record Result(int exit, String stdout, String stderr) {
    }
}

package com.xingping.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import com.xingping.rubric.RubricLoader;
import com.xingping.scoring.ScoringDocumentReader;
import com.xingping.scoring.ScoringDocumentWriter;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.YearResult;

/**
 * Steady-state throughput of scoring a generated year of {@value #UNITS} units on one thread.
 * Every benchmark processes the whole year per invocation and declares
 * {@code @OperationsPerInvocation(UNITS)}, so the reported ops/s <em>are units per second</em>
 * (divide {@value #UNITS} by it for the time per year).
 *
 * <ul>
 * <li>{@code score}: {@code ScoringEngine.score} on the pre-read facts (goal: ≥ 100,000 units/s);</li>
 * <li>{@code read}: {@code ScoringDocumentReader.read} of the JSON bytes (parse + validation);</li>
 * <li>{@code write}: {@code ScoringDocumentWriter.write} of the pre-computed result;</li>
 * <li>{@code readScoreWrite}: all three, what the {@code score} command does after the JVM is up.</li>
 * </ul>
 *
 * The fork gets a fixed 4 GB heap (override with -jvmArgsAppend) so that heap sizing is the same in
 * every run; scoring a whole year keeps all its results live until it returns, so GC is part of the
 * measured cost.
 * Not part of the build's tests; run with bench/run-benchmarks.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ScoringEngineBenchmark.UNITS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ScoringEngineBenchmark {
    public static final int UNITS = 10_000;

    private byte[] json;
    private List<UnitFacts> units;
    private ScoringEngine engine;
    private YearResult result;

    @Setup(Level.Trial)
    public void setUp() {
        json = YearGenerator.document(UNITS);
        ScoringInput input = ScoringDocumentReader.read(new ByteArrayInputStream(json));
        if (input.units().size() != UNITS) {
            throw new IllegalStateException("expected " + UNITS + " units, read " + input.units().size());
        }
        units = input.units();
        engine = new ScoringEngine(RubricLoader.bundled(YearGenerator.RUBRIC));
        result = engine.score(units);
    }

    @Benchmark
    public YearResult score() {
        return engine.score(units);
    }

    @Benchmark
    public ScoringInput read() {
        return ScoringDocumentReader.read(new ByteArrayInputStream(json));
    }

    @Benchmark
    public int write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(UNITS * 2_000);
        ScoringDocumentWriter.write(engine.rubric(), result, out, false);
        return out.size();
    }

    @Benchmark
    public int readScoreWrite() {
        ScoringInput input = ScoringDocumentReader.read(new ByteArrayInputStream(json));
        YearResult scored = new ScoringEngine(input.rubric()).score(input.units());
        ByteArrayOutputStream out = new ByteArrayOutputStream(UNITS * 2_000);
        ScoringDocumentWriter.write(input.rubric(), scored, out, false);
        return out.size();
    }
}

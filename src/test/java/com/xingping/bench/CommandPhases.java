package com.xingping.bench;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import com.xingping.rubric.RubricLoader;
import com.xingping.scoring.ScoringDocumentReader;
import com.xingping.scoring.ScoringDocumentWriter;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.YearResult;

/**
 * Splits what {@code xingping score FILE} does into timed phases, in one JVM, so that a slow command
 * can be attributed: JVM start until main, loading the rubric, reading the document as the command
 * does ({@code ScoringDocumentReader.read(InputStream)}: parse and check), scoring, and writing the
 * output document (to a discarding stream). Round 1 is the cold run the command makes; later rounds
 * show the same phases warmed up. GC counts/times and loaded-class counts are printed after each
 * round, CPU time of the main thread and of the whole process (JIT compiler and GC threads included)
 * at the end.
 *
 * <pre>java -cp target/test-classes:target/classes:$CP com.xingping.bench.CommandPhases FILE [ROUNDS]</pre>
 */
public final class CommandPhases {
    private CommandPhases() {
    }

    public static void main(String[] args) throws Exception {
        long mainStart = System.nanoTime();
        long uptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        System.out.printf("JVM uptime when main started: %d ms (JVM creation + loading this class)%n", uptimeAtMain);
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            RubricLoader.bundled(YearGenerator.RUBRIC);
            long t1 = System.nanoTime();
            ScoringInput input;
            try (InputStream in = Files.newInputStream(file)) {
                input = ScoringDocumentReader.read(in);
            }
            long t2 = System.nanoTime();
            YearResult result = new ScoringEngine(input.rubric()).score(input.units());
            long t3 = System.nanoTime();
            OutputStream out = new BufferedOutputStream(OutputStream.nullOutputStream(), 1 << 16);
            ScoringDocumentWriter.write(input.rubric(), result, out, false);
            out.flush();
            long t4 = System.nanoTime();
            System.out.printf("round %d, %d units: rubric %.0f ms | read (parse + check) %.0f ms | score %.0f ms"
                            + " | write %.0f ms | total %.0f ms%n", round, input.units().size(), ms(t1 - t0), ms(t2 - t1),
                    ms(t3 - t2), ms(t4 - t3), ms(t4 - t0));
            long gcs = 0;
            long gcMillis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                gcs += gc.getCollectionCount();
                gcMillis += gc.getCollectionTime();
            }
            System.out.printf("  so far: %d GCs, %d ms in GC, %d classes loaded, heap used now %d MB%n", gcs, gcMillis,
                    classes.getTotalLoadedClassCount(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
        long processCpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        System.out.printf("main ran %.0f ms; JVM uptime at exit %d ms; CPU time: main thread %.0f ms, whole process %.0f ms"
                        + " (the rest is JIT compiler and GC threads)%n", ms(System.nanoTime() - mainStart),
                ManagementFactory.getRuntimeMXBean().getUptime(),
                ms(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()), ms(processCpu));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

package com.xingping.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.xingping.sheet.SheetReader;
import com.xingping.support.Xlsx;
import com.xingping.support.XlsxPackage;

/**
 * Times what refusing the upload costs: an .xlsx of 1,000,000 rows that compresses to about
 * 930 KB (under the 2 MB upload limit), read against a layout of 1,000 rows as the committee's
 * imports are. Prints, for one reader at a time and then for {@code PARALLEL} readers at once, the
 * wall time, the bytes the reading thread allocated and the heap's peak (the sum of the heap pools'
 * peaks since the round began). Run it in a fresh JVM per variant, e.g. with {@code -Xmx512m}:
 *
 * <pre>java -Xmx512m -cp target/test-classes:target/classes:$CP com.xingping.bench.MillionRowImport [ROUNDS] [PARALLEL]</pre>
 */
public final class MillionRowImport {
    private static final SheetReader.Layout THOUSAND = SheetReader.Layout.of(1000, "一次最多导入 1000 个单位", "单位编码", "得分");

    private MillionRowImport() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int parallel = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        byte[] file = XlsxPackage.scores(1_000_000);
        System.out.printf("file: %,d bytes, max heap %,d MB%n", file.length, Runtime.getRuntime().maxMemory() >> 20);
        SheetReader.rows(Xlsx.header("单位编码", "得分").row("U01", 90).bytes(), THOUSAND);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            resetPeaks();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            String outcome = refuse(file);
            System.out.printf("round %d: %s in %,d ms, %,d KB allocated, heap peak %,d MB%n", round, outcome,
                    (System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadAllocatedBytes() - allocated) >> 10,
                    heapPeak() >> 20);
        }
        resetPeaks();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long start = System.nanoTime();
        List<Future<String>> all = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            all.add(pool.submit(() -> refuse(file)));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> one : all) {
            outcomes.add(one.get());
        }
        pool.shutdown();
        System.out.printf("%d at once: %s in %,d ms, heap peak %,d MB%n", parallel, outcomes.stream().distinct().toList(),
                (System.nanoTime() - start) / 1_000_000, heapPeak() >> 20);
    }

    private static String refuse(byte[] file) {
        try {
            return SheetReader.rows(file, THOUSAND).size() + " rows read";
        } catch (OutOfMemoryError e) {
            return "OutOfMemoryError";
        } catch (RuntimeException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}

package com.xingping.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The measured server's user + system CPU time from /proc, when its pid is given (-Dserver.pid). On a
 * machine shared with other work, CPU time per call moves much less than wall time.
 */
final class ServerCpu {
    private static final String PID = System.getProperty("server.pid");
    static final boolean KNOWN = PID != null;

    private ServerCpu() {
    }

    /** CPU time so far in clock ticks (1/100 s); 0 when the pid is not known. */
    static long ticks() {
        if (PID == null) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", PID, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String perCall(long ticks, int calls) {
        return KNOWN ? String.format(", %.2f ms CPU", ticks * 10.0 / calls) : "";
    }
}

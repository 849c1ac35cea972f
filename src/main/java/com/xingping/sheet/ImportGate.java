package com.xingping.sheet;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.xingping.kernel.Busy;

/**
 * At most {@code xingping.imports.concurrent} (default 2) spreadsheet imports at once across the
 * application, each reading its file and saving what it holds. One more waits up to
 * {@code xingping.imports.wait} (default 3 s) for its turn and is then refused as {@link Busy}
 * (the API answers 503 with Retry-After), so a burst of uploads queues briefly instead of filling the
 * heap. Enter before the import's transaction, so a waiting import holds no database connection.
 */
@Component
public class ImportGate {
    public static final String BUSY = "服务器正在处理其他导入，请稍后再试";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private final Semaphore turns;
    private final Duration wait;

    ImportGate(@Value("${xingping.imports.concurrent:2}") int concurrent, @Value("${xingping.imports.wait:3s}") Duration wait) {
        this.turns = new Semaphore(concurrent, true);
        this.wait = wait;
    }

    /** Runs the import when its turn comes within the wait; refuses it otherwise. */
    public <T> T admit(Supplier<T> importing) {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy(BUSY, RETRY_AFTER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(BUSY, RETRY_AFTER);
        }
        try {
            return importing.get();
        } finally {
            turns.release();
        }
    }
}

package com.xingping.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.xingping.kernel.Busy;

/** How many imports run at once, and what one more is told. */
class ImportGateTest {
    private final ImportGate gate = new ImportGate(2, Duration.ofMillis(300));
    private final CountDownLatch running = new CountDownLatch(2);
    private final CountDownLatch finish = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void finishThem() throws InterruptedException {
        finish.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aThirdImportWaitsBrieflyThenIsRefusedAsBusy() throws Exception {
        twoRunning();

        long start = System.nanoTime();
        assertThatThrownBy(() -> gate.admit(() -> "third")).isInstanceOf(Busy.class)
                .hasMessage("服务器正在处理其他导入，请稍后再试")
                .satisfies(busy -> assertThat(((Busy) busy).retryAfter()).isPositive());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aThirdImportRunsWhenATurnFreesWithinTheWait() throws Exception {
        ImportGate patient = new ImportGate(1, Duration.ofSeconds(10));
        CountDownLatch first = new CountDownLatch(1);
        Future<String> held = threads.submit(() -> patient.admit(() -> {
            first.countDown();
            return awaitQuietly(finish) ? "first" : "interrupted";
        }));
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();

        threads.submit(() -> {
            Thread.sleep(200);
            finish.countDown();
            return null;
        });

        assertThat(patient.admit(() -> "second")).isEqualTo("second");
        assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo("first");
    }

    @Test
    void aTurnIsGivenBackWhenAnImportFails() {
        assertThatThrownBy(() -> gate.admit(() -> {
            throw new IllegalStateException("bad file");
        })).hasMessage("bad file");
        assertThatThrownBy(() -> gate.admit(() -> {
            throw new IllegalStateException("bad file");
        })).hasMessage("bad file");

        assertThat(gate.admit(() -> "next")).isEqualTo("next");
    }

    private void twoRunning() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            threads.submit(() -> gate.admit(() -> {
                running.countDown();
                return awaitQuietly(finish);
            }));
        }
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

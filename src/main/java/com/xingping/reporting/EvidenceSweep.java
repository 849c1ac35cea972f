package com.xingping.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles the evidence files an interrupted save or removal left staged (see {@link EvidenceStore#sweep}),
 * at start-up and every hour. Several instances may share the store, so a staged file is judged only
 * once it is older than {@link #GRACE}, longer than any transaction that stages evidence takes.
 */
@Component
class EvidenceSweep implements ApplicationRunner {
    static final Duration GRACE = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(EvidenceSweep.class);
    private final EvidenceStore store;
    private final Evidences evidences;

    EvidenceSweep(EvidenceStore store, Evidences evidences) {
        this.store = store;
        this.evidences = evidences;
    }

    @Override
    public void run(ApplicationArguments args) {
        sweep();
    }

    @Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    void sweep() {
        EvidenceStore.Sweep sweep = store.sweep(evidences::existsByStoredName, Instant.now().minus(GRACE));
        if (sweep.restored() + sweep.removed() > 0) {
            log.info("Evidence left by an interrupted save or removal: {} file(s) put in place, {} removed",
                    sweep.restored(), sweep.removed());
        }
    }
}

package com.xingping.reporting;

import java.lang.management.ManagementFactory;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up, settles the evidence files a crash left half-way (see {@link EvidenceStore#sweep}). */
@Component
class EvidenceSweep implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(EvidenceSweep.class);
    private final EvidenceStore store;
    private final Evidences evidences;

    EvidenceSweep(EvidenceStore store, Evidences evidences) {
        this.store = store;
        this.evidences = evidences;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant processStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        EvidenceStore.Sweep sweep = store.sweep(evidences::existsByStoredName, processStart);
        if (sweep.restored() + sweep.removed() > 0) {
            log.info("Evidence left by an interrupted save or removal: {} file(s) put in place, {} removed",
                    sweep.restored(), sweep.removed());
        }
    }
}

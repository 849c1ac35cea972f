package com.xingping.integrity;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import com.xingping.reporting.FiledEvidence;

/**
 * Catches up, in the background once the platform serves, with records stored before V25 or without the
 * upload path (the {@code generate} command, the demo city): a batch of records at a time, each batch in a
 * transaction of its own, printing their photos from the store and storing their signals as an upload would.
 * The pages say how far it is while it runs. Commands (no web server) leave it to the platform.
 */
@Component
class SignalBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(SignalBackfill.class);
    private static final int BATCH = 200;
    private final SignalTables tables;
    private final SignalUpkeep upkeep;
    private final FiledEvidence filed;
    private final TransactionTemplate transactions;
    private final AtomicReference<Progress> progress = new AtomicReference<>();

    SignalBackfill(SignalTables tables, SignalUpkeep upkeep, FiledEvidence filed, PlatformTransactionManager transactions) {
        this.tables = tables;
        this.upkeep = upkeep;
        this.filed = filed;
        this.transactions = new TransactionTemplate(transactions);
    }

    record Progress(long done, long total) {
    }

    Optional<Progress> progress() {
        return Optional.ofNullable(progress.get());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebApplicationContext) {
            Thread thread = new Thread(this::catchUpAll, "signal-backfill");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    /** Walks every record not caught up with yet, by id; a batch that fails (a concurrent upload) is tried on the next walk. */
    void catchUpAll() {
        long behind = tables.behindCount();
        if (behind == 0) {
            LOG.info("signals: no record to catch up with");
            return;
        }
        long started = System.nanoTime();
        LOG.info("signals: catching up with {} records stored before", behind);
        progress.set(new Progress(0, behind));
        try {
            boolean failed = true;
            long done = 0;
            for (int walk = 0; walk < 3 && failed; walk++) {
                failed = false;
                long after = 0;
                List<Long> batch;
                while (!(batch = tables.behind(after, BATCH)).isEmpty()) {
                    after = batch.get(batch.size() - 1);
                    boolean caught = catchUp(batch);
                    failed |= !caught;
                    done += caught ? batch.size() : 0;
                    progress.set(new Progress(Math.min(done, behind), behind));
                }
            }
        } finally {
            progress.set(null);
        }
        LOG.info("signals: caught up with {} records in {} s", behind, (System.nanoTime() - started) / 1_000_000_000);
    }

    private boolean catchUp(List<Long> recordIds) {
        try {
            transactions.executeWithoutResult(status -> {
                SignalUpkeep.Hashes hashes = new SignalUpkeep.Hashes(tables);
                recordIds.forEach(id -> filed.record(id).ifPresent(record -> upkeep.catchUp(record, hashes)));
            });
            return true;
        } catch (DataAccessException e) {
            LOG.warn("signals: records {} to {} not caught up with yet: {}", recordIds.get(0), recordIds.get(recordIds.size() - 1),
                    e.getMessage());
            return false;
        }
    }
}

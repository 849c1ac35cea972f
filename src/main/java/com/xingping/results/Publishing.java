package com.xingping.results;

import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.Refusal;
import com.xingping.results.ProgressBoard.Tracker;
import com.xingping.scorecard.LiveFacts;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * Publishes a year's results (committee administrators only): the draft as it stands is frozen
 * into the next version's snapshot. Publications of one year are serialised by a row lock on the
 * year; {@code expectedLatest} (the latest version the publisher saw) guards against publishing
 * over a version someone else published meanwhile (409).
 */
@Service
class Publishing {
    static final int STEPS = 4;
    private final Publications publications;
    private final LiveFacts live;
    private final YearRegistry years;
    private final AuditLog audit;
    private final Clock clock;

    Publishing(Publications publications, LiveFacts live, YearRegistry years, AuditLog audit, Clock clock) {
        this.publications = publications;
        this.live = live;
        this.years = years;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the audit log keeps of a publication (the documents themselves are in the publication). */
    record Published(int year, int version, String rubricId, int units, String note) {
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Edition publish(CurrentUser publisher, AssessmentYear year, Integer expectedLatest, String note,
                           Tracker progress) {
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (reason != null && reason.length() > 1000) {
            throw new Refusal("note", "说明不超过 1000 字");
        }
        try {
            years.lock(year.id());
        } catch (PessimisticLockingFailureException e) {
            throw new OptimisticLockingFailureException(year.year() + " 年度结果正在由他人发布，请稍后查看再发布", e);
        }
        int latest = publications.latestVersion(year.id());
        if (expectedLatest != null && expectedLatest != latest) {
            throw new OptimisticLockingFailureException(year.year() + " 年度结果已由他人发布到第 " + latest + " 版");
        }
        progress.step("汇总各单位事实");
        var facts = live.of(year);
        if (facts.units().isEmpty()) {
            throw new Refusal("units", year.year() + " 年度没有参评的单位，不能发布");
        }
        progress.step("计分并生成快照");
        Snapshot snapshot = Snapshot.take(facts);
        progress.step("保存第 " + (latest + 1) + " 版");
        Publication saved;
        try {
            saved = publications.save(Publication.of(year.id(), latest + 1, snapshot, publisher.username(),
                    Instant.now(clock), reason));
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException(year.year() + " 年度结果第 " + (latest + 1) + " 版已由他人发布", e);
        }
        audit.record("results.published", "publication", saved.id(), null,
                new Published(year.year(), saved.versionNumber(), saved.rubricId(), saved.unitCount(), reason));
        return Edition.published(year, saved);
    }
}

package com.xingping.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import com.xingping.results.Standings.Standing;
import com.xingping.scorecard.BackingRecord;
import com.xingping.scorecard.LiveFacts;
import com.xingping.scorecard.LiveFacts.ScoredYear;
import com.xingping.scoring.UnitResult;
import com.xingping.rubrics.StoredRubrics;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * Publishes a year's results (committee administrators only): the draft as it stands is frozen as
 * the next version: its input and output documents, the rubric text it was scored with, and each
 * unit's line and sheet (with the records behind its elements). Publications of one year are serialised by a row lock on the
 * year; {@code expectedLatest} (the latest version the publisher saw) guards against publishing
 * over a version someone else published meanwhile (409).
 */
@Service
class Publishing {
    static final int STEPS = 4;
    private final Publications publications;
    private final PublicationUnits units;
    private final LiveFacts live;
    private final YearRegistry years;
    private final AuditLog audit;
    private final Clock clock;

    Publishing(Publications publications, PublicationUnits units, LiveFacts live, YearRegistry years, AuditLog audit,
               Clock clock) {
        this.publications = publications;
        this.units = units;
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
        return freeze(publisher, year, expectedLatest, note, progress);
    }

    /**
     * Freezes the draft as the next version, for whoever the caller allowed: an administrator publishing,
     * or a leader's sign-off of a notice ({@link NoticeDesk#signOff}) when the draft moved since the posting.
     */
    @Transactional
    Edition freeze(CurrentUser publisher, AssessmentYear year, Integer expectedLatest, String note, Tracker progress) {
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
        LiveFacts.WithRecords read = live.withRecords(year);
        ScoredYear scored = read.scored();
        if (scored.units().isEmpty()) {
            throw new Refusal("units", year.year() + " 年度没有参评的单位，不能发布");
        }
        Map<Long, Map<String, List<BackingRecord>>> records = read.records();
        progress.step("计分并生成快照");
        Standings lines = Standings.of(scored.result());
        Map<String, BigDecimal> medians = lines.medians(scored.rubric());
        List<PublicationUnits.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.units().size(); i++) {
            Standing line = lines.units().get(i);
            UnitResult result = scored.result().units().get(i);
            rows.add(new PublicationUnits.Row(line, UnitDetail.of(scored.rubric(), scored.result(), result, medians,
                    RecordRef.byElement(records.getOrDefault(line.unitId(), Map.of())))));
        }
        progress.step("保存第 " + (latest + 1) + " 版");
        Publication saved;
        StoredRubrics.Issued rubric = years.storedRubric(year);
        try {
            saved = publications.save(new Publication(null, year.id(), latest + 1, scored.rubric().id(),
                    rows.size(), publisher.username(), Instant.now(clock), reason, Snapshot.input(scored),
                    Snapshot.output(scored.rubric(), scored.result()), years.rubricText(year), rubric.sha256(), rubric.version()));
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException(year.year() + " 年度结果第 " + (latest + 1) + " 版已由他人发布", e);
        }
        units.insert(saved.id(), rows);
        audit.record("results.published", "publication", saved.id(), null,
                new Published(year.year(), saved.versionNumber(), saved.rubricId(), saved.unitCount(), reason));
        return Edition.published(year, new Publications.Head(saved.id(), saved.versionNumber(), saved.rubricId(),
                saved.unitCount(), saved.publishedBy(), saved.publishedAt(), saved.note(), saved.rubricText()),
                scored.rubric(), lines);
    }
}

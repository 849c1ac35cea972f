package com.xingping.year;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricException;
import com.xingping.rubric.RubricLoader;
import com.xingping.rubrics.StoredRubrics;
import com.xingping.year.YearWork.OpenWork;
import com.xingping.year.YearWork.Settlement;

/**
 * Opens a year on a rubric, keeps its deadlines, and closes it once what is still open has been
 * seen and the records still waiting for review settled; a closed year is read-only for everyone.
 */
@Service
public class YearRegistry {
    private final Years years;
    private final YearDatesRows dates;
    private final StoredRubrics stored;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<YearWork> work;

    YearRegistry(Years years, YearDatesRows dates, StoredRubrics stored, AuditLog audit, Clock clock,
                 ObjectProvider<YearWork> work) {
        this.years = years;
        this.dates = dates;
        this.stored = stored;
        this.audit = audit;
        this.clock = clock;
        this.work = work;
    }

    public AssessmentYear get(Long id) {
        return years.findById(id).orElseThrow(() -> new NotFound("年度 " + id));
    }

    public Optional<AssessmentYear> byYear(int year) {
        return years.findByYear(year);
    }

    /** Every year, newest first. */
    public List<AssessmentYear> all() {
        return years.findAllByOrderByYearDesc();
    }

    /** For seeding (demo data): saved as given, no permission check; a year on a bundled file is linked to it stored. */
    @Transactional
    public AssessmentYear seed(AssessmentYear year) {
        return years.save(year.storedRubricId() == null ? year.storedAs(bundledStored(year.rubricId())) : year);
    }

    /** Links every year without a stored rubric to its bundled file, stored (years opened before V28). */
    @Transactional
    public void linkBundled() {
        for (AssessmentYear year : years.findAllByOrderByYearDesc()) {
            if (year.storedRubricId() == null) {
                years.link(year.id(), bundledStored(year.rubricId()));
            }
        }
    }

    private Long bundledStored(String rubricId) {
        try {
            return stored.bundled(rubricId).id();
        } catch (RubricException notBundled) {
            return null;
        }
    }

    /** The year that is open for reporting now: the newest open one. */
    public AssessmentYear current() {
        return years.findFirstByStatusOrderByYearDesc(YearStatus.OPEN)
                .orElseThrow(() -> new NotFound("当前没有开放的考评年度"));
    }

    public AssessmentYear requireOpen(Long id) {
        AssessmentYear year = get(id);
        if (!year.isOpen()) {
            throw new Refusal("year", year.year() + " 年度已关闭，只读");
        }
        return year;
    }

    /** The rubric the year is scored by: its stored rubric, exactly (two years are each scored by their own). */
    public Rubric rubricOf(AssessmentYear year) {
        return year.storedRubricId() == null ? RubricLoader.bundled(year.rubricId()) : stored.rubric(year.storedRubricId());
    }

    /** The stored rubric the year is scored by: its id, version and hash. */
    public StoredRubrics.Issued storedRubric(AssessmentYear year) {
        return stored.issued(year.storedRubricId() == null ? stored.bundled(year.rubricId()).id() : year.storedRubricId());
    }

    /** The exact YAML text the year is scored by (what a publication keeps). */
    public String rubricText(AssessmentYear year) {
        return stored.text(storedRubric(year).id());
    }

    /** Holds the year's row until the caller's transaction ends (publications of one year are numbered one after the other). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Long yearId) {
        years.lock(yearId);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AssessmentYear open(String rubricId) {
        if (rubricId == null || rubricId.isBlank()) {
            throw new Refusal("rubricId", "请选择细则");
        }
        Long storedId = stored.latest(rubricId).map(StoredRubrics.Issued::id).orElseGet(() -> bundledStored(rubricId));
        if (storedId == null) {
            throw new Refusal("rubricId", "没有细则 " + rubricId);
        }
        return open(storedId, "rubricId");
    }

    /** Opens a year on an issued stored rubric, which it keeps (and is scored by) for good. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AssessmentYear open(Long storedRubricId) {
        if (storedRubricId == null) {
            throw new Refusal("storedRubricId", "请选择细则");
        }
        return open(storedRubricId, "storedRubricId");
    }

    private AssessmentYear open(Long storedRubricId, String field) {
        Rubric rubric;
        try {
            rubric = stored.rubric(storedRubricId);
        } catch (NotFound | RubricException e) {
            throw new Refusal(field, "没有已印发的细则 " + storedRubricId);
        }
        if (years.findByYear(rubric.year()).isPresent()) {
            throw new Refusal(field, rubric.year() + " 年度已开设");
        }
        AssessmentYear year = years.save(AssessmentYear.open(rubric, storedRubricId, Instant.now(clock)));
        audit.record("year.opened", "year", year.id(), null, year);
        return year;
    }

    /** The year's deadlines: as the admin set them, else the defaults from its window. */
    public YearDates dates(AssessmentYear year) {
        return dates.findById(year.id()).orElseGet(() -> YearDates.defaults(year));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public YearDates setDates(Long id, LocalDate reportingCloses, LocalDate reviewCloses, LocalDate assessmentOn) {
        AssessmentYear year = requireOpen(id);
        if (reportingCloses == null) {
            throw new Refusal("reportingCloses", "请填写填报截止日期");
        }
        if (reviewCloses == null) {
            throw new Refusal("reviewCloses", "请填写审核截止日期");
        }
        if (assessmentOn == null) {
            throw new Refusal("assessmentOn", "请填写年终考评日期");
        }
        if (reviewCloses.isBefore(reportingCloses)) {
            throw new Refusal("reviewCloses", "审核截止日期（" + reviewCloses + "）不能早于填报截止日期（" + reportingCloses + "）");
        }
        if (assessmentOn.isBefore(reviewCloses)) {
            throw new Refusal("assessmentOn", "年终考评日期（" + assessmentOn + "）不能早于审核截止日期（" + reviewCloses + "）");
        }
        Optional<YearDates> stored = dates.findById(id);
        YearDates before = stored.orElseGet(() -> YearDates.defaults(year));
        YearDates after = dates.save(new YearDates(id, reportingCloses, reviewCloses, assessmentOn,
                stored.map(YearDates::version).orElse(null)));
        audit.record("year.dates.edited", "year", id, before, after);
        return after;
    }

    /** What is still open in the year, module by module: shown before it closes. */
    public List<OpenWork> openWork(Long id) {
        AssessmentYear year = get(id);
        return work.orderedStream().flatMap(w -> w.open(year).stream()).toList();
    }

    /** Closes a year in which nothing waits for review. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AssessmentYear close(Long id) {
        return close(id, null).year();
    }

    /** A year closed, and how many waiting records were settled on the way. */
    public record Closed(AssessmentYear year, long settled) {
    }

    /**
     * Closes the year; records still waiting for review are first returned or rejected with the
     * settlement's one reason, in the same transaction (all or nothing). Without a settlement a year
     * with waiting records is refused: they would wait for good.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Closed close(Long id, Settlement settlement) {
        years.lock(id);
        AssessmentYear before = get(id);
        if (!before.isOpen()) {
            throw new Refusal("status", before.year() + " 年度已关闭");
        }
        long waiting = work.orderedStream().flatMap(w -> w.open(before).stream())
                .filter(OpenWork::settleable).mapToLong(OpenWork::count).sum();
        long settled = 0;
        if (waiting > 0) {
            if (settlement == null || settlement.decision() == null) {
                throw new Refusal("decision", "还有 " + waiting + " 条记录待审核：关闭年度前请选择一并退回或不予认定，并填写理由");
            }
            if (settlement.reason() == null || settlement.reason().isBlank()) {
                throw new Refusal("reason", "请填写退回或不予认定这 " + waiting + " 条待审核记录的理由");
            }
            for (YearWork each : work.orderedStream().toList()) {
                settled += each.settle(before, settlement);
            }
        }
        AssessmentYear after = years.save(before.close(Instant.now(clock)));
        Map<String, Object> closed = new LinkedHashMap<>();
        closed.put("year", after);
        closed.put("settled", settled);
        if (settled > 0) {
            closed.put("decision", settlement.decision());
            closed.put("reason", settlement.reason().strip());
        }
        audit.record("year.closed", "year", id, before, closed);
        return new Closed(after, settled);
    }
}

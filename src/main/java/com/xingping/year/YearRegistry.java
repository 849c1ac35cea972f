package com.xingping.year;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricException;

/** Opens a year on a rubric and closes it; a closed year is read-only for everyone. */
@Service
public class YearRegistry {
    private final Years years;
    private final RubricCatalog rubrics;
    private final AuditLog audit;
    private final Clock clock;

    YearRegistry(Years years, RubricCatalog rubrics, AuditLog audit, Clock clock) {
        this.years = years;
        this.rubrics = rubrics;
        this.audit = audit;
        this.clock = clock;
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

    /** For seeding (demo data): saved as given, no permission check. */
    @Transactional
    public AssessmentYear seed(AssessmentYear year) {
        return years.save(year);
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

    public Rubric rubricOf(AssessmentYear year) {
        return rubrics.get(year.rubricId());
    }

    /** Holds the year's row until the caller's transaction ends (publications of one year are numbered one after the other). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Long yearId) {
        years.lock(yearId);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AssessmentYear open(String rubricId) {
        Rubric rubric;
        try {
            rubric = rubrics.get(rubricId == null ? "" : rubricId);
        } catch (RubricException e) {
            throw new Refusal("rubricId", "没有细则 " + rubricId);
        }
        if (years.findByYear(rubric.year()).isPresent()) {
            throw new Refusal("rubricId", rubric.year() + " 年度已开设");
        }
        AssessmentYear year = years.save(AssessmentYear.open(rubric, Instant.now(clock)));
        audit.record("year.opened", "year", year.id(), null, year);
        return year;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AssessmentYear close(Long id) {
        AssessmentYear before = get(id);
        if (!before.isOpen()) {
            throw new Refusal("status", before.year() + " 年度已关闭");
        }
        AssessmentYear after = years.save(before.close(Instant.now(clock)));
        audit.record("year.closed", "year", id, before, after);
        return after;
    }
}

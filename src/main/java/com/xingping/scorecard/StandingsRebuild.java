package com.xingping.scorecard;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.xingping.audit.AuditLog;
import com.xingping.rubric.Rubric;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.UnitResult;
import com.xingping.scorecard.FactsAssembler.Assembled;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * Builds a year's standings from scratch: every unit's facts (active or not) from the year's rows,
 * read once, in one transaction that holds the year's generation so no refresh interleaves. Used by
 * the {@code rescore} command, the results page's button, and for a year that has none yet.
 */
@Service
public class StandingsRebuild {
    private final StandingRows rows;
    private final UnitAssembly assembly;
    private final UnitRegistry units;
    private final YearRegistry yearRegistry;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    StandingsRebuild(StandingRows rows, UnitAssembly assembly, UnitRegistry units, YearRegistry yearRegistry,
                     AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.assembly = assembly;
        this.units = units;
        this.yearRegistry = yearRegistry;
        this.audit = audit;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Rebuilds the year's standings (an administrator, from the results page; audited). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int rebuild(AssessmentYear year) {
        int count = build(year);
        audit.record("standings.rebuilt", "year", year.id(), null, Map.of("year", year.year(), "units", count));
        return count;
    }

    /** Rebuilds the standings of every year, or of the year given (the {@code rescore} command; audited as "system"). */
    @Transactional
    public Map<Integer, Integer> rescore(Integer onlyYear) {
        Map<Integer, Integer> rebuilt = new LinkedHashMap<>();
        for (AssessmentYear year : yearRegistry.all()) {
            if (onlyYear == null || onlyYear == year.year()) {
                int count = build(year);
                audit.record("standings.rebuilt", "year", year.id(), null, Map.of("year", year.year(), "units", count));
                rebuilt.put(year.year(), count);
            }
        }
        return rebuilt;
    }

    /** Builds the standings of every year that has none (a database from before V7, a year written straight into the tables). */
    public void buildMissing() {
        rows.yearsWithoutStandings().forEach(this::ensureBuilt);
    }

    /**
     * Builds the year's standings in a transaction of its own when it has none. Two instances
     * building at once: the second one's insert fails on the key and it leaves the first one's.
     */
    void ensureBuilt(Long yearId) {
        if (rows.generation(yearId).isPresent()) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> {
                if (rows.lockGeneration(yearId).isEmpty()) {
                    build(yearRegistry.get(yearId));
                }
            });
        } catch (DataIntegrityViolationException builtByAnother) {
            if (rows.generation(yearId).isEmpty()) {
                throw builtByAnother;
            }
        }
    }

    /** In the caller's transaction: the year's standings replaced by ones built from its rows. */
    int build(AssessmentYear year) {
        rows.lockGeneration(year.id());
        rows.deleteYear(year.id());
        Rubric rubric = yearRegistry.rubricOf(year);
        List<Unit> all = units.all();
        Instant now = Instant.now(clock);
        List<StandingRows.Row> built = assembly.ofYear(rubric, year, all).stream().map(a -> row(rubric, year, a)).toList();
        rows.insertAll(year.id(), built, now);
        rows.bump(year.id(), now);
        return built.size();
    }

    /** A unit's standing: its facts as stored text, their hash, and what they score to on their own. */
    static StandingRows.Row row(Rubric rubric, AssessmentYear year, Assembled assembled) {
        String facts = FactsText.of(rubric, year.year(), assembled.facts());
        UnitResult alone = new ScoringEngine(rubric).score(List.of(assembled.facts())).units().get(0);
        return new StandingRows.Row(assembled.unit().id(), facts, FactsText.hash(facts), UnitTotals.of(alone));
    }
}

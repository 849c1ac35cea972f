package com.xingping.scorecard;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.xingping.rubric.Rubric;
import com.xingping.scorecard.FactsAssembler.Assembled;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.unit.YearFlags;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * Keeps every unit's standing current in the transaction that changes it. Every write of a record,
 * roster member, committee fact, unit or year goes through Spring Data JDBC, which publishes it
 * synchronously; this notes which (year, unit) changed (each {@link FactSource} says it of its own rows), and just before the transaction commits
 * refreshes those standings from the units' own rows (once per unit, however many rows changed) and
 * bumps the years' generation. A failing refresh fails the commit; a rolled-back change refreshes nothing.
 * <p>
 * A year's writers hold its generation row from the refresh to the commit, so each refresh reads
 * what the one before it committed. A unit's flags and whether it is active are year-wide: they
 * bump every year's generation; the year's official 行风评议 standings bump that year's.
 */
@Component
class StandingsKeeper {
    private final StandingRows rows;
    private final UnitAssembly assembly;
    private final StandingsRebuild rebuild;
    private final JdbcAggregateOperations aggregates;
    private final UnitRegistry units;
    private final YearRegistry yearRegistry;
    private final Clock clock;
    private final OfficialStandings official;

    StandingsKeeper(StandingRows rows, UnitAssembly assembly, StandingsRebuild rebuild, JdbcAggregateOperations aggregates,
                    UnitRegistry units, YearRegistry yearRegistry, Clock clock, OfficialStandings official) {
        this.official = official;
        this.rows = rows;
        this.assembly = assembly;
        this.rebuild = rebuild;
        this.aggregates = aggregates;
        this.units = units;
        this.yearRegistry = yearRegistry;
        this.clock = clock;
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        changed(event.getEntity());
    }

    @EventListener
    void deleting(BeforeDeleteEvent<?> event) {
        Object entity = event.getEntity();
        if (entity == null && event.getId() != null) {
            entity = aggregates.findById(event.getId().getValue(), event.getType());
        }
        if (entity != null) {
            changed(entity);
        }
    }

    private void changed(Object entity) {
        Optional<FactSource.UnitYear> fact = assembly.changedBy(entity);
        if (fact.isPresent()) {
            pending().units.add(new Key(fact.get().yearId(), fact.get().unitId()));
        } else if (entity instanceof YearFlags f) {
            pending().units.add(new Key(f.yearId(), f.unitId()));
        } else if (entity instanceof Unit u) {
            pending().everywhere.add(u.id());
        } else if (official.changedBy(entity).isPresent()) {
            pending().yearWide.add(official.changedBy(entity).get());
        } else if (entity instanceof AssessmentYear y) {
            pending().years.add(y.id());
        }
    }

    record Key(Long yearId, Long unitId) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::yearId).thenComparing(Key::unitId);
    }

    /** What changed in one transaction, refreshed just before it commits. */
    final class Pending implements TransactionSynchronization {
        final Set<Key> units = new HashSet<>();
        final Set<Long> everywhere = new HashSet<>();
        final Set<Long> years = new HashSet<>();
        /** Years whose year-wide facts changed (the official 行风评议 standings): no standing moves, the scores do. */
        final Set<Long> yearWide = new HashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            refresh(this);
        }
    }

    /** This transaction's changes; every repository write runs in one (Spring Data JDBC's are transactional). */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a change of scored rows outside a transaction would leave the standings stale");
        }
        for (TransactionSynchronization sync : TransactionSynchronizationManager.getSynchronizations()) {
            if (sync instanceof Pending pending) {
                return pending;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    void refresh(Pending pending) {
        Set<Long> built = new HashSet<>();
        pending.years.stream().sorted().forEach(yearId -> {
            if (rows.lockGeneration(yearId).isEmpty()) {
                rebuild.build(yearRegistry.get(yearId));
                built.add(yearId);
            }
        });
        TreeSet<Key> keys = new TreeSet<>(Key.ORDER);
        keys.addAll(pending.units);
        TreeSet<Long> bumped = new TreeSet<>();
        if (!pending.everywhere.isEmpty()) {
            for (Long yearId : rows.yearsWithStandings()) {
                pending.everywhere.forEach(unitId -> keys.add(new Key(yearId, unitId)));
                bumped.add(yearId);
            }
        }
        keys.removeIf(key -> built.contains(key.yearId()));
        TreeSet<Long> toLock = new TreeSet<>(pending.yearWide);
        keys.forEach(key -> toLock.add(key.yearId()));
        TreeSet<Long> locked = new TreeSet<>();
        toLock.forEach(yearId -> {
            if (rows.lockGeneration(yearId).isPresent()) {
                locked.add(yearId);
            }
        });
        pending.yearWide.stream().filter(locked::contains).forEach(bumped::add);
        Instant now = Instant.now(clock);
        AssessmentYear year = null;
        Rubric rubric = null;
        for (Key key : keys) {
            if (!locked.contains(key.yearId())) {
                continue;
            }
            if (year == null || !year.id().equals(key.yearId())) {
                year = yearRegistry.get(key.yearId());
                rubric = yearRegistry.rubricOf(year);
            }
            if (refresh(rubric, year, key.unitId(), now)) {
                bumped.add(key.yearId());
            }
        }
        bumped.removeAll(built);
        bumped.forEach(yearId -> rows.bump(yearId, now));
    }

    /** Whether the unit's facts changed. */
    private boolean refresh(Rubric rubric, AssessmentYear year, Long unitId, Instant now) {
        Optional<String> stored = rows.lockHash(year.id(), unitId);
        Unit unit = units.find(unitId).orElseThrow();
        Assembled assembled = assembly.of(rubric, year, unit);
        StandingRows.Row row = StandingsRebuild.row(rubric, year, assembled);
        if (stored.isPresent() && stored.get().equals(row.hash())) {
            return false;
        }
        rows.put(year.id(), row, now, stored.isPresent());
        return true;
    }
}

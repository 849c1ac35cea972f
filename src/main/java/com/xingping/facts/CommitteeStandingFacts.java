package com.xingping.facts;

import static java.util.stream.Collectors.groupingBy;

import java.util.List;
import java.util.Map;

import com.xingping.scorecard.Backing;
import com.xingping.scorecard.CommitteeBacking;
import com.xingping.scorecard.FactSource;
import com.xingping.scoring.UnitFacts;

/**
 * The committee's own facts of the year (ASSESS scores, penalties, baseline violations, serious
 * deductions, 业绩优, 加分), as {@link EngineFacts} turns them into the engine's; withdrawn facts and
 * those of other years are left out. ASSESS scores and penalties are shown beside their element's records.
 */
final class CommitteeStandingFacts implements FactSource.Facts {
    private final Map<Long, List<CommitteeFact>> byUnit;

    CommitteeStandingFacts(Long yearId, List<CommitteeFact> facts) {
        this.byUnit = facts.stream().filter(f -> yearId.equals(f.yearId())).collect(groupingBy(CommitteeFact::unitId));
    }

    @Override
    public void addTo(Long unitId, UnitFacts.Builder facts, Backing backing) {
        List<CommitteeFact> ofUnit = byUnit.getOrDefault(unitId, List.of());
        EngineFacts.addTo(ofUnit, facts);
        ofUnit.stream().filter(f -> f.active() && (f.kind() == FactKind.ASSESSED || f.kind() == FactKind.PENALTY))
                .forEach(f -> backing.add(f.subject(),
                        new CommitteeBacking(f.kind().slug(), f.id(), f.factDate(), f.reference(), f.reason())));
    }
}

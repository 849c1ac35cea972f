package com.xingping.facts;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CommitteeFacts extends ListCrudRepository<CommitteeFact, Long> {

    /** Every fact of the year, withdrawn ones included, in the order entered. */
    List<CommitteeFact> findByYearIdOrderByIdAsc(Long yearId);

    List<CommitteeFact> findByUnitIdAndYearIdOrderByIdAsc(Long unitId, Long yearId);

    List<CommitteeFact> findByYearIdAndUnitIdIn(Long yearId, java.util.Collection<Long> unitIds);

    List<CommitteeFact> findByUnitIdAndYearIdAndKindAndState(Long unitId, Long yearId, FactKind kind, FactState state);
}

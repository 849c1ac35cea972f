package com.xingping.facts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OfficialConductEntries extends ListCrudRepository<OfficialConductEntry, Long> {

    Optional<OfficialConductEntry> findFirstByYearIdAndState(Long yearId, FactState state);

    List<OfficialConductEntry> findByYearIdOrderByIdDesc(Long yearId);
}

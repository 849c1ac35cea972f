package com.xingping.reform;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface ReformScenarios extends ListCrudRepository<ReformScenario, Long> {

    List<ReformScenario> findByYearIdOrderByIdDesc(Long yearId, Pageable page);

    long countByYearId(Long yearId);

    Optional<ReformScenario> findByIdAndYearId(Long id, Long yearId);
}

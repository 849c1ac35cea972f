package com.xingping.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface YearFlagsRows extends ListCrudRepository<YearFlags, Long> {

    List<YearFlags> findByYearId(Long yearId);

    List<YearFlags> findByUnitId(Long unitId);

    Optional<YearFlags> findByUnitIdAndYearId(Long unitId, Long yearId);
}

package com.xingping.reporting;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface Records extends ListCrudRepository<ActivityRecord, Long> {
    Page<ActivityRecord> findByUnitIdAndYearId(Long unitId, Long yearId, Pageable pageable);

    Page<ActivityRecord> findByYearIdAndStateNot(Long yearId, RecordState state, Pageable pageable);

    Page<ActivityRecord> findByUnitIdAndYearIdAndStateNot(Long unitId, Long yearId, RecordState state, Pageable pageable);

    List<ActivityRecord> findByYearIdAndState(Long yearId, RecordState state);

    List<ActivityRecord> findByUnitIdAndYearIdAndState(Long unitId, Long yearId, RecordState state);

    long countByUnitIdAndYearIdAndState(Long unitId, Long yearId, RecordState state);

    List<ActivityRecord> findByYearId(Long yearId);

    List<ActivityRecord> findByUnitIdAndYearIdAndElementId(Long unitId, Long yearId, String elementId);
}

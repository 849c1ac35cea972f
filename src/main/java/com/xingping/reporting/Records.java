package com.xingping.reporting;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface Records extends ListCrudRepository<ActivityRecord, Long> {
    List<ActivityRecord> findByUnitIdAndYearIdOrderByActivityDateDescIdDesc(Long unitId, Long yearId);

    List<ActivityRecord> findByYearIdAndState(Long yearId, RecordState state);

    List<ActivityRecord> findByYearId(Long yearId);

    List<ActivityRecord> findByUnitIdAndYearIdAndElementId(Long unitId, Long yearId, String elementId);
}

package com.xingping.reporting;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Records extends ListCrudRepository<ActivityRecord, Long> {
    Page<ActivityRecord> findByUnitIdAndYearId(Long unitId, Long yearId, Pageable pageable);

    Page<ActivityRecord> findByYearIdAndStateNot(Long yearId, RecordState state, Pageable pageable);

    Page<ActivityRecord> findByUnitIdAndYearIdAndStateNot(Long unitId, Long yearId, RecordState state, Pageable pageable);

    List<ActivityRecord> findByYearIdAndState(Long yearId, RecordState state);

    List<ActivityRecord> findByUnitIdAndYearIdAndState(Long unitId, Long yearId, RecordState state);

    long countByUnitIdAndYearIdAndState(Long unitId, Long yearId, RecordState state);

    /** How many of the year's records are in {@code state}, per unit (a unit with none is left out). */
    @Query("""
            select unit_id, count(*) as records from activity_record where year_id = :yearId and state = :state
            group by unit_id""")
    List<UnitCount> countByUnit(Long yearId, String state);

    record UnitCount(Long unitId, long records) {
    }

    List<ActivityRecord> findByYearId(Long yearId);

    long countByYearIdAndState(Long yearId, RecordState state);

    long countByYearIdAndStateAndSubmittedAtBefore(Long yearId, RecordState state, Instant before);

    long countByYearIdAndSubmittedAtAfter(Long yearId, Instant after);

    long countByYearIdAndReviewedAtAfter(Long yearId, Instant after);

    List<ActivityRecord> findByUnitIdAndYearIdAndElementId(Long unitId, Long yearId, String elementId);
}

package com.xingping.reporting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Evidences extends ListCrudRepository<Evidence, Long> {
    List<Evidence> findByRecordIdOrderByIdAsc(Long recordId);

    List<Evidence> findByRecordIdInOrderByIdAsc(Collection<Long> recordIds);

    int countByRecordId(Long recordId);

    boolean existsByStoredName(String storedName);

    @Query("select coalesce(sum(size_bytes), 0) from evidence where record_id = :recordId")
    long bytesOfRecord(Long recordId);

    @Query("""
            select coalesce(sum(e.size_bytes), 0) from evidence e join activity_record r on r.id = e.record_id
            where r.unit_id = :unitId and r.year_id = :yearId""")
    long bytesOfUnitYear(Long unitId, Long yearId);
}

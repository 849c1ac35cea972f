package com.xingping.reporting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Evidences extends ListCrudRepository<Evidence, Long> {
    List<Evidence> findByRecordIdOrderByIdAsc(Long recordId);

    List<Evidence> findByRecordIdInOrderByIdAsc(Collection<Long> recordIds);

    int countByRecordId(Long recordId);

    boolean existsByStoredName(String storedName);
}

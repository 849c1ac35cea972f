package com.xingping.reporting;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface Evidences extends ListCrudRepository<Evidence, Long> {
    List<Evidence> findByRecordIdOrderByIdAsc(Long recordId);
}

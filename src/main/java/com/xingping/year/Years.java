package com.xingping.year;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface Years extends ListCrudRepository<AssessmentYear, Long> {
    Optional<AssessmentYear> findByYear(int year);

    List<AssessmentYear> findAllByOrderByYearDesc();

    /** The newest open year: the one units report into. */
    Optional<AssessmentYear> findFirstByStatusOrderByYearDesc(YearStatus status);
}

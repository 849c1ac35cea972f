package com.xingping.year;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Years extends ListCrudRepository<AssessmentYear, Long> {
    Optional<AssessmentYear> findByYear(int year);

    List<AssessmentYear> findAllByOrderByYearDesc();

    /** The newest open year: the one units report into. */
    Optional<AssessmentYear> findFirstByStatusOrderByYearDesc(YearStatus status);

    @Modifying
    @Query("update assessment_year set stored_rubric_id = :stored where id = :yearId and stored_rubric_id is null")
    void link(Long yearId, Long stored);

    @Query("select id from assessment_year where id = :yearId for update")
    Long lock(Long yearId);
}

package com.xingping.rubrics;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StoredRubricRows extends ListCrudRepository<StoredRubric, Long> {

    List<StoredRubric> findAllByOrderByIdDesc();

    Optional<StoredRubric> findFirstByRubricIdAndSha256AndState(String rubricId, String sha256, StoredRubric.State state);

    Optional<StoredRubric> findFirstByRubricIdAndStateOrderByRubricVersionDesc(String rubricId, StoredRubric.State state);

    @Query("select coalesce(max(rubric_version), 0) from stored_rubric where rubric_id = :rubricId")
    int lastVersion(String rubricId);
}

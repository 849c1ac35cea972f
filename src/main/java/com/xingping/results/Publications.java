package com.xingping.results;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: a publication is never changed or removed. */
interface Publications extends Repository<Publication, Long> {
    Publication save(Publication publication);

    List<Publication> findByYearIdOrderByVersionNumberDesc(Long yearId);

    Optional<Publication> findByYearIdAndVersionNumber(Long yearId, int versionNumber);

    Optional<Publication> findFirstByYearIdOrderByVersionNumberDesc(Long yearId);

    /** Holds the year's row until the transaction ends, so publications of one year are numbered one after the other. */
    @Query("select id from assessment_year where id = :yearId for update")
    Long lockYear(Long yearId);
}

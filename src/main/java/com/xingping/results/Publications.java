package com.xingping.results;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: a publication is never changed or removed. */
interface Publications extends Repository<Publication, Long> {
    Publication save(Publication publication);

    List<Publication> findByYearIdOrderByVersionNumberDesc(Long yearId);

    /** The year's versions without their documents, newest first. */
    @Query("""
            select version_number, rubric_id, unit_count, published_by, published_at, note from publication
            where year_id = :yearId order by version_number desc""")
    List<Summary> summaries(Long yearId);

    /** The year's latest version number, 0 before the first publication. */
    @Query("select coalesce(max(version_number), 0) from publication where year_id = :yearId")
    int latestVersion(Long yearId);

    record Summary(int versionNumber, String rubricId, int unitCount, String publishedBy, Instant publishedAt,
                   String note) {
    }

    Optional<Publication> findByYearIdAndVersionNumber(Long yearId, int versionNumber);

    Optional<Publication> findFirstByYearIdOrderByVersionNumberDesc(Long yearId);
}

package com.xingping.results;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: a publication is never changed or removed. Views read its head, never its documents whole. */
interface Publications extends Repository<Publication, Long> {
    Publication save(Publication publication);

    List<Publication> findByYearIdOrderByVersionNumberDesc(Long yearId);

    Optional<Publication> findByYearIdAndVersionNumber(Long yearId, int versionNumber);

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

    /** A version without its documents; {@code rubricText} is null for one published before V9 and not yet indexed. */
    record Head(Long id, int versionNumber, String rubricId, int unitCount, String publishedBy, Instant publishedAt,
                String note, String rubricText) {
    }

    @Query("""
            select id, version_number, rubric_id, unit_count, published_by, published_at, note, rubric_text
            from publication where year_id = :yearId and version_number = :versionNumber""")
    Optional<Head> head(Long yearId, int versionNumber);

    @Query("select input_document from publication where id = :id")
    String inputDocument(Long id);

    @Query("select output_document from publication where id = :id")
    String outputDocument(Long id);
}

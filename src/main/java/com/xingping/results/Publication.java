package com.xingping.results;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One published version of a year's results: the input and output documents with the rubric text
 * it was scored with, who published it and when (its units' lines and sheets are in
 * {@link PublicationUnits}). Inserted once, never changed: a later change is a new publication with
 * the next {@code versionNumber}.
 */
@Table("publication")
record Publication(@Id Long id, Long yearId, int versionNumber, String rubricId, int unitCount, String publishedBy,
                   Instant publishedAt, String note, String inputDocument, String outputDocument, String rubricText,
                   String rubricSha256, Integer rubricVersion) {
}

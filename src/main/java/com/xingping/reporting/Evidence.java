package com.xingping.reporting;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An evidence file of a record, stored outside the web root under a generated name. */
@Table("evidence")
public record Evidence(@Id Long id, Long recordId, String originalName, String storedName, String contentType,
                       long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}

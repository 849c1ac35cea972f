package com.xingping.reporting;

import java.time.Instant;

/** An evidence file as the API and the pages show it; the bytes are at {@code downloadUrl}. */
public record EvidenceView(Long id, Long recordId, String name, String contentType, long sizeBytes, String sha256,
                           String uploadedBy, Instant uploadedAt, boolean image, String downloadUrl) {

    static EvidenceView of(Evidence evidence) {
        return new EvidenceView(evidence.id(), evidence.recordId(), evidence.originalName(), evidence.contentType(),
                evidence.sizeBytes(), evidence.sha256(), evidence.uploadedBy(), evidence.uploadedAt(),
                EvidenceType.isImage(evidence.contentType()), "/api/v1/evidence/" + evidence.id());
    }

    /** Size for people: 0.3 MB, 12 KB. */
    public String sizeText() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                : Math.max(1, (sizeBytes + 1023) / 1024) + " KB";
    }
}

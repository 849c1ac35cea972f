package com.xingping.reporting;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An evidence file as a download: typed and named by the type its content was found to be at upload
 * (a photo uploaded as "x.html" downloads as "x.jpg"), never sniffed, sandboxed if opened, not kept in
 * shared caches; a photo inline, anything else an {@code attachment}.
 */
final class Downloads {
    private Downloads() {
    }

    static ResponseEntity<Resource> attachment(EvidenceFile file) {
        EvidenceType type = EvidenceType.of(file.evidence().contentType());
        ContentDisposition disposition = (type.shownInline() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(EvidenceChecks.servedName(EvidenceChecks.cleanName(file.evidence().originalName()), type),
                        StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .contentType(MediaType.parseMediaType(type.contentType()))
                .contentLength(file.evidence().sizeBytes())
                .body(file.content());
    }
}

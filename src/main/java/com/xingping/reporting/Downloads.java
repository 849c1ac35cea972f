package com.xingping.reporting;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An evidence file as a download: always {@code attachment}, never sniffed, sandboxed if opened, not
 * kept in shared caches. (An {@code <img>} still shows a photo from this address.)
 */
final class Downloads {
    private Downloads() {
    }

    static ResponseEntity<Resource> attachment(EvidenceFile file) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(file.evidence().originalName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .contentType(MediaType.parseMediaType(file.evidence().contentType()))
                .contentLength(file.evidence().sizeBytes())
                .body(file.content());
    }
}

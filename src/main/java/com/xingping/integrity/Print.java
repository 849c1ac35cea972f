package com.xingping.integrity;

import java.time.LocalDateTime;

/** A row of {@code evidence_print}: one evidence file as the signals know it. */
record Print(Long evidenceId, Long recordId, Long yearId, String sha256, Long hash, LocalDateTime capturedAt, boolean handedIn) {

    static Print of(Long evidenceId, Long recordId, Long yearId, String sha256, PhotoPrint photo) {
        return new Print(evidenceId, recordId, yearId, sha256, photo.hash(), photo.capturedAt(), false);
    }
}

package com.xingping.integrity;

import java.time.LocalDateTime;

/** What is kept of one photo of a year: its hash (null: unreadable, flat or tiny) and its Exif capture time (null: none). */
record PhotoPrint(Long evidenceId, Long yearId, Long hash, LocalDateTime capturedAt) {

    static PhotoPrint of(Long evidenceId, Long yearId, String contentType, byte[] bytes) {
        return new PhotoPrint(evidenceId, yearId, PhotoHash.of(bytes).orElse(null),
                "image/jpeg".equals(contentType) ? ExifDate.of(bytes).orElse(null) : null);
    }
}

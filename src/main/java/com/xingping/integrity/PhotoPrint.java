package com.xingping.integrity;

import java.time.LocalDateTime;

/** What is kept of one photo: its hash (null: unreadable, flat or tiny) and its Exif capture time (null: none). */
record PhotoPrint(Long evidenceId, Long hash, LocalDateTime capturedAt) {

    static PhotoPrint of(Long evidenceId, String contentType, byte[] bytes) {
        return new PhotoPrint(evidenceId, PhotoHash.of(bytes).orElse(null),
                "image/jpeg".equals(contentType) ? ExifDate.of(bytes).orElse(null) : null);
    }
}

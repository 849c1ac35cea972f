package com.xingping.integrity;

import java.time.LocalDateTime;

/** What is kept of a photo: its hash (null: unreadable, flat or tiny) and its Exif capture time (null: none). */
record PhotoPrint(Long hash, LocalDateTime capturedAt) {
    static final PhotoPrint NONE = new PhotoPrint(null, null);

    static PhotoPrint of(String contentType, byte[] bytes) {
        boolean jpeg = "image/jpeg".equals(contentType);
        if (!jpeg && !"image/png".equals(contentType)) {
            return NONE;
        }
        return new PhotoPrint(PhotoHash.of(bytes).orElse(null), jpeg ? ExifDate.of(bytes).orElse(null) : null);
    }
}

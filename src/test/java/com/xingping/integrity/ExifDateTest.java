package com.xingping.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ExifDateTest {
    private static final byte[] PHOTO = Photos.jpeg(Photos.scene(5), 0.8f);

    @Test
    void readsDateTimeOriginalInEitherByteOrder() {
        assertThat(ExifDate.of(Photos.withCaptureDate(PHOTO, "2016:05:01 09:30:00", ByteOrder.BIG_ENDIAN)))
                .contains(LocalDateTime.of(2016, 5, 1, 9, 30));
        assertThat(ExifDate.of(Photos.withCaptureDate(PHOTO, "2026:03:05 18:02:11", ByteOrder.LITTLE_ENDIAN)))
                .contains(LocalDateTime.of(2026, 3, 5, 18, 2, 11));
    }

    @Test
    void thePhotoWithExifIsStillReadAsAPicture() {
        assertThat(PhotoHash.of(Photos.withCaptureDate(PHOTO, "2016:05:01 09:30:00", ByteOrder.BIG_ENDIAN)))
                .isEqualTo(PhotoHash.of(PHOTO)).isPresent();
    }

    @Test
    void noExifABlankDateOrACutFileIsNoDate() {
        byte[] withDate = Photos.withCaptureDate(PHOTO, "2016:05:01 09:30:00", ByteOrder.BIG_ENDIAN);

        assertThat(ExifDate.of(PHOTO)).isEmpty();
        assertThat(ExifDate.of(Photos.withCaptureDate(PHOTO, "    :  :     :  :  ", ByteOrder.BIG_ENDIAN))).isEmpty();
        int segmentEnd = 4 + ((withDate[4] & 0xFF) << 8 | withDate[5] & 0xFF);
        assertThat(ExifDate.of(Arrays.copyOf(withDate, segmentEnd))).isPresent();
        for (int cut = 0; cut < segmentEnd; cut++) {
            assertThat(ExifDate.of(Arrays.copyOf(withDate, cut))).isEmpty();
        }
        assertThat(ExifDate.of(Photos.png(Photos.scene(5)))).isEmpty();
    }
}

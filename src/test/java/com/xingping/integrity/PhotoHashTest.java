package com.xingping.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

class PhotoHashTest {
    private static final int THRESHOLD = new IntegritySettings(10, 30, 5, 3).photoDistance();

    private static long hash(byte[] bytes) {
        return PhotoHash.of(bytes).orElseThrow();
    }

    @Test
    void aResizedReEncodedCopyIsWithinTheThresholdAndAnUnrelatedPhotoIsFarOutside() {
        BufferedImage scene = Photos.scene(1);
        long original = hash(Photos.png(scene));
        long copy = hash(Photos.jpeg(Photos.resized(scene, 320, 240), 0.6f));
        long stretched = hash(Photos.jpeg(Photos.resized(scene, 500, 480), 0.8f));
        long unrelated = hash(Photos.jpeg(Photos.scene(2), 0.9f));

        assertThat(PhotoHash.distance(original, copy)).isLessThanOrEqualTo(THRESHOLD);
        assertThat(PhotoHash.distance(original, stretched)).isLessThanOrEqualTo(THRESHOLD);
        assertThat(PhotoHash.distance(original, unrelated)).isGreaterThan(THRESHOLD + 6);
    }

    @Test
    void unrelatedScenesAreAllFarApart() {
        for (long a = 10; a < 20; a++) {
            for (long b = a + 1; b < 20; b++) {
                assertThat(PhotoHash.distance(hash(Photos.png(Photos.scene(a))), hash(Photos.png(Photos.scene(b)))))
                        .as("scenes %d and %d", a, b).isGreaterThan(THRESHOLD);
            }
        }
    }

    @Test
    void aLargePhotoReadAtEveryNthPixelHashesAsItsSmallerCopy() {
        BufferedImage scene = Photos.scene(3);
        long large = hash(Photos.jpeg(Photos.resized(scene, 4000, 3000), 0.85f));

        assertThat(PhotoHash.distance(large, hash(Photos.png(scene)))).isLessThanOrEqualTo(THRESHOLD);
    }

    @Test
    void aFlatOrTinyPictureOrOtherBytesHaveNoHash() {
        BufferedImage flat = new BufferedImage(100, 80, BufferedImage.TYPE_INT_RGB);

        assertThat(PhotoHash.of(Photos.png(flat))).isEmpty();
        assertThat(PhotoHash.of(Photos.png(Photos.resized(Photos.scene(1), 8, 8)))).isEmpty();
        assertThat(PhotoHash.of("%PDF-1.4".getBytes())).isEmpty();
        assertThat(PhotoHash.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1})).isEmpty();
    }
}

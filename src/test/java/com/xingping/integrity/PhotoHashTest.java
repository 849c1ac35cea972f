package com.xingping.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PhotoHashTest {
    private static final int THRESHOLD = new Binder(new MapConfigurationPropertySource())
            .bindOrCreate("xingping.integrity", IntegritySettings.class).photoDistance();

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
        long[] hashes = new long[10];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(Photos.png(Photos.scene(10 + i)));
        }
        for (int a = 0; a < hashes.length; a++) {
            for (int b = a + 1; b < hashes.length; b++) {
                assertThat(PhotoHash.distance(hashes[a], hashes[b])).as("scenes %d and %d", 10 + a, 10 + b).isGreaterThan(THRESHOLD);
            }
        }
    }

    /**
     * The default threshold against 100 scenes: a resized (320 × 240) JPEG copy at quality 0.6 of each, and an
     * unrelated scene. Cells of nearly equal grey can flip, so a few copies fall further than most (of 500
     * such copies measured, 2 were past 12 bits, the furthest 13); no unrelated scene came nearer than 16.
     */
    @Test
    void theDefaultThresholdTakesAlmostEveryResizedCopyAndNoUnrelatedPhoto() {
        java.util.Random seeds = new java.util.Random(2026);
        int copiesWithin = 0;
        int nearestUnrelated = PhotoHash.BITS;
        for (int i = 0; i < 100; i++) {
            BufferedImage scene = Photos.scene(seeds.nextLong());
            long original = hash(Photos.png(scene));
            copiesWithin += PhotoHash.distance(original, hash(Photos.jpeg(Photos.resized(scene, 320, 240), 0.6f))) <= THRESHOLD ? 1 : 0;
            nearestUnrelated = Math.min(nearestUnrelated, PhotoHash.distance(original, hash(Photos.jpeg(Photos.scene(seeds.nextLong()), 0.8f))));
        }

        assertThat(copiesWithin).isGreaterThanOrEqualTo(98);
        assertThat(nearestUnrelated).isGreaterThan(THRESHOLD);
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

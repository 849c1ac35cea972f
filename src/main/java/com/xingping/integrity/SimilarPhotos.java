package com.xingping.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A photo whose hash is within {@code photo-distance} bits of a photo of another record: a resized,
 * cropped-at-the-edge or re-encoded copy. Byte-identical files are {@link SameFiles}' and left out here.
 * Compares each photo of the records in focus with every photo of the year.
 */
final class SimilarPhotos {
    private SimilarPhotos() {
    }

    static List<Signal> find(Filed filed, Predicate<Long> focus, int maxDistance) {
        List<Filed.File> photos = filed.files().stream().filter(file -> file.hash() != null).toList();
        List<Signal> found = new ArrayList<>();
        for (Filed.File photo : photos) {
            if (!focus.test(photo.recordId())) {
                continue;
            }
            Filed.File nearest = null;
            int nearestDistance = Integer.MAX_VALUE;
            int similar = 0;
            for (Filed.File other : photos) {
                if (other.recordId().equals(photo.recordId()) || other.sha256().equals(photo.sha256())) {
                    continue;
                }
                int distance = PhotoHash.distance(photo.hash(), other.hash());
                if (distance <= maxDistance) {
                    similar++;
                    if (distance < nearestDistance || distance == nearestDistance && other.id() < nearest.id()) {
                        nearest = other;
                        nearestDistance = distance;
                    }
                }
            }
            if (nearest != null) {
                String reason = "照片《" + photo.name() + "》与 " + filed.recordOf(nearest).named() + " 中的照片《" + nearest.name()
                        + "》近似（64 位感知哈希相差 " + nearestDistance + " 位）" + (similar > 1 ? "；另有 " + (similar - 1) + " 张近似照片" : "");
                found.add(Signal.of(SignalKind.SIMILAR_PHOTO, filed.recordOf(photo), photo, nearest.recordId(), reason));
            }
        }
        return found;
    }
}

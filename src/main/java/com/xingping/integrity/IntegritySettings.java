package com.xingping.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When evidence is flagged ({@code xingping.integrity.*}): {@code photo-distance} the most bits of 64 in
 * which two photos' hashes may differ and still be near-identical (12; see PhotoHashTest for how resized
 * copies and unrelated photos fall); {@code capture-days} how many days a photo's Exif capture
 * date may lie from its activity's date (30); {@code participants-reuse} how many of a unit's records may
 * share one participants list before each is flagged (5: a branch committee meets with the same members);
 * {@code participants-min-names} how many names make a list worth comparing (3: "全体党员" is no list).
 */
@ConfigurationProperties("xingping.integrity")
record IntegritySettings(@DefaultValue("12") int photoDistance, @DefaultValue("30") int captureDays,
                         @DefaultValue("5") int participantsReuse, @DefaultValue("3") int participantsMinNames) {

    IntegritySettings {
        if (photoDistance < 0 || photoDistance >= PhotoHash.BITS) {
            throw new IllegalArgumentException("xingping.integrity.photo-distance must be 0 to 63, not " + photoDistance);
        }
        if (captureDays < 0 || participantsReuse < 1 || participantsMinNames < 1) {
            throw new IllegalArgumentException("xingping.integrity.capture-days must be 0 or more, participants-reuse and "
                    + "participants-min-names 1 or more");
        }
    }
}

package com.xingping.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Participants lists compared as sets of names (split at spaces, commas, 、 and semicolons; order ignored),
 * and only lists of at least {@code participants-min-names} names: "全体党员" or "支委" is no list.
 */
final class ReusedParticipants {
    private ReusedParticipants() {
    }

    /** The distinct names of a list, sorted. */
    static List<String> names(String participants) {
        if (participants == null) {
            return List.of();
        }
        return Arrays.stream(participants.split("[\\s,，、;；]+")).filter(name -> !name.isEmpty()).distinct().sorted().toList();
    }

    /** The list as a SHA-256 of its sorted names (kept and compared instead of the names), or null if it is no list. */
    static String key(String participants, int minNames) {
        List<String> names = names(participants);
        if (names.size() < minNames) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.join("、", names).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

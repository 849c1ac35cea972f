package com.xingping.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A year's photo hashes of handed-in records, read once (two longs a row) and compared in memory: a
 * difference of up to 12 bits of 64 splits into no prefix or bucket small enough to narrow the search
 * soundly, and XOR with a bit count over 200,000 longs is well under a millisecond.
 */
final class YearHashes {
    private long[] ids;
    private long[] hashes;
    private int size;

    YearHashes(int expected) {
        ids = new long[Math.max(16, expected)];
        hashes = new long[ids.length];
    }

    void add(long evidenceId, long hash) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        ids[size] = evidenceId;
        hashes[size++] = hash;
    }

    void remove(long evidenceId) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == evidenceId) {
                ids[i] = ids[--size];
                hashes[i] = hashes[size];
                return;
            }
        }
    }

    /** The evidence ids whose hash differs from {@code hash} in at most {@code maxDistance} bits. */
    List<Long> near(long hash, int maxDistance) {
        List<Long> found = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (Long.bitCount(hashes[i] ^ hash) <= maxDistance) {
                found.add(ids[i]);
            }
        }
        return found;
    }

    int size() {
        return size;
    }
}

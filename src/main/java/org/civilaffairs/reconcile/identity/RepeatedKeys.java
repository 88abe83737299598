package org.civilaffairs.reconcile.identity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the keys that occur more than once in a stream of millions, holding 8 bytes per key:
 * each key is kept as a 64-bit hash, and the hashes seen twice are the candidates. A candidate
 * may be two different keys that share a hash, so callers confirm candidates on the keys
 * themselves; a key seen twice is never missed.
 */
public final class RepeatedKeys {

    private long[] hashes = new long[1 << 16];
    private int size;

    public void add(String key) {
        addHash(hash(key));
    }

    /** A key by its {@link #hash}. */
    public void addHash(long hash) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash;
    }

    /** The hashes added more than once. */
    public Set<Long> candidates() {
        long[] sorted = Arrays.copyOf(hashes, size);
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        return repeated;
    }

    /** FNV-1a over the key's characters: 64 bits, so two keys of a month share one only by rare chance. */
    public static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}

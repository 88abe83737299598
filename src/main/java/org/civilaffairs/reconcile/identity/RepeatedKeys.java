package org.civilaffairs.reconcile.identity;

import java.util.Arrays;
import java.util.function.LongPredicate;

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
    public Candidates candidates() {
        long[] sorted = Arrays.copyOf(hashes, size);
        Arrays.sort(sorted);
        int repeated = 0;
        for (int i = 1; i < sorted.length; i++) {
            repeated += secondOfItsRun(sorted, i) ? 1 : 0;
        }
        Candidates candidates = new Candidates(repeated);
        for (int i = 1; i < sorted.length; i++) {
            if (secondOfItsRun(sorted, i)) {
                candidates.add(sorted[i]);
            }
        }
        return candidates;
    }

    /** The hash at {@code i} of a sorted array is the second of its run: each repeated hash once. */
    private static boolean secondOfItsRun(long[] sorted, int i) {
        return sorted[i] == sorted[i - 1] && (i == 1 || sorted[i - 2] != sorted[i]);
    }

    /**
     * The hashes added more than once, in an open-addressing table of longs, not a set of boxed
     * ones: the close asks it about every member of a city's month, and a lookup is one or two
     * reads of one array.
     */
    public static final class Candidates implements LongPredicate {
        private final long[] slots;
        private final int mask;
        /** The hash 0, which marks an empty slot, was added. */
        private boolean zero;
        private int count;

        /** A table at most half full for {@code count} hashes. */
        Candidates(int count) {
            int capacity = Integer.highestOneBit(Math.max(4, count)) << 2;
            slots = new long[capacity];
            mask = capacity - 1;
        }

        /** Adds a hash not added before. */
        private void add(long hash) {
            count++;
            if (hash == 0) {
                zero = true;
                return;
            }
            int at = slot(hash);
            while (slots[at] != 0) {
                at = (at + 1) & mask;
            }
            slots[at] = hash;
        }

        @Override
        public boolean test(long hash) {
            if (hash == 0) {
                return zero;
            }
            for (int at = slot(hash); slots[at] != 0; at = (at + 1) & mask) {
                if (slots[at] == hash) {
                    return true;
                }
            }
            return false;
        }

        /** How many hashes were added more than once. */
        public int count() {
            return count;
        }

        /** The hash's top bits, mixed: FNV's low bits follow the key's last characters. */
        private int slot(long hash) {
            return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        }
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

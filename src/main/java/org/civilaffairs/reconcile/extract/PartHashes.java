package org.civilaffairs.reconcile.extract;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A multi-map from int hashes to partition numbers in two flat arrays (open addressing): eight bytes
 * an entry where boxed keys and sets would take a hundred, and one probe sequence to find every
 * partition of a hash where asking each partition's filter in turn costs a cache miss each.
 */
final class PartHashes {

    private static final int EMPTY = -1;

    private int[] hashes;
    private int[] parts;
    private int size;

    /** @param expected about how many (hash, partition) pairs will be added; more make it grow */
    PartHashes(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        hashes = new int[capacity];
        parts = new int[capacity];
        Arrays.fill(parts, EMPTY);
    }

    void add(int hash, int part) {
        if (size * 2 >= parts.length) {
            grow();
        }
        int mask = parts.length - 1;
        for (int i = slot(hash) & mask; ; i = (i + 1) & mask) {
            if (parts[i] == EMPTY) {
                hashes[i] = hash;
                parts[i] = part;
                size++;
                return;
            }
            if (hashes[i] == hash && parts[i] == part) {
                return;
            }
        }
    }

    /** Sets in {@code into} every partition added with {@code hash}. */
    void addPartsOf(int hash, BitSet into) {
        int mask = parts.length - 1;
        for (int i = slot(hash) & mask; parts[i] != EMPTY; i = (i + 1) & mask) {
            if (hashes[i] == hash) {
                into.set(parts[i]);
            }
        }
    }

    private void grow() {
        int[] oldHashes = hashes;
        int[] oldParts = parts;
        hashes = new int[oldParts.length * 2];
        parts = new int[oldParts.length * 2];
        Arrays.fill(parts, EMPTY);
        size = 0;
        for (int i = 0; i < oldParts.length; i++) {
            if (oldParts[i] != EMPTY) {
                add(oldHashes[i], oldParts[i]);
            }
        }
    }

    private static int slot(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

package org.civilaffairs.reconcile.extract;

import java.nio.IntBuffer;
import java.util.BitSet;
import org.civilaffairs.reconcile.columns.ColumnSpace;

/**
 * A multi-map from int hashes to partition numbers in two flat columns (open addressing): eight bytes
 * a slot where boxed keys and sets would take a hundred, and one probe sequence to find every
 * partition of a hash where asking each partition's filter in turn costs a cache miss each. The
 * columns are kept in a {@link ColumnSpace}: a city month's on the heap, a larger one's mapped.
 */
final class PartHashes {

    private final ColumnSpace space;
    private IntBuffer hashes;
    /** By slot: its partition + 1, 0 where empty (a fresh column is all empty). */
    private IntBuffer parts;
    private int size;

    /** @param expected about how many (hash, partition) pairs will be added; more make it grow */
    PartHashes(int expected, ColumnSpace space) {
        this.space = space;
        int capacity = capacity(expected);
        hashes = space.ints(capacity);
        parts = space.ints(capacity);
    }

    /** Slots for {@code expected} pairs: a power of two, at most half full. */
    static int capacity(int expected) {
        return Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    }

    void add(int hash, int part) {
        if (size * 2 >= parts.capacity()) {
            grow();
        }
        int mask = parts.capacity() - 1;
        for (int i = slot(hash) & mask; ; i = (i + 1) & mask) {
            if (parts.get(i) == 0) {
                hashes.put(i, hash);
                parts.put(i, part + 1);
                size++;
                return;
            }
            if (hashes.get(i) == hash && parts.get(i) == part + 1) {
                return;
            }
        }
    }

    /** Sets in {@code into} every partition added with {@code hash}. */
    void addPartsOf(int hash, BitSet into) {
        int mask = parts.capacity() - 1;
        for (int i = slot(hash) & mask; parts.get(i) != 0; i = (i + 1) & mask) {
            if (hashes.get(i) == hash) {
                into.set(parts.get(i) - 1);
            }
        }
    }

    private void grow() {
        IntBuffer oldHashes = hashes;
        IntBuffer oldParts = parts;
        hashes = space.ints(oldParts.capacity() * 2);
        parts = space.ints(oldParts.capacity() * 2);
        size = 0;
        for (int i = 0; i < oldParts.capacity(); i++) {
            if (oldParts.get(i) != 0) {
                add(oldHashes.get(i), oldParts.get(i) - 1);
            }
        }
    }

    private static int slot(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

package org.civilaffairs.reconcile.identity;

import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.civilaffairs.reconcile.columns.HashRanges;

/**
 * Finds the keys that occur more than once in a stream of millions: each key is kept as a 64-bit
 * hash, and the hashes seen twice are the candidates. A candidate may be two different keys that
 * share a hash, so callers confirm candidates on the keys themselves; a key seen twice is never
 * missed. The hashes are kept in a column on the heap while they are at most {@code heapHashes},
 * beyond that in a {@link ColumnSpace} of mapped files, and are sorted a range of them at a time
 * ({@link HashRanges}), at most {@code passHashes} at once: what the heap holds then follows a
 * range, not the month.
 */
public final class RepeatedKeys {

    private final int heapHashes;
    private final Supplier<ColumnSpace> beyondHeap;
    private final int passHashes;
    private final int[] perBucket = HashRanges.perBucket();
    private ColumnSpace space = ColumnSpace.HEAP;
    private LongBuffer hashes = LongBuffer.allocate(1 << 16);
    private int size;

    public RepeatedKeys(int heapHashes, Supplier<ColumnSpace> beyondHeap, int passHashes) {
        this.heapHashes = heapHashes;
        this.beyondHeap = beyondHeap;
        this.passHashes = passHashes;
    }

    /** On the heap, sorted at once: a test's or a small month's stream. */
    public RepeatedKeys() {
        this(Integer.MAX_VALUE, () -> ColumnSpace.HEAP, Integer.MAX_VALUE);
    }

    public void add(String key) {
        addHash(hash(key));
    }

    /** A key by its {@link #hash}. */
    public void addHash(long hash) {
        if (size == hashes.capacity()) {
            grow();
        }
        hashes.put(size++, hash);
        HashRanges.count(perBucket, hash);
    }

    /** Twice the room, moved off the heap when that passes {@code heapHashes}. */
    private void grow() {
        int room = Math.toIntExact(Math.min(Integer.MAX_VALUE - 8L, 2L * size));
        if (room > heapHashes && !space.mapped()) {
            space = beyondHeap.get();
        }
        hashes = space.grown(hashes, room);
    }

    /** The hashes added more than once, found a range of hashes at a time. */
    public Candidates candidates() {
        long[] repeated = new long[16];
        int found = 0;
        for (HashRanges.Range range : HashRanges.of(perBucket, passHashes)) {
            long[] sorted = sorted(range);
            for (int i = 1; i < sorted.length; i++) {
                if (secondOfItsRun(sorted, i)) {
                    if (found == repeated.length) {
                        repeated = Arrays.copyOf(repeated, found * 2);
                    }
                    repeated[found++] = sorted[i];
                }
            }
        }
        Candidates candidates = new Candidates(found);
        for (int i = 0; i < found; i++) {
            candidates.add(repeated[i]);
        }
        return candidates;
    }

    /** The hashes of {@code range}, sorted: copied at once when it holds them all. */
    private long[] sorted(HashRanges.Range range) {
        long[] sorted = new long[range.entries()];
        if (range.entries() == size) {
            hashes.get(0, sorted);
        } else {
            int used = 0;
            for (int i = 0; i < size; i++) {
                long hash = hashes.get(i);
                if (range.holds(hash)) {
                    sorted[used++] = hash;
                }
            }
        }
        Arrays.sort(sorted);
        return sorted;
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

        /**
         * The candidates in ranges of their hashes of at most {@code perRange} each ({@link
         * HashRanges}), each range a predicate of its own: work that holds something for each
         * candidate can then hold a range at a time. One range, this table itself, when all fit.
         */
        public List<LongPredicate> ranges(int perRange) {
            if (count <= perRange) {
                return List.of(this);
            }
            int[] perBucket = HashRanges.perBucket();
            for (long hash : slots) {
                if (hash != 0) {
                    HashRanges.count(perBucket, hash);
                }
            }
            if (zero) {
                HashRanges.count(perBucket, 0);
            }
            return HashRanges.of(perBucket, perRange).stream().filter(range -> range.entries() > 0)
                    .<LongPredicate>map(range -> hash -> range.holds(hash) && test(hash)).toList();
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

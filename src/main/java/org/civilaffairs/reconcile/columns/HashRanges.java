package org.civilaffairs.reconcile.columns;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive ranges of 64-bit hashes, cut so that each holds a bounded number of a month's
 * entries: work done a range at a time then holds a range, not the month. A hash falls in one of
 * 2^{@link #BUCKET_BITS} buckets by its top bits; a month's entries are counted by bucket in one
 * sweep, and the buckets are then gathered into ranges. Equal hashes share a bucket, so each lies
 * in one range.
 */
public final class HashRanges {

    /** Top bits of a hash that choose its bucket. */
    public static final int BUCKET_BITS = 10;

    private HashRanges() {
    }

    /** The hashes of buckets [fromBucket, toBucket), of which a month has {@code entries}. */
    public record Range(int fromBucket, int toBucket, int entries) {

        public boolean holds(long hash) {
            int b = bucket(hash);
            return b >= fromBucket && b < toBucket;
        }
    }

    /** A new count of entries by bucket, for {@link #count} and {@link #of}. */
    public static int[] perBucket() {
        return new int[1 << BUCKET_BITS];
    }

    public static void count(int[] perBucket, long hash) {
        perBucket[bucket(hash)]++;
    }

    public static int bucket(long hash) {
        return (int) (hash >>> (64 - BUCKET_BITS));
    }

    /** Consecutive ranges of buckets, each of at most {@code maxEntries} entries unless one bucket alone is more. */
    public static List<Range> of(int[] perBucket, int maxEntries) {
        List<Range> ranges = new ArrayList<>();
        int from = 0;
        long entries = 0;
        for (int b = 0; b < perBucket.length; b++) {
            if (b > from && entries + perBucket[b] > maxEntries) {
                ranges.add(new Range(from, b, (int) entries));
                from = b;
                entries = 0;
            }
            entries += perBucket[b];
        }
        ranges.add(new Range(from, perBucket.length, Math.toIntExact(entries)));
        return ranges;
    }
}

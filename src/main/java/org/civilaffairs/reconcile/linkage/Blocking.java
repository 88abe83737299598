package org.civilaffairs.reconcile.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Candidate pairs without comparing all pairs: rows meet only when they share a blocking key, and
 * every row has three keys and one per other member of its household, so the work grows with the rows,
 * not with their square.
 * <ul>
 *   <li>the name without middle dots + the first five ID digits (they survive masks like
 *       {@code 420104********123X} and spreadsheet rounding like {@code 4.20104E+17});</li>
 *   <li>name sound + the birth date in the ID (a typo in the region), and name sound + the birth date
 *       of each other member of the row's household (a family member's ID typed in);</li>
 *   <li>the whole ID (a name typed differently).</li>
 * </ul>
 * An ID damaged and a name changed at once are not looked for: region and last four characters alone
 * would pair every 10,000th person of a region at random, and a name's sound with the region pairs
 * namesakes by sound whose only other agreement, five digits every ID of a district shares, is no
 * evidence (the model would add up two weak agreements as if they were independent).
 * A key shared by more than {@link #MAX_BLOCK} rows (a very common name in a city) is left out
 * rather than paid for quadratically; {@link Candidates#skippedBlocks} counts them.
 */
final class Blocking {

    static final int MAX_BLOCK = 50;
    private static final int MIN_ROW_BITS = 21;
    /** Entries a pass of {@link #inPasses} holds at most: 4M (32 MB), the keys of about a million rows. */
    static final int PASS_ENTRIES = 1 << 22;
    /** Top bits of a key's hash that choose its pass. */
    private static final int BUCKET_BITS = 10;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Blocking() {
    }

    /**
     * A row's keys, each given to {@code out} as the {@link #hash} of its text, which is never built
     * (the text is shown beside each piece): a city month has four million of them.
     */
    static void keyHashes(LinkageMonth month, int i, LongConsumer out) {
        IdFragments id = month.id(i);
        if (id.readable(0, 5)) {
            long bare = month.foldBareName(i, fnv(FNV_OFFSET, 'n'), Blocking::fnv);
            out.accept(finish(fnv(fnv(bare, '|'), id, 0, 5))); // "n" + bare + "|" + region
        }
        long sound = month.sound(i);
        if (id.readable(6, 14)) {
            out.accept(finish(fnv(sound, id, 6, 14)));
        }
        if (id.readable(0, 18)) {
            out.accept(finish(fnv(fnv(FNV_OFFSET, 'i'), id, 0, 18))); // "i" + the whole ID
        }
        for (int k = 0; k < month.memberCount(i); k++) {
            int m = month.member(i, k);
            IdFragments member = month.id(m);
            if (m != i && member.readable(6, 14)) {
                out.accept(finish(fnv(sound, member, 6, 14)));
            }
        }
    }

    /**
     * The start of a name's sound keys, {@code "b" + pinyin + "|"} hashed, to which a birth date is
     * added: kept for each name of a month, so that its pinyin is not made again for each key.
     */
    static long sound(PersonName name) {
        return fnv(fnv(fnv(FNV_OFFSET, 'b'), name.pinyin()), '|');
    }

    /** Training pairs for the fields other than the name: rows whose names sound the same. */
    static void sameSound(LinkageMonth month, int i, LongConsumer out) {
        out.accept(finish(month.sound(i)));
    }

    /** Training pairs for the fields other than ID and birth date: rows of one region and birth date. */
    static void sameRegionAndBirth(LinkageMonth month, int i, LongConsumer out) {
        String regionAndBirth = month.id(i).part(0, 14);
        if (regionAndBirth != null) {
            out.accept(hash(regionAndBirth));
        }
    }

    /** A rule's keys of a row, each given as its {@link #hash}. */
    interface Keys {
        void hashes(LinkageMonth month, int row, LongConsumer out);
    }

    /** Which pairs of rows that share a key are worth keeping. */
    interface PairFilter {
        boolean keep(int i, int j);
    }

    /**
     * Index pairs (i &lt; j) of rows of different households sharing a key, each once, in order: the
     * pairs of {@link #inPasses} joined. Link scores pass by pass and never holds them all; this is
     * what the tests compare passes, samples and comparisons against.
     */
    static Candidates candidates(LinkageMonth month, Keys keys, PairFilter filter) {
        List<long[]> passes = Collections.synchronizedList(new ArrayList<>());
        int skipped = inPasses(month, keys, filter, PASS_ENTRIES, passes::add).skippedBlocks();
        long[] all = new long[passes.stream().mapToInt(p -> p.length).sum()];
        int n = 0;
        for (long[] pass : passes) {
            System.arraycopy(pass, 0, all, n, pass.length);
            n += pass.length;
        }
        return new Candidates(sortedUnique(all, n), skipped);
    }

    /**
     * Index pairs (i &lt; j) of rows of different households sharing a key, keeping only the pairs
     * {@code filter} accepts, so that pairs nobody will score (the same person key, programs that are
     * no duplicate) never take memory or a sort. The keys are taken in passes over ranges of their
     * hash of at most {@code passEntries} entries each (a block is one hash, so it is in one pass):
     * what a pass holds is bounded whatever the month's size. Each pass's pairs go to {@code out}
     * sorted and each once (a pair that shares keys of two passes comes in both), from either of the
     * two threads the passes run on: this one and one beside it.
     */
    static Swept inPasses(LinkageMonth month, Keys keys, PairFilter filter, int passEntries, Consumer<long[]> out) {
        long rowMask = rowMask(month);
        List<Pass> passes = passes(bucketSizes(month, keys), passEntries);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        Runnable worker = () -> {
            for (int p = next.getAndIncrement(); p < passes.size(); p = next.getAndIncrement()) {
                Pass pass = passes.get(p);
                long[] entries = sortedEntries(month, keys, rowMask, pass.fromBucket, pass.toBucket, pass.entries);
                Pairs pairs = new Pairs();
                skipped.addAndGet(pairsOf(month, entries, rowMask, filter, pairs));
                out.accept(sortedUnique(pairs.values, pairs.size));
            }
        };
        CompletableFuture<Void> beside = CompletableFuture.runAsync(worker);
        try {
            worker.run();
        } finally {
            next.set(passes.size()); // a pass that failed here leaves the other thread none to start
        }
        beside.join();
        return new Swept(passes.size(), skipped.get());
    }

    /** The pairs of each block of sorted entries that {@code filter} keeps; returns how many blocks were too large. */
    private static int pairsOf(LinkageMonth month, long[] entries, long rowMask, PairFilter filter, Pairs pairs) {
        int skipped = 0;
        for (int start = 0, end; start < entries.length; start = end) {
            end = blockEnd(entries, start, rowMask);
            if (end - start > MAX_BLOCK) {
                skipped++;
                continue;
            }
            for (int x = start; x < end; x++) {
                for (int y = x + 1; y < end; y++) {
                    int i = (int) (entries[x] & rowMask);
                    int j = (int) (entries[y] & rowMask);
                    if (i != j && !month.sameHousehold(i, j) && filter.keep(i, j)) {
                        pairs.add((long) Math.min(i, j) << 32 | Math.max(i, j));
                    }
                }
            }
        }
        return skipped;
    }

    /** The keys of buckets [fromBucket, toBucket), of which there are {@code entries}. */
    private record Pass(int fromBucket, int toBucket, int entries) {
    }

    /** Consecutive ranges of buckets, each of at most {@code passEntries} entries unless one bucket alone is more. */
    private static List<Pass> passes(int[] perBucket, int passEntries) {
        List<Pass> passes = new ArrayList<>();
        int from = 0;
        long entries = 0;
        for (int b = 0; b < perBucket.length; b++) {
            if (b > from && entries + perBucket[b] > passEntries) {
                passes.add(new Pass(from, b, (int) entries));
                from = b;
                entries = 0;
            }
            entries += perBucket[b];
        }
        passes.add(new Pass(from, perBucket.length, Math.toIntExact(entries)));
        return passes;
    }

    private static int bucket(long hash) {
        return (int) (hash >>> (64 - BUCKET_BITS));
    }

    /** How many entries each bucket of hashes (their top {@link #BUCKET_BITS} bits) holds. */
    private static int[] bucketSizes(LinkageMonth month, Keys keys) {
        int[] sizes = new int[1 << BUCKET_BITS];
        for (int i = 0; i < month.size(); i++) {
            keys.hashes(month, i, hash -> sizes[bucket(hash)]++);
        }
        return sizes;
    }

    private static long[] sortedUnique(long[] values, int n) {
        Arrays.sort(values, 0, n);
        int unique = 0;
        for (int k = 0; k < n; k++) {
            if (unique == 0 || values[unique - 1] != values[k]) {
                values[unique++] = values[k];
            }
        }
        return Arrays.copyOf(values, unique);
    }

    /** A growing array of packed pairs. */
    private static final class Pairs {
        private long[] values = new long[1024];
        private int size;

        void add(long pair) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = pair;
        }
    }

    /**
     * The pairs of rows of different households that share a key, for a rule of at most one key a
     * row, in row order, every k-th of them where k keeps them to {@code atMost}: what
     * {@link #candidates} would give and a sample would take, without holding them all (the common
     * names of a city month make tens of millions). Each row's block is known by its bounds, so
     * the pairs come row by row, each row's partners in order.
     */
    static Sample sample(LinkageMonth month, Keys key, int atMost) {
        long rowMask = rowMask(month);
        long[] entries = sortedEntries(month, key, rowMask);
        int[] blockStart = new int[month.size()];
        int[] blockEnd = new int[month.size()];
        int[] households = new int[entries.length];
        for (int start = 0, end; start < entries.length; start = end) {
            end = blockEnd(entries, start, rowMask);
            for (int x = start; x < end; x++) {
                int row = (int) (entries[x] & rowMask);
                blockStart[row] = start;
                blockEnd[row] = end;
                households[x] = month.household(row);
            }
        }
        Walk walk = new Walk(month, entries, households, blockStart, blockEnd);
        long total = walk.pairs(1, null);
        long step = Math.max(1, (total + atMost - 1) / atMost);
        long[] pairs = new long[(int) ((total + step - 1) / step)];
        walk.pairs(step, pairs);
        return new Sample(pairs, total);
    }

    /**
     * A month's rows with the blocks each is in, the household of each entry beside it: walking a
     * block then reads its households in a row instead of looking up each row's, a cache miss apiece.
     */
    private record Walk(LinkageMonth month, long[] entries, int[] households, int[] blockStart, int[] blockEnd) {

        /** Counts the pairs in order and keeps every {@code step}-th into {@code into} (when given). */
        long pairs(long step, long[] into) {
            long rowMask = rowMask(month);
            long counted = 0;
            long untilKept = 1;
            int kept = 0;
            for (int i = 0; i < month.size(); i++) {
                if (blockEnd[i] - blockStart[i] > MAX_BLOCK) {
                    continue;
                }
                int household = month.household(i);
                for (int x = blockStart[i]; x < blockEnd[i]; x++) {
                    int j = (int) (entries[x] & rowMask);
                    if (j > i && households[x] != household) {
                        if (into != null && --untilKept == 0) {
                            into[kept++] = (long) i << 32 | j;
                            untilKept = step;
                        }
                        counted++;
                    }
                }
            }
            return counted;
        }
    }

    /** Bits of a row index: 21 (two million rows), or as many more as the month needs; the key's hash has the rest. */
    private static long rowMask(LinkageMonth month) {
        return (1L << Math.max(MIN_ROW_BITS, 64 - Long.numberOfLeadingZeros(Math.max(1, month.size()) - 1L))) - 1;
    }

    /**
     * Every key of every row, hashed to the bits above the row index beside it, sorted: a block is a
     * run of equal hashes. Two keys that collide only merge two blocks, whose extra pairs the
     * comparison then turns away. Counted first, so that the array is made once, at its size.
     */
    private static long[] sortedEntries(LinkageMonth month, Keys keys, long rowMask) {
        int all = Arrays.stream(bucketSizes(month, keys)).sum();
        return sortedEntries(month, keys, rowMask, 0, 1 << BUCKET_BITS, all);
    }

    /** The sorted entries of the keys in buckets [from, to), of which there are {@code count}. */
    private static long[] sortedEntries(LinkageMonth month, Keys keys, long rowMask, int from, int to, int count) {
        Entries entries = new Entries(rowMask, from, to, count);
        for (int i = 0; i < month.size(); i++) {
            entries.row = i;
            keys.hashes(month, i, entries);
        }
        Arrays.sort(entries.values);
        return entries.values;
    }

    /** Entries (a key's hash above the row's index) of the keys in a range of buckets. */
    private static final class Entries implements LongConsumer {
        private final long rowMask;
        private final int from;
        private final int to;
        private final long[] values;
        private int used;
        private int row;

        Entries(long rowMask, int from, int to, int count) {
            this.rowMask = rowMask;
            this.from = from;
            this.to = to;
            this.values = new long[count];
        }

        @Override
        public void accept(long hash) {
            int b = bucket(hash);
            if (b >= from && b < to) {
                values[used++] = hash & ~rowMask | row;
            }
        }
    }

    private static int blockEnd(long[] entries, int start, long rowMask) {
        int end = start + 1;
        while (end < entries.length && (entries[end] & ~rowMask) == (entries[start] & ~rowMask)) {
            end++;
        }
        return end;
    }

    /** 64-bit FNV-1a over the key's characters, finished with a mix so that its top bits spread. */
    static long hash(String key) {
        return finish(fnv(FNV_OFFSET, key));
    }

    private static long fnv(long h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    private static long fnv(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = fnv(h, text.charAt(i));
        }
        return h;
    }

    private static long fnv(long h, IdFragments id, int from, int to) {
        for (int i = from; i < to; i++) {
            h = fnv(h, id.at(i));
        }
        return h;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ h >>> 33;
    }

    /** Every k-th pair of a rule in row order (packed as {@link Candidates}), and how many there are in all. */
    record Sample(long[] pairs, long total) {
    }

    /** How many passes a month's keys took, and how many blocks were left out. */
    record Swept(int passes, int skippedBlocks) {
    }

    /** Pairs packed as {@code i << 32 | j}. */
    record Candidates(long[] pairs, int skippedBlocks) {
        static int first(long pair) {
            return (int) (pair >>> 32);
        }

        static int second(long pair) {
            return (int) pair;
        }
    }
}

package org.civilaffairs.reconcile.linkage;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.civilaffairs.reconcile.columns.ColumnSpace;

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
    /** Entries a pass of {@link #inPasses} holds at most: 4M (32 MB), the keys of about a million rows. */
    static final int PASS_ENTRIES = 1 << 22;
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
     * no duplicate) never take memory or a sort. The keys are taken in {@link KeyPasses} of at most
     * {@code passEntries} entries each. Each pass's pairs go to {@code out} sorted and each once (a
     * pair that shares keys of two passes comes in both), from either of the two threads the passes
     * run on: this one and one beside it.
     */
    static Swept inPasses(LinkageMonth month, Keys keys, PairFilter filter, int passEntries, Consumer<long[]> out) {
        KeyPasses passes = new KeyPasses(month, keys, passEntries);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        Runnable worker = () -> {
            for (int p = next.getAndIncrement(); p < passes.count(); p = next.getAndIncrement()) {
                Pairs pairs = new Pairs();
                skipped.addAndGet(pairsOf(month, passes.sorted(p), passes.rowMask(), filter, pairs));
                out.accept(sortedUnique(pairs.values, pairs.size));
            }
        };
        CompletableFuture<Void> beside = CompletableFuture.runAsync(worker);
        try {
            worker.run();
        } finally {
            next.set(passes.count()); // a pass that failed here leaves the other thread none to start
        }
        beside.join();
        return new Swept(passes.count(), skipped.get());
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
     * names of a city month make tens of millions).
     */
    static Sample sample(LinkageMonth month, Keys key, int atMost) {
        return sample(month, key, atMost, PASS_ENTRIES);
    }

    /**
     * {@link #sample} with the keys taken in {@link KeyPasses} of at most {@code passEntries}, twice:
     * first each row's partners are counted, so that each row knows the place of its first pair in
     * row order, then the pairs whose place falls on the step are kept. A row's partners are in its
     * one block, in row order. What is held is a pass's keys, and per row its count and place in the
     * month's {@link ColumnSpace}: on the heap, nothing of it follows a mapped month.
     */
    static Sample sample(LinkageMonth month, Keys key, int atMost, int passEntries) {
        KeyPasses passes = new KeyPasses(month, key, passEntries);
        ByteBuffer partners = month.space().bytes(month.size()); // fewer than MAX_BLOCK a row
        for (int p = 0; p < passes.count(); p++) {
            eachPair(month, passes.sorted(p), passes.rowMask(), (i, j) -> partners.put(i, (byte) (partners.get(i) + 1)));
        }
        LongBuffer place = month.space().longs(month.size());
        long total = 0;
        for (int i = 0; i < month.size(); i++) {
            place.put(i, total);
            total += partners.get(i);
        }
        long step = Math.max(1, (total + atMost - 1) / atMost);
        Pairs kept = new Pairs();
        for (int p = 0; p < passes.count(); p++) {
            eachPair(month, passes.sorted(p), passes.rowMask(), (i, j) -> {
                long at = place.get(i);
                place.put(i, at + 1);
                if (at % step == 0) {
                    kept.add((long) i << 32 | j);
                }
            });
        }
        long[] pairs = Arrays.copyOf(kept.values, kept.size);
        Arrays.sort(pairs);
        return new Sample(pairs, total);
    }

    /** Two rows, i before j. */
    private interface RowPair {
        void accept(int i, int j);
    }

    /**
     * The pairs of rows of different households in each block of sorted entries of at most {@link
     * #MAX_BLOCK}, each row's partners after it in row order. A block's households are read once
     * into an array: comparing them then costs no look-up, a cache miss apiece.
     */
    private static void eachPair(LinkageMonth month, long[] entries, long rowMask, RowPair out) {
        int[] households = new int[MAX_BLOCK];
        for (int start = 0, end; start < entries.length; start = end) {
            end = blockEnd(entries, start, rowMask);
            if (end - start > MAX_BLOCK) {
                continue;
            }
            for (int x = start; x < end; x++) {
                households[x - start] = month.household((int) (entries[x] & rowMask));
            }
            for (int x = start; x < end; x++) {
                for (int y = x + 1; y < end; y++) {
                    if (households[y - start] != households[x - start]) {
                        out.accept((int) (entries[x] & rowMask), (int) (entries[y] & rowMask));
                    }
                }
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

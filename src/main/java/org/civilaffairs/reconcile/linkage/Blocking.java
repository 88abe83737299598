package org.civilaffairs.reconcile.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /** Entries collected per array before the month's are joined into one. */
    private static final int CHUNK = 1 << 20;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Blocking() {
    }

    /**
     * A row's keys, each given to {@code out} as the {@link #hash} of its text, which is never built
     * (the text is shown beside each piece): a city month has four million of them.
     */
    static void keyHashes(LinkageMonth month, int i, LongConsumer out) {
        PersonName name = month.name(i);
        IdFragments id = month.id(i);
        if (id.readable(0, 5)) {
            out.accept(finish(fnv(fnv(fnv(fnv(FNV_OFFSET, 'n'), name.bare()), '|'), id, 0, 5))); // "n" + bare + "|" + region
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
     * Index pairs (i &lt; j) of rows of different households sharing a key, each once, in order,
     * keeping only the pairs {@code filter} accepts, so that pairs nobody will score (the same person
     * key, programs that are no duplicate) never take memory or a sort.
     */
    static Candidates candidates(LinkageMonth month, Keys keys, PairFilter filter) {
        long rowMask = rowMask(month);
        long[] entries = sortedEntries(month, keys, rowMask);
        long[] pairs = new long[1024];
        int n = 0;
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
                        if (n == pairs.length) {
                            pairs = Arrays.copyOf(pairs, n * 2);
                        }
                        pairs[n++] = (long) Math.min(i, j) << 32 | Math.max(i, j);
                    }
                }
            }
        }
        Arrays.sort(pairs, 0, n);
        int unique = 0;
        for (int k = 0; k < n; k++) {
            if (unique == 0 || pairs[unique - 1] != pairs[k]) {
                pairs[unique++] = pairs[k];
            }
        }
        return new Candidates(Arrays.copyOf(pairs, unique), skipped);
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
     * comparison then turns away. Collected in chunks so that the array is made once, at its size.
     */
    private static long[] sortedEntries(LinkageMonth month, Keys keys, long rowMask) {
        Entries entries = new Entries(rowMask);
        for (int i = 0; i < month.size(); i++) {
            entries.row = i;
            keys.hashes(month, i, entries);
        }
        long[] sorted = entries.joined();
        Arrays.sort(sorted);
        return sorted;
    }

    /** A month's entries (a key's hash above the row's index) in arrays of {@link #CHUNK}. */
    private static final class Entries implements LongConsumer {
        private final long rowMask;
        private final List<long[]> full = new ArrayList<>();
        private long[] chunk = new long[CHUNK];
        private int used;
        private int row;

        Entries(long rowMask) {
            this.rowMask = rowMask;
        }

        @Override
        public void accept(long hash) {
            if (used == CHUNK) {
                full.add(chunk);
                chunk = new long[CHUNK];
                used = 0;
            }
            chunk[used++] = hash & ~rowMask | row;
        }

        /** The entries in one array; each chunk is let go once copied, so the month's are held about once, not twice. */
        long[] joined() {
            long[] all = new long[full.size() * CHUNK + used];
            for (int c = 0; c < full.size(); c++) {
                System.arraycopy(full.set(c, null), 0, all, c * CHUNK, CHUNK);
            }
            System.arraycopy(chunk, 0, all, full.size() * CHUNK, used);
            return all;
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

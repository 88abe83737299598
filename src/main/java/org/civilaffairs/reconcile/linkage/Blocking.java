package org.civilaffairs.reconcile.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

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
    private static final long ROW_MASK = (1L << 21) - 1;

    private Blocking() {
    }

    static List<String> keys(LinkageMonth month, int i) {
        RosterPerson r = month.row(i);
        List<String> keys = new ArrayList<>(4);
        String pinyin = r.name().pinyin();
        String region = r.id().part(0, 5);
        String birth = r.id().part(6, 14);
        String whole = r.id().part(0, 18);
        if (region != null) {
            keys.add("n" + r.name().bare() + "|" + region);
        }
        if (birth != null) {
            keys.add("b" + pinyin + "|" + birth);
        }
        if (whole != null) {
            keys.add("i" + whole);
        }
        for (int m : month.members(i)) {
            String memberBirth = m == i ? null : month.row(m).id().part(6, 14);
            if (memberBirth != null) {
                keys.add("b" + pinyin + "|" + memberBirth);
            }
        }
        return keys;
    }

    /** Training pairs for the fields other than the name: rows whose names sound the same. */
    static List<String> sameSound(LinkageMonth month, int i) {
        return List.of(month.row(i).name().pinyin());
    }

    /** Training pairs for the fields other than ID and birth date: rows of one region and birth date. */
    static List<String> sameRegionAndBirth(LinkageMonth month, int i) {
        String regionAndBirth = month.row(i).id().part(0, 14);
        return regionAndBirth == null ? List.of() : List.of(regionAndBirth);
    }

    /**
     * Index pairs (i &lt; j) of rows of different households sharing a key, each once, in order.
     * Keys are hashed to their top 43 bits beside the row index (21 bits, two million rows) and
     * sorted: a block is a run of equal hashes. Two keys that collide only merge two blocks, whose
     * extra pairs the comparison then turns away.
     */
    static Candidates candidates(LinkageMonth month, BiFunction<LinkageMonth, Integer, List<String>> keys) {
        return candidates(month, keys, (i, j) -> true);
    }

    /** Which pairs of rows that share a key are worth keeping. */
    interface PairFilter {
        boolean keep(int i, int j);
    }

    /**
     * As {@link #candidates(LinkageMonth, BiFunction)}, keeping only the pairs {@code filter} accepts,
     * so that pairs nobody will score (the same person key, programs that are no duplicate) never
     * take memory or a sort.
     */
    static Candidates candidates(LinkageMonth month, BiFunction<LinkageMonth, Integer, List<String>> keys, PairFilter filter) {
        List<RosterPerson> rows = month.rows();
        if (rows.size() > ROW_MASK + 1) {
            throw new IllegalStateException("a month of more than " + (ROW_MASK + 1) + " roster rows cannot be linked");
        }
        long[] entries = new long[rows.size() * 3 + 1];
        int count = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (String key : keys.apply(month, i)) {
                if (count == entries.length) {
                    entries = Arrays.copyOf(entries, count * 2);
                }
                entries[count++] = hash(key) & ~ROW_MASK | i;
            }
        }
        Arrays.sort(entries, 0, count);
        long[] pairs = new long[1024];
        int n = 0;
        int skipped = 0;
        for (int start = 0, end; start < count; start = end) {
            end = start + 1;
            while (end < count && (entries[end] & ~ROW_MASK) == (entries[start] & ~ROW_MASK)) {
                end++;
            }
            if (end - start > MAX_BLOCK) {
                skipped++;
                continue;
            }
            for (int x = start; x < end; x++) {
                for (int y = x + 1; y < end; y++) {
                    int i = (int) (entries[x] & ROW_MASK);
                    int j = (int) (entries[y] & ROW_MASK);
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

    /** 64-bit FNV-1a over the key's characters, finished with a mix so that its top bits spread. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ h >>> 33;
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

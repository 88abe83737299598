package org.civilaffairs.reconcile.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Candidate pairs without comparing all pairs: rows meet only when they share a blocking key, and
 * every row has at most three keys, so the work grows with the rows, not with their square.
 * <ul>
 *   <li>name sound + the first five ID digits (they survive masks like {@code 420104********123X}
 *       and spreadsheet rounding like {@code 4.20104E+17});</li>
 *   <li>name sound + the birth date in the ID (a typo in the region);</li>
 *   <li>the whole ID (a name typed differently).</li>
 * </ul>
 * Region and last four characters alone would pair every 10,000th person of a region at random, so
 * an ID damaged and a name changed at once are not looked for.
 * A key shared by more than {@link #MAX_BLOCK} rows (a very common name in a city) is left out
 * rather than paid for quadratically; {@link Candidates#skippedBlocks} counts them.
 */
final class Blocking {

    static final int MAX_BLOCK = 50;

    private Blocking() {
    }

    static List<String> keys(RosterPerson r) {
        List<String> keys = new ArrayList<>(3);
        String pinyin = r.name().pinyin();
        String region = r.id().part(0, 5);
        String birth = r.id().part(6, 14);
        String whole = r.id().part(0, 18);
        if (region != null) {
            keys.add("n" + pinyin + "|" + region);
        }
        if (birth != null) {
            keys.add("b" + pinyin + "|" + birth);
        }
        if (whole != null) {
            keys.add("i" + whole);
        }
        return keys;
    }

    /** Training pairs for the fields other than the name: rows whose names sound the same. */
    static List<String> sameSound(RosterPerson r) {
        return List.of(r.name().pinyin());
    }

    /** Training pairs for the fields other than ID and birth date: rows of one region and birth date. */
    static List<String> sameRegionAndBirth(RosterPerson r) {
        String regionAndBirth = r.id().part(0, 14);
        return regionAndBirth == null ? List.of() : List.of(regionAndBirth);
    }

    /** Index pairs (i &lt; j) of rows of different households sharing a key, each once, in order. */
    static Candidates candidates(List<RosterPerson> rows, Function<RosterPerson, List<String>> keys) {
        Map<String, int[]> blocks = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (String key : keys.apply(rows.get(i))) {
                int[] block = blocks.get(key);
                if (block == null) {
                    blocks.put(key, new int[] {1, i});
                } else if (block[0] <= MAX_BLOCK) {
                    if (block[0] + 1 == block.length) {
                        block = Arrays.copyOf(block, block.length * 2);
                        blocks.put(key, block);
                    }
                    block[++block[0]] = i;
                }
            }
        }
        long[] pairs = new long[1024];
        int n = 0;
        int skipped = 0;
        for (int[] block : blocks.values()) {
            int size = block[0];
            if (size > MAX_BLOCK) {
                skipped++;
                continue;
            }
            for (int x = 1; x <= size; x++) {
                for (int y = x + 1; y <= size; y++) {
                    int i = block[x];
                    int j = block[y];
                    if (!rows.get(i).household().equals(rows.get(j).household())) {
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

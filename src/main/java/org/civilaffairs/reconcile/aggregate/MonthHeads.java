package org.civilaffairs.reconcile.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.civilaffairs.reconcile.identity.ValidIds;

/**
 * The heads of one month's households, per program, for the 全区 roll-up's new and exited
 * households: how many households of one month have a head who heads none of the program in the
 * other. A head that is a valid ID is held as its number ({@link ValidIds}, 8 bytes), the few
 * other keys as text; a city's month is then a few megabytes, read once, with no index on heads
 * for resolve to keep up to date household by household.
 */
final class MonthHeads {

    private final Map<String, long[]> ids = new HashMap<>();
    private final Map<String, Integer> idCounts = new HashMap<>();
    /** Heads that are no valid ID, a household each (a program may repeat one). */
    private final Map<String, List<String>> otherKeys = new HashMap<>();
    private final Map<String, Set<String>> otherKeySets = new HashMap<>();
    /** Whether the numbers are sorted and the text keys are in sets, as {@link #headedByNoneOf} needs them. */
    private boolean sorted;

    /** One household's program and head key. */
    void add(String program, String headKey) {
        long id = ValidIds.pack(headKey);
        if (id < 0) {
            otherKeys.computeIfAbsent(program, p -> new ArrayList<>()).add(headKey);
            sorted = false;
            return;
        }
        int n = idCounts.getOrDefault(program, 0);
        long[] held = ids.computeIfAbsent(program, p -> new long[1024]);
        if (n == held.length) {
            held = Arrays.copyOf(held, n * 2);
            ids.put(program, held);
        }
        held[n] = id;
        idCounts.put(program, n + 1);
        sorted = false;
    }

    /** Per program, the households of this month whose head heads no household of the program in {@code other}. */
    Map<String, Integer> headedByNoneOf(MonthHeads other) {
        other.sort();
        Map<String, Integer> counts = new TreeMap<>();
        idCounts.forEach((program, n) -> {
            long[] mine = ids.get(program);
            for (int i = 0; i < n; i++) {
                if (!other.heads(program, mine[i])) {
                    counts.merge(program, 1, Integer::sum);
                }
            }
        });
        otherKeys.forEach((program, keys) -> keys.stream()
                .filter(key -> !other.otherKeySets.getOrDefault(program, Set.of()).contains(key))
                .forEach(key -> counts.merge(program, 1, Integer::sum)));
        return counts;
    }

    private boolean heads(String program, long id) {
        long[] held = ids.get(program);
        return held != null && Arrays.binarySearch(held, 0, idCounts.get(program), id) >= 0;
    }

    private void sort() {
        if (!sorted) {
            idCounts.forEach((program, n) -> Arrays.sort(ids.get(program), 0, n));
            otherKeys.forEach((program, keys) -> otherKeySets.put(program, new HashSet<>(keys)));
            sorted = true;
        }
    }
}

package org.civilaffairs.reconcile.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads a month's streets over buckets so that each bucket gets about the same work: the
 * heaviest street first, each to the bucket with the least so far (longest processing time
 * first). A month's streets differ tenfold in size, so a hash alone leaves one core idle while
 * another works through a bucket twice the size of the others. Ties go by street name and lowest
 * bucket, so the same weights always give the same assignment.
 */
public final class StreetBalance {

    private StreetBalance() {
    }

    /** Each street's bucket, for streets weighed by their rows. */
    public static Map<String, Integer> assign(Map<String, Long> weights, int buckets) {
        List<Map.Entry<String, Long>> heaviestFirst = new ArrayList<>(weights.entrySet());
        heaviestFirst.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        long[] load = new long[buckets];
        Map<String, Integer> assigned = new HashMap<>();
        for (Map.Entry<String, Long> street : heaviestFirst) {
            int lightest = 0;
            for (int b = 1; b < buckets; b++) {
                lightest = load[b] < load[lightest] ? b : lightest;
            }
            load[lightest] += street.getValue() + 1; // an empty street still costs its deletes
            assigned.put(street.getKey(), lightest);
        }
        return assigned;
    }

    /** The heaviest bucket's share of all work under an assignment (1/buckets is perfect). */
    public static double heaviestShare(Map<String, Long> weights, Map<String, Integer> assigned, int buckets) {
        long[] load = new long[buckets];
        weights.forEach((street, w) -> load[assigned.get(street)] += w);
        long total = weights.values().stream().mapToLong(Long::longValue).sum();
        return total == 0 ? 0 : (double) Arrays.stream(load).max().orElse(0) / total;
    }
}

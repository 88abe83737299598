package org.civilaffairs.reconcile.partition;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.civilaffairs.reconcile.ingest.FileDigest;

/**
 * One partition of a month: the streets {@code assigned} to {@code bucket} of {@code buckets}, and
 * of the streets not assigned (none known when the month was split), those whose hash falls in
 * {@code bucket}. Every household, every (street, program) pair that supersede compares and every
 * aggregate row but the 全区 roll-up belongs to one street, so a street's rows are never split
 * between partitions. The assignment travels in the partition's step context and the hash is
 * {@link String#hashCode()}, fixed by the Java specification: a partition holds the same streets
 * in every JVM, which a restart or a remote worker relies on.
 */
public record StreetBucket(YearMonth month, int bucket, int buckets, Map<String, Integer> assigned) {

    public StreetBucket {
        if (buckets < 1 || bucket < 0 || bucket >= buckets) {
            throw new IllegalArgumentException("bucket " + bucket + " of " + buckets);
        }
        assigned = assigned == null ? Map.of() : Map.copyOf(assigned);
    }

    /** The whole month as one partition. */
    public static StreetBucket wholeMonth(YearMonth month) {
        return new StreetBucket(month, 0, 1, Map.of());
    }

    /** The month's partitions under one assignment of streets to buckets, bucket 0 first. */
    public static List<StreetBucket> of(YearMonth month, int buckets, Map<String, Integer> assigned) {
        return IntStream.range(0, buckets).mapToObj(b -> new StreetBucket(month, b, buckets, assigned)).toList();
    }

    public boolean holds(String street) {
        Integer to = assigned.get(street);
        return (to != null ? to : Math.floorMod(street.hashCode(), buckets)) == bucket;
    }

    /** The streets of {@code streets} this partition holds, sorted, without repeats. */
    public List<String> select(Collection<String> streets) {
        return streets.stream().filter(this::holds).distinct().sorted().toList();
    }

    /**
     * What tells this partition's streets apart from any other split of the month, for a file name:
     * {@code b03of04-} and a digest of the assignment.
     */
    public String fileKey() {
        StringBuilder streets = new StringBuilder();
        new TreeMap<>(assigned).forEach((street, to) -> streets.append(street).append('=').append(to).append('\n'));
        return String.format("b%02dof%02d-%s", bucket, buckets, FileDigest.sha256(streets.toString()).substring(0, 12));
    }

    /** The partition's stable name, e.g. {@code 2019-07:bucket-03}. */
    public String name() {
        return String.format("%s:bucket-%02d", month, bucket);
    }

    @Override
    public String toString() {
        return name() + "/" + buckets;
    }
}

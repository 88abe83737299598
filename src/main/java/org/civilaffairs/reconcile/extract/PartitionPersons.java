package org.civilaffairs.reconcile.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civilaffairs.reconcile.partition.StreetBucket;

/**
 * The month's roster persons apart for each resolve partition: which partitions a registry row can
 * matter to. Each partition then reads its own share of the registry, not the month's, which a
 * month of many partitions would otherwise read once per partition.
 */
final class PartitionPersons {

    private final List<StreetBucket> parts;
    private final MonthPersons[] persons;
    private final Map<String, Integer> partOfStreet = new HashMap<>();
    /** The names written with a broken ID in any partition: most registry rows' names are not, and are asked once. */
    private final Set<String> brokenNames = new HashSet<>();

    /** @param rowsByStreet each street's staged rows, to size each partition's filters */
    PartitionPersons(List<StreetBucket> parts, Map<String, Long> rowsByStreet, LocalDate latestBirth) {
        this.parts = parts;
        this.persons = new MonthPersons[parts.size()];
        long[] rows = new long[parts.size()];
        rowsByStreet.forEach((street, n) -> rows[partOf(street)] += n);
        for (int p = 0; p < persons.length; p++) {
            persons[p] = new MonthPersons((int) Math.min(Integer.MAX_VALUE, rows[p]), latestBirth);
        }
    }

    List<StreetBucket> parts() {
        return parts;
    }

    /** A roster row that passed the row checks, in its street. */
    void addRosterPerson(String street, String name, String idNumber) {
        String broken = persons[partOf(street)].addRosterPerson(name, idNumber);
        if (broken != null) {
            brokenNames.add(broken);
        }
    }

    /** Which partitions a registry row can matter to, asked of each partition in turn ({@link RowNeed#of}). */
    RowNeed need(String id, String normalizedName) {
        return new RowNeed(persons, id, normalizedName, brokenNames.contains(normalizedName));
    }

    /** A registry row's questions to the partitions, with what holds for all of them worked out once. */
    record RowNeed(MonthPersons[] persons, String id, String normalizedName, boolean brokenSomewhere) {

        /** Whether the row can matter to partition {@code p} (a superset, as {@link MonthPersons} answers). */
        boolean of(int p) {
            return persons[p].mayNeedNormalized(id, normalizedName, brokenSomewhere);
        }
    }

    private int partOf(String street) {
        return partOfStreet.computeIfAbsent(street, s -> {
            for (int p = 0; p < parts.size(); p++) {
                if (parts.get(p).holds(s)) {
                    return p;
                }
            }
            throw new IllegalStateException("no partition holds street " + s);
        });
    }
}

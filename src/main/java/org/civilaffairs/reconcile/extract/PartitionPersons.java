package org.civilaffairs.reconcile.extract;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.civilaffairs.reconcile.identity.RegistryLoader;
import org.civilaffairs.reconcile.ingest.WrittenPerson;
import org.civilaffairs.reconcile.partition.StreetBucket;

/**
 * The month's roster persons apart for each resolve partition: which partitions a registry row can
 * matter to. Each partition then reads its own share of the registry, not the month's, which a
 * month of many partitions would otherwise read once per partition. A row is asked once, whatever
 * the number of partitions: its ID's hash, its name and birth day's hash and its name each lead
 * straight to the partitions that have them ({@link PartHashes}).
 */
final class PartitionPersons {

    private final List<StreetBucket> parts;
    private final Map<String, Integer> partOfStreet = new HashMap<>();
    private final PartHashes byId;
    private final PartHashes byNameAndBirthDay;
    private final Map<String, BitSet> byBrokenName = new HashMap<>();

    /**
     * @param rowsByStreet each street's staged rows, to size the tables
     * @param space        where the tables are kept ({@link #bytes} of them)
     */
    PartitionPersons(List<StreetBucket> parts, Map<String, Long> rowsByStreet, ColumnSpace space) {
        this.parts = parts;
        int rows = rows(rowsByStreet);
        this.byId = new PartHashes(rows, space);
        this.byNameAndBirthDay = new PartHashes(rows, space);
    }

    private static int rows(Map<String, Long> rowsByStreet) {
        return (int) Math.min(1 << 28, rowsByStreet.values().stream().mapToLong(Long::longValue).sum());
    }

    /** What the tables take at first for a month of these staged rows: 8 bytes a slot, two to four slots a row, two tables. */
    static long bytes(Map<String, Long> rowsByStreet) {
        return 2L * Long.BYTES * PartHashes.capacity(rows(rowsByStreet));
    }

    List<StreetBucket> parts() {
        return parts;
    }

    /** A roster row that passed the row checks, in its street: as {@link MonthPersons#add}, per partition. */
    void add(String street, WrittenPerson person) {
        int part = partOf(street);
        if (person.validId() != null) {
            byId.add(person.validId().hashCode(), part);
            byNameAndBirthDay.add(RegistryLoader.nameAndBirthDay(person.normalizedName(), person.validId()), part);
        } else {
            byBrokenName.computeIfAbsent(person.normalizedName(), k -> new BitSet()).set(part);
        }
    }

    /**
     * The partitions a registry row with a valid ID can matter to: those with the ID, with a valid ID
     * of the same name and birth day, or with the name written with a broken ID. A superset, as
     * {@link MonthPersons} answers: two hashes alike send the row to both partitions.
     */
    BitSet need(String id, String normalizedName) {
        BitSet need = new BitSet(parts.size());
        byId.addPartsOf(id.hashCode(), need);
        byNameAndBirthDay.addPartsOf(RegistryLoader.nameAndBirthDay(normalizedName, id), need);
        BitSet broken = byBrokenName.get(normalizedName);
        if (broken != null) {
            need.or(broken);
        }
        return need;
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

package org.civilaffairs.reconcile.linkage;

import java.util.HashMap;
import java.util.Map;

/**
 * How many registry persons bear a name within a region (the first six ID digits): a row whose
 * ID cannot be read, linked to a person of its name by the region digits alone, could as well be
 * any other registry person of that name and region, even one enrolled nowhere else. Empty when
 * the month has no registry, which leaves every link as it is.
 */
final class RegistryNamesakes {

    private final Map<String, Integer> persons = new HashMap<>();

    /** A registry person: the name as normalized, the valid ID. */
    void add(String normalizedName, String id) {
        persons.merge(key(normalizedName, id.substring(0, 6)), 1, Integer::sum);
    }

    int count(String normalizedName, String region) {
        return persons.getOrDefault(key(normalizedName, region), 0);
    }

    private static String key(String name, String region) {
        return name + '\u0000' + region;
    }
}

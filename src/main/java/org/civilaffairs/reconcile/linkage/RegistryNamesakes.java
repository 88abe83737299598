package org.civilaffairs.reconcile.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry persons who bear a name within a region (the first six ID digits): a row whose ID
 * cannot be read, linked to a person of its name by the region digits alone, could as well be any
 * other registry person of that name and region whose ID agrees with what the row still shows
 * ({@code 420104********123X} keeps its last four), even one enrolled nowhere else. Empty when the
 * month has no registry, which leaves every link as it is.
 */
final class RegistryNamesakes {

    private final Map<String, List<IdFragments>> persons = new HashMap<>();

    /** A registry person: the name as normalized, the valid ID. */
    void add(String normalizedName, String id) {
        persons.computeIfAbsent(key(normalizedName, id.substring(0, 6)), k -> new ArrayList<>(1)).add(IdFragments.of(id));
    }

    /** How many registry persons of the name and region have an ID that may be the one {@code shown}. */
    int count(String normalizedName, String region, IdFragments shown) {
        List<IdFragments> ids = persons.getOrDefault(key(normalizedName, region), List.of());
        return (int) ids.stream().filter(id -> shown.agreement(id, 0, 18) != IdFragments.Agreement.DIFFERENT).count();
    }

    private static String key(String name, String region) {
        return name + '\u0000' + region;
    }
}

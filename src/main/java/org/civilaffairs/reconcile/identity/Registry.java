package org.civilaffairs.reconcile.identity;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;

/**
 * The part of the household registry (户籍, {@code hukou}) that a month's roster persons can
 * match: people by ID and by normalized name. Built from a stream of the registry filtered to
 * the month's names and IDs, so its size follows the roster, not the registry.
 */
public final class Registry {

    private final boolean delivered;
    private final Map<String, String> nameById = new HashMap<>();
    /** Small lists, not sets: a city month keeps about a million names, most with one person. */
    private final Map<String, List<String>> idsByName = new HashMap<>();

    private Registry(boolean delivered) {
        this.delivered = delivered;
    }

    public static Registry empty() {
        return new Registry(true);
    }

    /** No registry was ever delivered: repair is impossible and valid IDs are taken as they are. */
    public static Registry notDelivered() {
        return new Registry(false);
    }

    public void add(String id, String normalizedName) {
        addId(id, normalizedName);
        addName(id, normalizedName);
    }

    /** Records the name an ID is registered under (the first row of that ID wins). */
    public void addId(String id, String normalizedName) {
        nameById.putIfAbsent(id, normalizedName);
    }

    /** Records a person as a repair candidate for their name. */
    public void addName(String id, String normalizedName) {
        List<String> ids = idsByName.computeIfAbsent(normalizedName, k -> new ArrayList<>(1));
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    public boolean delivered() {
        return delivered;
    }

    /** The normalized name the registry holds an ID under, or null. */
    public String nameOf(String id) {
        return nameById.get(id);
    }

    /** The distinct IDs registered under a name. */
    public List<String> idsNamed(String normalizedName) {
        return idsByName.getOrDefault(normalizedName, List.of());
    }

    public int size() {
        return nameById.size();
    }
}

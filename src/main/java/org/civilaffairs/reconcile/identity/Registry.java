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
    private final IdTable<String> nameById;
    /** Small lists, not sets: a city month keeps about a million names, most with one person. */
    private final Map<String, List<String>> idsByName;

    private Registry(boolean delivered, int expectedIds) {
        this.delivered = delivered;
        this.nameById = new IdTable<>(expectedIds);
        this.idsByName = new HashMap<>(hashCapacity(expectedIds));
    }

    public static Registry empty() {
        return empty(0);
    }

    /** An empty registry sized for about {@code expectedIds} persons. */
    public static Registry empty(int expectedIds) {
        return new Registry(true, expectedIds);
    }

    /** No registry was ever delivered: repair is impossible and valid IDs are taken as they are. */
    public static Registry notDelivered() {
        return new Registry(false, 0);
    }

    /**
     * The initial capacity of a hash map that holds {@code entries} without growing: a partition's
     * maps hold a hundred thousand persons, and growing them one doubling at a time rehashes each
     * entry about twice.
     */
    static int hashCapacity(int entries) {
        return Math.max(16, (int) (entries / 0.75f) + 1);
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

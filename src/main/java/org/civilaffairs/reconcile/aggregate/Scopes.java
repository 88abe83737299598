package org.civilaffairs.reconcile.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A month's input split by program, then street, once: each aggregate row then reads only its own
 * part instead of filtering the whole month (hundreds of rows × a million members at city scale).
 */
final class Scopes<T> {

    private final Map<String, Map<String, List<T>>> byProgram = new HashMap<>();

    Scopes(List<T> items, Function<T, String> program, Function<T, String> street) {
        for (T item : items) {
            byProgram.computeIfAbsent(program.apply(item), k -> new HashMap<>())
                    .computeIfAbsent(street.apply(item), k -> new ArrayList<>()).add(item);
        }
    }

    /** The items of a program in one street, or in every street when {@code street} is null. */
    List<T> of(String program, String street) {
        Map<String, List<T>> byStreet = byProgram.getOrDefault(program, Map.of());
        if (street != null) {
            return byStreet.getOrDefault(street, List.of());
        }
        List<T> all = new ArrayList<>();
        byStreet.values().forEach(all::addAll);
        return all;
    }
}

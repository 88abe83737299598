package org.civilaffairs.reconcile.identity;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each of the few texts a partition's rows repeat (streets, programs, communities,
 * methods, outcomes, reasons): rows held for seconds by a partition are copied by every young
 * collection they live through, and a copy of "LOADED" per row was a fifth of their bytes.
 */
final class SharedTexts {

    private final Map<String, String> seen = new HashMap<>();

    /** The instance first seen equal to {@code text}, or null. */
    String of(String text) {
        if (text == null) {
            return null;
        }
        String first = seen.putIfAbsent(text, text);
        return first == null ? text : first;
    }
}

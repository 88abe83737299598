package org.civilaffairs.reconcile.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a function gave for the texts asked so far, up to a bound: a roster writes a few standard
 * amounts and a few thousand dates a hundred thousand times, each parsed once instead of once a
 * row. Past the bound (a column of all-different values) the function answers every new text, and
 * nothing more is kept. (A table of a few hundred slots, each text in the slot of its hash, missed
 * the dates of a city's rosters and measured slower than parsing them.)
 */
final class Remembered<V> {

    static final int MAX_TEXTS = 4096;

    private final Function<String, V> function;
    private final Map<String, V> answers = new HashMap<>();

    Remembered(Function<String, V> function) {
        this.function = function;
    }

    V apply(String text) {
        V known = answers.get(text);
        if (known != null) {
            return known;
        }
        V answer = function.apply(text);
        if (answers.size() < MAX_TEXTS) {
            answers.put(text, answer);
        }
        return answer;
    }
}

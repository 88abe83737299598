package org.civilaffairs.reconcile.identity;

import java.util.HashSet;
import java.util.Set;

/**
 * Sets that nearly always hold one element, as the values of a partition's maps of a quarter of a
 * million keys (an ID's names, a name's birth days): a set of one is a small immutable object, and
 * only a second element makes it a {@link HashSet}, which grows in place from then on.
 */
final class SmallSets {

    private SmallSets() {
    }

    /** The set with {@code value} added: {@code set} itself when it can hold it, else a new one. */
    static Set<String> add(Set<String> set, String value) {
        if (set == null) {
            return Set.of(value);
        }
        if (set instanceof HashSet<String> growing) {
            growing.add(value);
            return growing;
        }
        if (set.contains(value)) {
            return set;
        }
        Set<String> grown = new HashSet<>(set);
        grown.add(value);
        return grown;
    }
}

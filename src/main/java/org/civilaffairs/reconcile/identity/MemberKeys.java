package org.civilaffairs.reconcile.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The distinct person keys of a household in one column ({@code household.member_keys}), each
 * written as its length, a colon and the key ({@code 18:420104199001011234}): an unresolved key
 * holds an ID as typed, which may contain any separator. One row per household instead of one per
 * member is what makes writing a city's households affordable.
 */
public final class MemberKeys {

    /** Members up to which a repeat is looked for along the list rather than in a set. */
    private static final int FEW = 16;

    private MemberKeys() {
    }

    /** The keys as stored (at most 300 characters each), each once, in their first order. */
    public static String join(List<String> keys) {
        StringBuilder out = new StringBuilder(keys.size() * 22);
        for (String key : stored(keys)) {
            out.append(key.length()).append(':').append(key);
        }
        return out.toString();
    }

    /**
     * The keys as {@link #join} stores them: each at most 300 characters, each once, in their first
     * order. A household has a few members, so a repeat is found by looking back along the list: a
     * city's month asks this of 600,000 households three times, and a set for each was most of what
     * resolve's writes allocated.
     */
    public static List<String> stored(List<String> keys) {
        if (keys.size() > FEW) {
            Set<String> distinct = new LinkedHashSet<>(keys.size() * 2);
            keys.forEach(key -> distinct.add(PersonKey.stored(key)));
            return new ArrayList<>(distinct);
        }
        List<String> out = new ArrayList<>(keys.size());
        for (String key : keys) {
            String stored = PersonKey.stored(key);
            if (!out.contains(stored)) {
                out.add(stored);
            }
        }
        return out;
    }

    /** Each key of a stored column, in order. */
    public static void forEach(String joined, Consumer<String> key) {
        int at = 0;
        while (at < joined.length()) {
            int colon = joined.indexOf(':', at);
            int end = colon + 1 + Integer.parseInt(joined, at, colon, 10);
            key.accept(joined.substring(colon + 1, end));
            at = end;
        }
    }

    public static int count(String joined) {
        int[] keys = new int[1];
        forEach(joined, key -> keys[0]++);
        return keys[0];
    }

    public static List<String> split(String joined) {
        List<String> keys = new ArrayList<>(2);
        forEach(joined, keys::add);
        return keys;
    }
}

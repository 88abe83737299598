package org.civilaffairs.reconcile.identity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A map keyed by ID numbers (身份证号), each ID of 17 digits and a check character kept as one
 * long in a flat array (open addressing). Resolving a partition asks such maps a few times for
 * each of its hundred thousand persons and each registry row of its share, each time with an ID
 * just read: a {@link HashMap} of strings hashes it, then costs a cache miss for the node, one for
 * the key and one for the key's characters; this costs one for the key. Keys of any other shape go
 * to a plain map beside it.
 */
final class IdTable<V> {

    private static final long EMPTY = -1;

    private long[] keys;
    private Object[] values;
    private int size;
    private final Map<String, V> others = new HashMap<>();

    /** @param expected about how many IDs it will hold; more make it grow */
    IdTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new Object[capacity];
        Arrays.fill(keys, EMPTY);
    }

    /** The value of an ID, or null. */
    @SuppressWarnings("unchecked")
    V get(String id) {
        long key = packed(id);
        if (key == EMPTY) {
            return others.get(id);
        }
        int i = probe(key);
        return keys[i] == key ? (V) values[i] : null;
    }

    /** Whether an ID has a value: without reading the value, a cache miss less. */
    boolean containsKey(String id) {
        long key = packed(id);
        return key == EMPTY ? others.containsKey(id) : keys[probe(key)] == key;
    }

    /** Maps an ID to a value (not null) unless it has one already. */
    void putIfAbsent(String id, V value) {
        long key = packed(id);
        if (key == EMPTY) {
            others.putIfAbsent(id, value);
            return;
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = probe(key);
        if (keys[i] != key) {
            keys[i] = key;
            values[i] = value;
            size++;
        }
    }

    int size() {
        return size + others.size();
    }

    /**
     * An ID of 17 digits and a digit or X as a number below 1.1 × 10^18 (each prefix digit in base
     * 10, the check character in base 11); {@link #EMPTY} for anything else.
     */
    static long packed(String id) {
        if (id.length() != 18) {
            return EMPTY;
        }
        long key = 0;
        for (int i = 0; i < 17; i++) {
            int digit = id.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return EMPTY;
            }
            key = key * 10 + digit;
        }
        char check = id.charAt(17);
        if (check == 'X') {
            return key * 11 + 10;
        }
        return check >= '0' && check <= '9' ? key * 11 + (check - '0') : EMPTY;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = probe(oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** The slot that holds the key, or the empty slot where it goes (linear probing). */
    private int probe(long key) {
        int mask = keys.length - 1;
        int i = slot(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The high bits of a multiplicative hash: IDs of one district share their first six digits. */
    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32);
    }
}

package org.civilaffairs.reconcile.linkage;

import java.util.Arrays;

/**
 * Distinct texts numbered in the order first seen, their characters in one array: a city month's
 * millions of names and household IDs, as a {@code String} and a map entry apiece, were most of
 * link's memory (about 100 bytes a text against a few here). A text carries a tag, a number the
 * caller gives that is part of what makes it distinct: one household ID in two streets is two
 * households.
 */
final class TextPool {

    private char[] chars = new char[1 << 12];
    /** Text k is {@code chars[starts[k], starts[k + 1])}; past the last, a text being looked up. */
    private int[] starts = new int[257];
    private int[] tags = new int[256];
    private int size;
    /** Open addressing: text number + 1 by hash, 0 where empty; null once {@link #freeze frozen}. */
    private int[] slots = new int[512];

    /** The number of a text, given the next one if it is new. */
    int index(int tag, String text) {
        int slot = slot(tag, text);
        if (slots[slot] != 0) {
            return slots[slot] - 1;
        }
        slots[slot] = size + 1;
        tags = grown(tags, size + 1);
        tags[size] = tag;
        starts = grown(starts, size + 2);
        starts[size + 1] = starts[size] + text.length();
        size++;
        if (2 * size > slots.length) {
            rehash(slots.length * 2);
        }
        return size - 1;
    }

    /** The number of a text, or -1 if it is not held. */
    int find(int tag, String text) {
        return slots[slot(tag, text)] - 1;
    }

    String text(int k) {
        return new String(chars, starts[k], starts[k + 1] - starts[k]);
    }

    int length(int k) {
        return starts[k + 1] - starts[k];
    }

    /** Character {@code at} of text k, read without making the text. */
    char charAt(int k, int at) {
        return chars[starts[k] + at];
    }

    /** Whether text k starts with {@code prefix}, read without making the text. */
    boolean startsWith(int k, String prefix) {
        if (length(k) < prefix.length()) {
            return false;
        }
        for (int at = 0; at < prefix.length(); at++) {
            if (charAt(k, at) != prefix.charAt(at)) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return size;
    }

    /** Every text, in number order. */
    String[] texts() {
        String[] all = new String[size];
        Arrays.setAll(all, this::text);
        return all;
    }

    /** No more texts: the arrays shrink to what is held and the lookup table goes. */
    TextPool freeze() {
        chars = Arrays.copyOf(chars, starts[size]);
        starts = Arrays.copyOf(starts, size + 1);
        tags = null;
        slots = null;
        return this;
    }

    /** The slot holding the text, else the empty one where it would go; its characters are copied past the last text. */
    private int slot(int tag, String text) {
        int from = starts[size];
        int to = from + text.length();
        if (to > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(to, chars.length * 2));
        }
        text.getChars(0, text.length(), chars, from);
        int mask = slots.length - 1;
        for (int s = hash(tag, from, to) & mask; ; s = s + 1 & mask) {
            int k = slots[s] - 1;
            if (k < 0 || tags[k] == tag && Arrays.equals(chars, starts[k], starts[k + 1], chars, from, to)) {
                return s;
            }
        }
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int k = 0; k < size; k++) {
            int s = hash(tags[k], starts[k], starts[k + 1]) & mask;
            while (slots[s] != 0) {
                s = s + 1 & mask;
            }
            slots[s] = k + 1;
        }
    }

    private int hash(int tag, int from, int to) {
        int h = tag;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        h = (h ^ h >>> 16) * 0x9E3779B9;
        return h ^ h >>> 15;
    }

    private static int[] grown(int[] array, int needed) {
        return needed <= array.length ? array : Arrays.copyOf(array, array.length * 2);
    }
}

package org.civilaffairs.reconcile.linkage;

import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;
import org.civilaffairs.reconcile.columns.ColumnSpace;

/**
 * Distinct texts numbered in the order first seen, their characters in one array: a city month's
 * millions of names and household IDs, as a {@code String} and a map entry apiece, were most of
 * link's memory (about 100 bytes a text against a few here). A text carries a tag, a number the
 * caller gives that is part of what makes it distinct: one household ID in two streets is two
 * households. Its columns are kept in a {@link ColumnSpace}.
 */
final class TextPool {

    private final ColumnSpace space;
    private CharBuffer chars;
    /** Text k is {@code chars[starts[k], starts[k + 1])}; past the last, a text being looked up. */
    private IntBuffer starts;
    private IntBuffer tags;
    private int size;
    /** Open addressing: text number + 1 by hash, 0 where empty; null once {@link #freeze frozen}. */
    private IntBuffer slots;

    TextPool() {
        this(ColumnSpace.HEAP);
    }

    TextPool(ColumnSpace space) {
        this.space = space;
        chars = space.chars(1 << 12);
        starts = space.ints(257);
        tags = space.ints(256);
        slots = space.ints(512);
    }

    /** The number of a text, given the next one if it is new. */
    int index(int tag, String text) {
        int slot = slot(tag, text);
        if (slots.get(slot) != 0) {
            return slots.get(slot) - 1;
        }
        slots.put(slot, size + 1);
        tags = grown(tags, size + 1);
        tags.put(size, tag);
        starts = grown(starts, size + 2);
        starts.put(size + 1, starts.get(size) + text.length());
        size++;
        if (2 * size > slots.capacity()) {
            rehash(slots.capacity() * 2);
        }
        return size - 1;
    }

    /** The number of a text, or -1 if it is not held. */
    int find(int tag, String text) {
        return slots.get(slot(tag, text)) - 1;
    }

    String text(int k) {
        return chars.subSequence(starts.get(k), starts.get(k + 1)).toString();
    }

    int length(int k) {
        return starts.get(k + 1) - starts.get(k);
    }

    /** Character {@code at} of text k, read without making the text. */
    char charAt(int k, int at) {
        return chars.get(starts.get(k) + at);
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

    /** Every text, in number order (for the few texts of small pools: files, streets, communities). */
    String[] texts() {
        String[] all = new String[size];
        Arrays.setAll(all, this::text);
        return all;
    }

    /** No more texts: the lookup table goes (the texts' columns stay as they are: a mapped one costs the heap nothing). */
    TextPool freeze() {
        tags = null;
        slots = null;
        return this;
    }

    /** The slot holding the text, else the empty one where it would go; its characters are copied past the last text. */
    private int slot(int tag, String text) {
        int from = starts.get(size);
        int to = from + text.length();
        if (to > chars.capacity()) {
            chars = space.grown(chars, Math.max(to, chars.capacity() * 2));
        }
        for (int at = 0; at < text.length(); at++) {
            chars.put(from + at, text.charAt(at));
        }
        int mask = slots.capacity() - 1;
        for (int s = hash(tag, from, to) & mask; ; s = s + 1 & mask) {
            int k = slots.get(s) - 1;
            if (k < 0 || tags.get(k) == tag && sameText(k, from, to)) {
                return s;
            }
        }
    }

    /** Whether text k is the characters from..to. */
    private boolean sameText(int k, int from, int to) {
        int start = starts.get(k);
        if (length(k) != to - from) {
            return false;
        }
        for (int at = 0; at < to - from; at++) {
            if (chars.get(start + at) != chars.get(from + at)) {
                return false;
            }
        }
        return true;
    }

    private void rehash(int capacity) {
        slots = space.ints(capacity);
        int mask = capacity - 1;
        for (int k = 0; k < size; k++) {
            int s = hash(tags.get(k), starts.get(k), starts.get(k + 1)) & mask;
            while (slots.get(s) != 0) {
                s = s + 1 & mask;
            }
            slots.put(s, k + 1);
        }
    }

    private int hash(int tag, int from, int to) {
        int h = tag;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars.get(i);
        }
        h = (h ^ h >>> 16) * 0x9E3779B9;
        return h ^ h >>> 15;
    }

    private IntBuffer grown(IntBuffer column, int needed) {
        return needed <= column.capacity() ? column : space.grown(column, column.capacity() * 2);
    }
}

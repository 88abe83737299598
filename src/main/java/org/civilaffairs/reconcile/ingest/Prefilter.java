package org.civilaffairs.reconcile.ingest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A set of hashes that answers "perhaps" or "certainly not" (a one-hash Bloom filter). Reading a
 * registry of millions against the month's persons, most rows are nobody's: this tells them apart
 * with one bit of a compact array, where a hash map lookup of a fresh string costs several cache
 * misses. Callers check a "perhaps" exactly.
 */
public final class Prefilter {

    /** About 64 bits per member: a wrong "perhaps" for 1 or 2 % of outsiders. */
    private static final int BITS_PER_MEMBER = 64;

    private final long[] words;
    private final int mask;

    /** @param expected how many members will be added (more only raise the rate of wrong "perhaps") */
    public Prefilter(int expected) {
        long wanted = Math.max(1024, Math.min(1L << 30, (long) expected * BITS_PER_MEMBER));
        int bits = (int) Long.highestOneBit(wanted * 2 - 1);
        this.words = new long[bits >>> 6];
        this.mask = bits - 1;
    }

    private Prefilter(long[] words) {
        this.words = words;
        this.mask = words.length * 64 - 1;
    }

    /** Writes the filter, for another process to answer the same questions ({@link #readFrom}). */
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(words.length);
        for (long w : words) {
            out.writeLong(w);
        }
    }

    public static Prefilter readFrom(DataInputStream in) throws IOException {
        long[] words = new long[in.readInt()];
        for (int i = 0; i < words.length; i++) {
            words[i] = in.readLong();
        }
        return new Prefilter(words);
    }

    public void add(int hash) {
        int h = spread(hash) & mask;
        words[h >>> 6] |= 1L << h;
    }

    public boolean mightContain(int hash) {
        int h = spread(hash) & mask;
        return (words[h >>> 6] & 1L << h) != 0;
    }

    /** A hash of {@code text.substring(from, to)} without the copy. */
    public static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    /** Mixes the bits of a hash so that similar strings land far apart (Murmur3's finalizer). */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ h >>> 16;
    }
}

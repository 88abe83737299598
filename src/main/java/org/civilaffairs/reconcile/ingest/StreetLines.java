package org.civilaffairs.reconcile.ingest;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The line numbers of one street's rows in a roster file that mostly holds other streets (a
 * district-wide roster, or a street's roster with a few rows of another): kept with the file's
 * streets so that the partition holding the street reads those rows by key instead of scanning
 * the whole file for them. Packed as ascending gaps of 7 bits a byte, at most {@link #MAX_BYTES}.
 */
public final class StreetLines {

    /** The room of {@code roster_file_street.line_numbers}. */
    public static final int MAX_BYTES = 16_000;

    private long[] lines = new long[16];
    private int count;

    /** Adds the next row of the street; lines come in ascending order, as a file is read. */
    public void add(long line) {
        if (count == lines.length) {
            lines = Arrays.copyOf(lines, count * 2);
        }
        lines[count++] = line;
    }

    public int count() {
        return count;
    }

    /**
     * The packed lines when reading them by key pays, that is when the street has at most a quarter
     * of the file's {@code fileRows} and they fit; null when the file is better scanned.
     */
    public byte[] packedFor(long fileRows) {
        if ((long) count * 4 > fileRows) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(count * 2);
        long previous = 0;
        for (int i = 0; i < count; i++) {
            long gap = lines[i] - previous;
            previous = lines[i];
            while (gap >= 0x80) {
                out.write((int) (gap & 0x7F) | 0x80);
                gap >>>= 7;
            }
            out.write((int) gap);
            if (out.size() > MAX_BYTES) {
                return null;
            }
        }
        return out.toByteArray();
    }

    /** The lines of a packed column, ascending. */
    public static long[] unpack(byte[] packed) {
        long[] out = new long[packed.length];
        int n = 0;
        long line = 0;
        int at = 0;
        while (at < packed.length) {
            long gap = 0;
            int shift = 0;
            int b;
            do {
                b = packed[at++] & 0xFF;
                gap |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b >= 0x80);
            line += gap;
            out[n++] = line;
        }
        return Arrays.copyOf(out, n);
    }
}

package org.civilaffairs.reconcile.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes fed in pieces are well-formed UTF-8 (Unicode table 3-7: no overlong form, no
 * surrogate, nothing past U+10FFFF, no sequence cut at the end), as Java's strict decoder decides,
 * without decoding: the scan of a city's reference files spent most of its time making chars it
 * threw away. A sequence is checked whole where it lies inside a piece; one cut by a piece's end is
 * kept aside and checked once the next piece completes it.
 */
final class Utf8Check {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private boolean valid = true;
    /** A sequence cut by the end of the last piece, as far as it has come. */
    private final byte[] cut = new byte[4];
    private int cutLength;

    void update(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        if (cutLength > 0) {
            i = completeCut(bytes, i, end);
        }
        while (valid && i < end) {
            i = pastAscii(bytes, i, end);
            if (i == end) {
                return;
            }
            int n = sequenceLength(bytes[i]);
            if (n == 0) {
                valid = false;
            } else if (i + n > end) {
                cutLength = end - i;
                System.arraycopy(bytes, i, cut, 0, cutLength);
                return;
            } else {
                valid = wellFormed(bytes, i, n);
                i += n;
            }
        }
    }

    /** Adds the piece's first bytes to the cut sequence and checks it once whole; returns where the piece goes on. */
    private int completeCut(byte[] bytes, int i, int end) {
        int n = sequenceLength(cut[0]);
        int missing = Math.min(n - cutLength, end - i);
        System.arraycopy(bytes, i, cut, cutLength, missing);
        cutLength += missing;
        if (cutLength == n) {
            valid = wellFormed(cut, 0, n);
            cutLength = 0;
        }
        return i + missing;
    }

    /**
     * The first byte past the ASCII from {@code i}, found eight bytes at a time: a registry's
     * non-ASCII bytes come in short runs between its fields.
     */
    private static int pastAscii(byte[] bytes, int i, int end) {
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long high = (long) LONGS.get(bytes, i) & HIGH_BITS;
            if (high != 0) {
                return i + (Long.numberOfTrailingZeros(high) >>> 3);
            }
        }
        while (i < end && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    /** How many bytes a sequence starting with {@code first} has; 0 when no sequence starts so. */
    private static int sequenceLength(byte first) {
        int b = first & 0xFF;
        if (b >= 0xC2 && b <= 0xDF) {
            return 2;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        }
        return b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    }

    /** Whether the {@code n} bytes from {@code i} continue their first as they must (the second of E0, ED, F0, F4 is narrower). */
    private static boolean wellFormed(byte[] bytes, int i, int n) {
        int first = bytes[i] & 0xFF;
        int second = bytes[i + 1] & 0xFF;
        int low = first == 0xE0 ? 0xA0 : first == 0xF0 ? 0x90 : 0x80;
        int high = first == 0xED ? 0x9F : first == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high) {
            return false;
        }
        for (int k = 2; k < n; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Some byte so far is not well-formed, wherever the pieces end (a sequence cut by the last piece's end is judged with the next). */
    boolean malformed() {
        return !valid;
    }

    /** Every byte so far is well-formed and no sequence is left open. */
    boolean wellFormed() {
        return valid && cutLength == 0;
    }
}

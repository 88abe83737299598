package org.civilaffairs.reconcile.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes fed in pieces are well-formed UTF-8 (Unicode table 3-7: no overlong form, no
 * surrogate, nothing past U+10FFFF, no sequence cut at the end), as Java's strict decoder decides,
 * without decoding: the scan of a city's reference files spent most of its time making chars it
 * threw away. A sequence may run across two pieces.
 */
final class Utf8Check {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private boolean valid = true;
    /** Continuation bytes still expected by the current sequence. */
    private int pending;
    /** The bounds of the next continuation byte (the second byte of E0, ED, F0, F4 is narrower). */
    private int low = 0x80;
    private int high = 0xBF;

    void update(byte[] bytes, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end && valid; i++) {
            if (pending == 0) {
                i = pastAscii(bytes, i, end);
                if (i == end) {
                    return;
                }
            }
            int b = bytes[i] & 0xFF;
            if (pending > 0) {
                valid = b >= low && b <= high;
                pending--;
                low = 0x80;
                high = 0xBF;
            } else if (b >= 0x80) {
                start(b);
            }
        }
    }

    /** Skips ASCII eight bytes at a time: a third of a registry's bytes are not, in runs between its fields. */
    private static int pastAscii(byte[] bytes, int i, int end) {
        while (i + Long.BYTES <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
            i += Long.BYTES;
        }
        return i;
    }

    private void start(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            valid = false;
        }
    }

    /** Some byte so far is not well-formed, wherever the pieces end. */
    boolean malformed() {
        return !valid;
    }

    /** Every byte so far is well-formed and no sequence is left open. */
    boolean wellFormed() {
        return valid && pending == 0;
    }
}

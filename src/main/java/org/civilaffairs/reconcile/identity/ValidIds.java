package org.civilaffairs.reconcile.identity;

/**
 * An 18-character ID of seventeen digits and a check character (a digit or X) as one number:
 * the digits in base 10, the check character as a last base-11 digit (X is 10). Below 1.1 × 10¹⁸,
 * so it fits a {@code long} and is never negative; equal IDs, equal numbers.
 */
public final class ValidIds {

    private ValidIds() {
    }

    /** The ID as a number, or -1 if it is not seventeen digits and a check character. */
    public static long pack(String id) {
        if (id.length() != 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        char check = id.charAt(17);
        int last = check == 'X' ? 10 : check >= '0' && check <= '9' ? check - '0' : -1;
        return last < 0 ? -1 : value * 11 + last;
    }

    public static String unpack(long packed) {
        return new String(chars(packed));
    }

    /**
     * The ID's characters, for comparing without a string. The seventeen digits are cut into an
     * eight-digit and a nine-digit half that each fit an int: linkage reads back the IDs of a city's
     * rows millions of times, and a division of a long costs several of an int's.
     */
    public static char[] chars(long packed) {
        char[] id = new char[18];
        int last = (int) (packed % 11);
        id[17] = last == 10 ? 'X' : (char) ('0' + last);
        long digits = packed / 11;
        int low = (int) (digits % 1_000_000_000L);
        int high = (int) (digits / 1_000_000_000L);
        for (int i = 16; i >= 8; i--) {
            id[i] = (char) ('0' + low % 10);
            low /= 10;
        }
        for (int i = 7; i >= 0; i--) {
            id[i] = (char) ('0' + high % 10);
            high /= 10;
        }
        return id;
    }
}

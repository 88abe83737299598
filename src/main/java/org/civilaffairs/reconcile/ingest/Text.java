package org.civilaffairs.reconcile.ingest;

/** Value folding of CONTRACT §2: full-width ASCII and the ideographic space become ASCII, then trim. */
public final class Text {

    private Text() {
    }

    public static String fold(String value) {
        if (value == null) {
            return null;
        }
        int i = 0;
        while (i < value.length() && !folds(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return value; // nearly every value: no copy
        }
        StringBuilder out = new StringBuilder(value.length()).append(value, 0, i);
        for (; i < value.length(); i++) {
            out.append(foldChar(value.charAt(i)));
        }
        return out.toString();
    }

    /** Folds, then strips surrounding whitespace; a blank value becomes the empty string. */
    public static String clean(String value) {
        return value == null ? "" : fold(value).strip();
    }

    public static boolean isBlank(String value) {
        return value == null || clean(value).isEmpty();
    }

    /** Whether {@code s[from, to)} is ASCII digits only (full-width digits are folded before this is asked). */
    public static boolean asciiDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!asciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@link #fold} changes {@code c}: full-width ASCII and the ideographic space. */
    public static boolean folds(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000';
    }

    private static char foldChar(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }
}

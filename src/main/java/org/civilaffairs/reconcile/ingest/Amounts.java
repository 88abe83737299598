package org.civilaffairs.reconcile.ingest;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Money as written in rosters (CONTRACT §2): {@code 670}, {@code 1,340.00}, {@code 670元},
 * {@code ￥670}, {@code ¥670}. At most two decimals, never negative, exact.
 */
public final class Amounts {

    /** No payment, income or balance here reaches a trillion yuan; longer figures are typing errors. */
    private static final int MAX_INTEGER_DIGITS = 12;

    private Amounts() {
    }

    /** Empty for an unparseable value; callers treat a blank value as absent before calling. */
    public static Optional<BigDecimal> parse(String text) {
        String s = Text.clean(text);
        if (s.startsWith("￥") || s.startsWith("¥")) {
            s = s.substring(1).strip();
        }
        if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.length() > 32) {
            return Optional.empty();
        }
        if (wellFormed(s)) {
            BigDecimal value = new BigDecimal(s.replace(",", ""));
            return value.precision() - value.scale() <= MAX_INTEGER_DIGITS ? Optional.of(value) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Digits ({@code 1340}) or digits grouped by thousands ({@code 1,340}), then at most two
     * decimals: read by hand, since every roster row has an amount and a matcher for each was a
     * few percent of ingest's samples.
     */
    static boolean wellFormed(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && Text.asciiDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 3 && i < n && s.charAt(i) == ',') {
            return false;
        }
        while (i < n && s.charAt(i) == ',') {
            if (i + 4 > n || !Text.asciiDigits(s, i + 1, i + 4)) {
                return false;
            }
            i += 4;
        }
        if (i == n) {
            return true;
        }
        int decimals = n - i - 1;
        return s.charAt(i) == '.' && (decimals == 1 || decimals == 2) && Text.asciiDigits(s, i + 1, n);
    }
}

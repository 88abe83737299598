package org.civilaffairs.reconcile.ingest;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Money as written in rosters (CONTRACT §2): {@code 670}, {@code 1,340.00}, {@code 670元},
 * {@code ￥670}, {@code ¥670}. At most two decimals, never negative, exact.
 */
public final class Amounts {

    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");

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
        if (PLAIN.matcher(s).matches() || GROUPED.matcher(s).matches()) {
            BigDecimal value = new BigDecimal(s.replace(",", ""));
            return value.precision() - value.scale() <= MAX_INTEGER_DIGITS ? Optional.of(value) : Optional.empty();
        }
        return Optional.empty();
    }
}

package org.civilaffairs.reconcile.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the report prints figures: grouped digits, money with two decimals, ratios as percentages.
 * An indicator without data shows "—"; a month that is not closed stays an empty gap.
 */
public final class Display {

    public static final String NO_DATA = "—";

    private Display() {
    }

    /** An indicator's value or target: a percentage for a ratio, a number otherwise. */
    public static String indicator(BigDecimal value, boolean ratio) {
        return ratio ? rate(value) : value == null ? NO_DATA : format(value, "#,##0.##");
    }

    public static String rate(BigDecimal value) {
        return value == null ? NO_DATA : format(value, "0.00%");
    }

    public static String money(BigDecimal value) {
        return value == null ? "" : format(value, "#,##0.00");
    }

    public static String count(Integer value) {
        return value == null ? "" : format(BigDecimal.valueOf(value), "#,##0");
    }

    private static String format(BigDecimal value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}

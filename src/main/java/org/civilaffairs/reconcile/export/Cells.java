package org.civilaffairs.reconcile.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Cell formatting shared by every export format. */
public final class Cells {

    private Cells() {
    }

    /** What a spreadsheet may run as a formula when a cell starts with it (OWASP's CSV injection list). */
    public static final String FORMULA_STARTS = "=+-@\t\r";

    /** A text cell that a spreadsheet would run as a formula is neutralised with a leading apostrophe. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    public static String money(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public static String count(Number value) {
        return value == null ? "" : String.valueOf(value.longValue());
    }

    /** Integers as integers, other values with at most 12 decimals (CONTRACT §13.12). */
    public static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(12, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}

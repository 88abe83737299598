package org.civilaffairs.reconcile.indicators;

import java.math.BigDecimal;
import java.util.Set;

/** One performance indicator (绩效指标) of a year: value to date, target, completion rate (null = empty). */
public record IndicatorValue(int year, String code, BigDecimal value, BigDecimal target, BigDecimal completionRate) {

    private static final Set<String> RATIOS = Set.of("BASIC_PAYMENT_ACCURACY", "FLAGGED_EXIT_RATE");

    /** Whether the indicator's value and target are ratios (shown as percentages) rather than counts. */
    public static boolean ratio(String code) {
        return RATIOS.contains(code);
    }
}

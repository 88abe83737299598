package org.civilaffairs.reconcile.indicators;

import java.math.BigDecimal;

/** One performance indicator (绩效指标) of a year: value to date, target, completion rate (null = empty). */
public record IndicatorValue(int year, String code, BigDecimal value, BigDecimal target, BigDecimal completionRate) {
}

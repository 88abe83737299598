package org.civilaffairs.reconcile.report;

import org.civilaffairs.reconcile.indicators.IndicatorValue;
import org.civilaffairs.reconcile.labels.Labels;

/**
 * How the self-check table (绩效自评表) names an indicator of CONTRACT §10 (its label from
 * {@link Labels}), and whether its value and target are ratios (shown as percentages) or counts.
 */
public record IndicatorLabel(String name, boolean ratio) {

    /** A code without a label (a target the policy sets for a later indicator) is shown as written. */
    public static IndicatorLabel of(String code) {
        return new IndicatorLabel(Labels.indicator(code), IndicatorValue.ratio(code));
    }
}

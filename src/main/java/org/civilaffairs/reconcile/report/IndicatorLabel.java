package org.civilaffairs.reconcile.report;

import java.util.Map;

/**
 * How the self-check table (绩效自评表) names an indicator of CONTRACT §10, and whether its value
 * and target are ratios (shown as percentages) or counts.
 */
public record IndicatorLabel(String name, boolean ratio) {

    private static final Map<String, IndicatorLabel> KNOWN = Map.of(
            "TEMP_RELIEF_EVENTS", new IndicatorLabel("临时救助户次", false),
            "VERIFICATION_REPORTS", new IndicatorLabel("核对报告份数", false),
            "BASIC_PAYMENT_ACCURACY", new IndicatorLabel("低保发放准确率", true),
            "BASIC_NEW_HOUSEHOLDS", new IndicatorLabel("新增低保户", false),
            "BASIC_EXITED_HOUSEHOLDS", new IndicatorLabel("退出低保户", false),
            "FLAGGED_EXIT_RATE", new IndicatorLabel("应退尽退率", true));

    /** A code the table does not know (a target the policy sets for a later indicator) is shown as written. */
    public static IndicatorLabel of(String code) {
        return KNOWN.getOrDefault(code, new IndicatorLabel(code, false));
    }
}

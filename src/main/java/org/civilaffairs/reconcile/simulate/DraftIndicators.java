package org.civilaffairs.reconcile.simulate;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civilaffairs.reconcile.aggregate.AggregateRow;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.indicators.IndicatorCalculator;
import org.civilaffairs.reconcile.indicators.IndicatorValue;
import org.civilaffairs.reconcile.indicators.ProgramHead;

/**
 * A year's indicators as they would be under a draft policy. A policy changes flags only, so of
 * the district aggregates only the flagged amounts move; households, amounts, verification and
 * new/exited stay as closed. The indicators are then those of CONTRACT §10, computed as a close does.
 */
final class DraftIndicators {

    private DraftIndicators() {
    }

    /**
     * @param district  the year's stored 全区 rows
     * @param simulated every simulated month of the year with its households under the draft
     * @param nextHeads for each simulated month whose next month is in the inbox, the heads of that next month's BASIC households
     */
    static List<IndicatorValue> compute(int year, Map<String, BigDecimal> targets, List<AggregateRow> district,
                                        Map<YearMonth, List<HouseholdOutcome>> simulated, Map<YearMonth, Set<ProgramHead>> nextHeads) {
        Map<MonthProgram, BigDecimal> flaggedAmount = new HashMap<>();
        IndicatorCalculator.FlaggedExits flagged = IndicatorCalculator.FlaggedExits.NONE;
        for (Map.Entry<YearMonth, List<HouseholdOutcome>> month : simulated.entrySet()) {
            Set<ProgramHead> heads = nextHeads.get(month.getKey());
            for (HouseholdOutcome h : month.getValue()) {
                if (!h.after().isEmpty()) {
                    flaggedAmount.merge(new MonthProgram(month.getKey().toString(), h.program().name()), h.amount(), BigDecimal::add);
                }
                if (heads != null && h.program().isBasic() && h.after().keySet().stream().anyMatch(f -> f != Flag.ID_UNRESOLVED)) {
                    flagged = flagged.plus(!heads.contains(new ProgramHead(h.program(), h.headKey())));
                }
            }
        }
        List<AggregateRow> draft = district.stream().map(r -> simulated.containsKey(YearMonth.parse(r.month()))
                ? withFlaggedAmount(r, flaggedAmount.getOrDefault(new MonthProgram(r.month(), r.program()), BigDecimal.ZERO)) : r).toList();
        return IndicatorCalculator.compute(year, targets, draft, flagged);
    }

    /** A district row's month and program code, as the aggregates spell them. */
    private record MonthProgram(String month, String program) {
    }

    private static AggregateRow withFlaggedAmount(AggregateRow r, BigDecimal flaggedAmount) {
        return new AggregateRow(r.month(), r.street(), r.program(), r.households(), r.persons(), r.amount(), r.newHouseholds(),
                r.exitedHouseholds(), r.verifiedHouseholds(), r.flaggedHouseholds(), flaggedAmount, r.rejectedRows(), r.flagCounts());
    }
}

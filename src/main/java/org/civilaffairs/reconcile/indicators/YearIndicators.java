package org.civilaffairs.reconcile.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civilaffairs.reconcile.policy.Policy;
import org.springframework.stereotype.Service;

/** Recomputes the indicators of every year that has months in the inbox. */
@Service
public class YearIndicators {

    private final IndicatorStore store;

    public YearIndicators(IndicatorStore store) {
        this.store = store;
    }

    public void recompute(Policy policy) {
        List<YearMonth> months = store.months();
        Set<Integer> years = new TreeSet<>();
        months.forEach(m -> years.add(m.getYear()));
        for (int year : years) {
            Map<String, BigDecimal> targets = policy.targets().getOrDefault(year, Map.of());
            IndicatorCalculator.FlaggedExits flagged = IndicatorCalculator.FlaggedExits.NONE;
            for (YearMonth m : months) {
                if (m.getYear() == year && months.contains(m.plusMonths(1))) {
                    flagged = flagged.plus(store.flaggedExits(m));
                }
            }
            store.replace(year, IndicatorCalculator.compute(year, targets, store.districtRows(year), flagged));
        }
    }
}

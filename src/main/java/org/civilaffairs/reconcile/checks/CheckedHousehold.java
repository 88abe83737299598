package org.civilaffairs.reconcile.checks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.civilaffairs.reconcile.policy.Program;

/**
 * What a rule sees of a household in month M: its program, head, distinct members (sorted by key)
 * and declared income, with the month's first day (the date every rule judges at).
 */
public record CheckedHousehold(YearMonth month, String street, Program program, String householdId, String headKey,
                               List<String> members, BigDecimal amount, BigDecimal declaredIncome) {

    /**
     * The members distinct and sorted once, in an array: every rule walks them in key order, a city's
     * month nine times for each of its households.
     */
    public CheckedHousehold {
        members = sortedDistinct(members);
    }

    private static List<String> sortedDistinct(List<String> keys) {
        String[] sorted = keys.toArray(String[]::new);
        Arrays.sort(sorted);
        int distinct = 0;
        for (String key : sorted) {
            if (distinct == 0 || !sorted[distinct - 1].equals(key)) {
                sorted[distinct++] = key;
            }
        }
        return List.of(Arrays.copyOf(sorted, distinct));
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    /** Household size n: the number of distinct persons. */
    public int size() {
        return members.size();
    }
}

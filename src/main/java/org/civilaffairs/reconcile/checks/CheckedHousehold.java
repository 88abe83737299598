package org.civilaffairs.reconcile.checks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.civilaffairs.reconcile.policy.Program;

/**
 * What a rule sees of a household in month M: its program, head, distinct members and declared
 * income, with the month's first day (the date every rule judges at).
 */
public record CheckedHousehold(YearMonth month, String street, Program program, String householdId, String headKey,
                               Set<String> memberKeys, BigDecimal amount, BigDecimal declaredIncome) {

    /** The members kept sorted: every rule walks them in key order, a city's month nine times a household. */
    public CheckedHousehold {
        memberKeys = Collections.unmodifiableSortedSet(new TreeSet<>(memberKeys));
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    /** Household size n: the number of distinct persons. */
    public int size() {
        return memberKeys.size();
    }

    public List<String> members() {
        return List.copyOf(memberKeys);
    }
}

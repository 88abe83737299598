package org.civilaffairs.reconcile.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One street's figures for the twelve months of a year, summed over its programs: households and
 * amount paid. A month that is not closed is null (a gap), never zero.
 */
public record StreetMonths(String street, List<Integer> households, List<BigDecimal> amounts) {

    public Integer households(int month) {
        return households.get(month - 1);
    }

    public BigDecimal amount(int month) {
        return amounts.get(month - 1);
    }

    /** Household-months (户次) over the closed months. */
    public int householdTotal() {
        return households.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    public BigDecimal amountTotal() {
        return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

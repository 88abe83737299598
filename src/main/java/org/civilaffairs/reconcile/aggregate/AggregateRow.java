package org.civilaffairs.reconcile.aggregate;

import java.math.BigDecimal;
import java.util.Map;
import org.civilaffairs.reconcile.checks.Flag;

/** One row of the analyst's table (CONTRACT §9); {@code newHouseholds}/{@code exitedHouseholds} are null when M−1 has no rosters. */
public record AggregateRow(String month, String street, String program, int households, int persons, BigDecimal amount,
                           Integer newHouseholds, Integer exitedHouseholds, int verifiedHouseholds, int flaggedHouseholds,
                           BigDecimal flaggedAmount, int rejectedRows, Map<Flag, Integer> flagCounts) {

    public static final String DISTRICT = "全区";
}

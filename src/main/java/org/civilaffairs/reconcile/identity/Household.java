package org.civilaffairs.reconcile.identity;

import java.math.BigDecimal;
import java.util.List;

/**
 * A household of a month (户): the rows loaded for (street, program, household_id), its head, its
 * amount and declared income (from the first head row) and its distinct persons.
 */
public record Household(String street, String program, String householdId, long fileId, String headKey,
                        BigDecimal amount, BigDecimal declaredIncome, List<String> memberKeys) {

    public int persons() {
        return memberKeys.size();
    }

    /** The household's identity within a month, as one string: street, program and household ID. */
    public static String key(String street, String program, String householdId) {
        return street + '\u0000' + program + '\u0000' + householdId;
    }
}

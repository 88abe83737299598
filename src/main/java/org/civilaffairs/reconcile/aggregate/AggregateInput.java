package org.civilaffairs.reconcile.aggregate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.civilaffairs.reconcile.checks.Flag;

/** What the aggregate of a month is computed from. */
public final class AggregateInput {

    /** A checked household of the month. */
    public record HouseholdFacts(String street, String program, String householdId, String headKey, BigDecimal amount,
                                 boolean verified, Set<Flag> flags) {
    }

    /** A household of the previous month: only its scope and head matter. */
    public record PreviousHousehold(String street, String program, String headKey) {
    }

    /** A loaded person of the month, for distinct-person counts. */
    public record Member(String street, String program, String personKey) {
    }

    /** A counted reject: a rejected row that named a recognised street and program. */
    public record Reject(String street, String program) {
    }

    /**
     * @param previous the households of calendar month M−1, or null when M−1 has no rosters
     */
    public record Month(String month, List<HouseholdFacts> households, List<Member> members, List<Reject> rejects,
                        List<PreviousHousehold> previous) {
    }

    private AggregateInput() {
    }
}

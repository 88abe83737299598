package org.civilaffairs.reconcile.simulate;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civilaffairs.reconcile.aggregate.AggregateRow;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.policy.Program;

/**
 * What the draft changes for one (month, street, program), or for the district (street 全区):
 * households and amount, flagged households and flagged amount before and after, and per flag code
 * the households it newly flags and those it clears.
 */
public record ProgramSummary(YearMonth month, String street, Program program, int households, BigDecimal amount,
                             int flaggedBefore, int flaggedAfter, BigDecimal flaggedAmountBefore, BigDecimal flaggedAmountAfter,
                             Map<Flag, Integer> newlyFlagged, Map<Flag, Integer> cleared) {

    public boolean changed() {
        return !newlyFlagged.isEmpty() || !cleared.isEmpty();
    }

    /** One row per (month, street, program) and per (month, program) for 全区, sorted by code point as the aggregates are. */
    public static List<ProgramSummary> of(List<HouseholdOutcome> outcomes) {
        Map<List<String>, Builder> rows = new TreeMap<>(ProgramSummary::compare);
        for (HouseholdOutcome h : outcomes) {
            for (String street : List.of(h.street(), AggregateRow.DISTRICT)) {
                rows.computeIfAbsent(List.of(h.month().toString(), street, h.program().name()),
                        k -> new Builder(h.month(), street, h.program())).add(h);
            }
        }
        List<ProgramSummary> out = new ArrayList<>();
        rows.values().forEach(b -> out.add(b.build()));
        return out;
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static final class Builder {
        final YearMonth month;
        final String street;
        final Program program;
        int households;
        int flaggedBefore;
        int flaggedAfter;
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal flaggedAmountBefore = BigDecimal.ZERO;
        BigDecimal flaggedAmountAfter = BigDecimal.ZERO;
        final Map<Flag, Integer> newlyFlagged = new EnumMap<>(Flag.class);
        final Map<Flag, Integer> cleared = new EnumMap<>(Flag.class);

        Builder(YearMonth month, String street, Program program) {
            this.month = month;
            this.street = street;
            this.program = program;
        }

        void add(HouseholdOutcome h) {
            households++;
            amount = amount.add(h.amount());
            if (!h.before().isEmpty()) {
                flaggedBefore++;
                flaggedAmountBefore = flaggedAmountBefore.add(h.amount());
            }
            if (!h.after().isEmpty()) {
                flaggedAfter++;
                flaggedAmountAfter = flaggedAmountAfter.add(h.amount());
            }
            h.raised().forEach(f -> newlyFlagged.merge(f, 1, Integer::sum));
            h.dropped().forEach(f -> cleared.merge(f, 1, Integer::sum));
        }

        ProgramSummary build() {
            return new ProgramSummary(month, street, program, households, amount, flaggedBefore, flaggedAfter,
                    flaggedAmountBefore, flaggedAmountAfter, newlyFlagged, cleared);
        }
    }
}

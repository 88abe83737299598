package org.civilaffairs.reconcile.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civilaffairs.reconcile.aggregate.AggregateInput.HouseholdFacts;
import org.civilaffairs.reconcile.aggregate.AggregateInput.PreviousHousehold;
import org.civilaffairs.reconcile.checks.Flag;

/**
 * The monthly aggregate of CONTRACT §9 and §13.6-7: one row per (street, program) that has a loaded
 * household, a counted reject or a household in M−1, plus a 全区 roll-up per program, sorted by code point.
 */
public final class AggregateCalculator {

    private AggregateCalculator() {
    }

    public static List<AggregateRow> compute(AggregateInput.Month in) {
        return compute(in, true);
    }

    /** The street rows alone: what a partition writes, its streets' 全区 share being summed across partitions later. */
    public static List<AggregateRow> streetRows(AggregateInput.Month in) {
        return compute(in, false);
    }

    private static List<AggregateRow> compute(AggregateInput.Month in, boolean district) {
        Set<List<String>> pairs = new TreeSet<>(AggregateCalculator::compareLists);
        in.households().forEach(h -> pairs.add(List.of(h.street(), h.program())));
        in.rejects().forEach(r -> pairs.add(List.of(r.street(), r.program())));
        if (in.previous() != null) {
            in.previous().forEach(p -> pairs.add(List.of(p.street(), p.program())));
        }
        Split split = new Split(in);
        List<AggregateRow> out = new ArrayList<>();
        if (district) {
            Set<String> programs = new TreeSet<>();
            pairs.forEach(pair -> programs.add(pair.get(1)));
            programs.forEach(program -> out.add(row(in.month(), split, AggregateRow.DISTRICT, program, null)));
        }
        for (List<String> pair : pairs) {
            out.add(row(in.month(), split, pair.get(0), pair.get(1), pair.get(0)));
        }
        out.sort((a, b) -> a.street().equals(b.street()) ? a.program().compareTo(b.program()) : a.street().compareTo(b.street()));
        return out;
    }

    /** @param street the street scope, or null for the district */
    private static AggregateRow row(String month, Split in, String label, String program, String street) {
        List<HouseholdFacts> households = in.households.of(program, street);
        Set<String> persons = new HashSet<>();
        in.members.of(program, street).forEach(m -> persons.add(m.personKey()));
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal flaggedAmount = BigDecimal.ZERO;
        int verified = 0;
        int flagged = 0;
        Map<Flag, Integer> flagCounts = new EnumMap<>(Flag.class);
        for (Flag f : Flag.values()) {
            flagCounts.put(f, 0);
        }
        for (HouseholdFacts h : households) {
            amount = amount.add(h.amount());
            verified += h.verified() ? 1 : 0;
            if (!h.flags().isEmpty()) {
                flagged++;
                flaggedAmount = flaggedAmount.add(h.amount());
                h.flags().forEach(f -> flagCounts.merge(f, 1, Integer::sum));
            }
        }
        int rejected = in.rejects.of(program, street).size();
        Integer added = null;
        Integer exited = null;
        if (in.previous != null) {
            List<PreviousHousehold> before = in.previous.of(program, street);
            Set<String> headsBefore = new HashSet<>();
            before.forEach(p -> headsBefore.add(p.headKey()));
            Set<String> headsNow = new HashSet<>();
            households.forEach(h -> headsNow.add(h.headKey()));
            added = (int) households.stream().filter(h -> !headsBefore.contains(h.headKey())).count();
            exited = (int) before.stream().filter(p -> !headsNow.contains(p.headKey())).count();
        }
        return new AggregateRow(month, label, program, households.size(), persons.size(), amount, added, exited,
                verified, flagged, flaggedAmount, rejected, flagCounts);
    }

    /** The month's input split by scope. */
    private static final class Split {
        final Scopes<HouseholdFacts> households;
        final Scopes<AggregateInput.Member> members;
        final Scopes<AggregateInput.Reject> rejects;
        final Scopes<PreviousHousehold> previous;

        Split(AggregateInput.Month in) {
            households = new Scopes<>(in.households(), HouseholdFacts::program, HouseholdFacts::street);
            members = new Scopes<>(in.members(), AggregateInput.Member::program, AggregateInput.Member::street);
            rejects = new Scopes<>(in.rejects(), AggregateInput.Reject::program, AggregateInput.Reject::street);
            previous = in.previous() == null ? null
                    : new Scopes<>(in.previous(), PreviousHousehold::program, PreviousHousehold::street);
        }
    }

    private static int compareLists(List<String> a, List<String> b) {
        int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    }
}

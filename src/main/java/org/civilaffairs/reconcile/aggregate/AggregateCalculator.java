package org.civilaffairs.reconcile.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
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
        Set<List<String>> pairs = new TreeSet<>(AggregateCalculator::compareLists);
        in.households().forEach(h -> pairs.add(List.of(h.street(), h.program())));
        in.rejects().forEach(r -> pairs.add(List.of(r.street(), r.program())));
        if (in.previous() != null) {
            in.previous().forEach(p -> pairs.add(List.of(p.street(), p.program())));
        }
        Set<String> programs = new TreeSet<>();
        List<AggregateRow> out = new ArrayList<>();
        for (List<String> pair : pairs) {
            programs.add(pair.get(1));
        }
        for (String program : programs) {
            out.add(row(in, AggregateRow.DISTRICT, program, null));
        }
        for (List<String> pair : pairs) {
            out.add(row(in, pair.get(0), pair.get(1), pair.get(0)));
        }
        out.sort((a, b) -> a.street().equals(b.street()) ? a.program().compareTo(b.program()) : a.street().compareTo(b.street()));
        return out;
    }

    /** @param street the street scope, or null for the district */
    private static AggregateRow row(AggregateInput.Month in, String label, String program, String street) {
        Predicate<String> inScope = s -> street == null || street.equals(s);
        List<HouseholdFacts> households = in.households().stream()
                .filter(h -> h.program().equals(program) && inScope.test(h.street())).toList();
        Set<String> persons = new HashSet<>();
        in.members().stream().filter(m -> m.program().equals(program) && inScope.test(m.street()))
                .forEach(m -> persons.add(m.personKey()));
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
        int rejected = (int) in.rejects().stream().filter(r -> r.program().equals(program) && inScope.test(r.street())).count();
        Integer added = null;
        Integer exited = null;
        if (in.previous() != null) {
            List<PreviousHousehold> before = in.previous().stream()
                    .filter(p -> p.program().equals(program) && inScope.test(p.street())).toList();
            Set<String> headsBefore = new HashSet<>();
            before.forEach(p -> headsBefore.add(p.headKey()));
            Set<String> headsNow = new HashSet<>();
            households.forEach(h -> headsNow.add(h.headKey()));
            added = (int) households.stream().filter(h -> !headsBefore.contains(h.headKey())).count();
            exited = (int) before.stream().filter(p -> !headsNow.contains(p.headKey())).count();
        }
        return new AggregateRow(in.month(), label, program, households.size(), persons.size(), amount, added, exited,
                verified, flagged, flaggedAmount, rejected, flagCounts);
    }

    private static int compareLists(List<String> a, List<String> b) {
        int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    }
}

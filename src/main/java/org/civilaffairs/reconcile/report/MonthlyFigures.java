package org.civilaffairs.reconcile.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.civilaffairs.reconcile.aggregate.AggregateRow;

/**
 * The monthly figures of a year per street (or per program) from the aggregate table: a count of
 * households and an amount, the district (全区) first, then the streets by code point. In a closed
 * month a street without a row had nothing: zero.
 *
 * @param closed the closed months of the year, ascending
 */
public record MonthlyFigures(int year, List<YearMonth> closed, List<StreetMonths> streets) {

    /** A street's totals over its programs in one month, as the aggregate table holds them. */
    public record Total(YearMonth month, String street, int households, BigDecimal amount) {
    }

    public static MonthlyFigures of(int year, List<YearMonth> closed, List<Total> totals) {
        return of(year, closed, totals, List.of());
    }

    /**
     * Figures whose rows are named in {@code order} come in that order (after 全区); the others follow
     * by code point. The report orders its programs so, as {@code Labels} lists them.
     */
    public static MonthlyFigures of(int year, List<YearMonth> closed, List<Total> totals, List<String> order) {
        Map<String, List<Total>> byStreet = new TreeMap<>(Comparator.<String>comparingInt(
                s -> order.contains(s) ? order.indexOf(s) : order.size()).thenComparing(Comparator.naturalOrder()));
        totals.forEach(t -> byStreet.computeIfAbsent(t.street(), s -> new ArrayList<>()).add(t));
        List<StreetMonths> streets = new ArrayList<>();
        List<Total> district = byStreet.remove(AggregateRow.DISTRICT);
        if (district != null) {
            streets.add(street(AggregateRow.DISTRICT, closed, district));
        }
        byStreet.forEach((street, rows) -> streets.add(street(street, closed, rows)));
        return new MonthlyFigures(year, closed, streets);
    }

    /** The months the tables show: from the first closed month through the latest (gaps between stay empty). */
    public List<Integer> span() {
        return IntStream.rangeClosed(closed.get(0).getMonthValue(), latest().getMonthValue()).boxed().toList();
    }

    /** The latest closed month, through which the indicators run. */
    public YearMonth latest() {
        return closed.get(closed.size() - 1);
    }

    private static StreetMonths street(String street, List<YearMonth> closed, List<Total> rows) {
        List<Integer> households = new ArrayList<>(Collections.nCopies(12, null));
        List<BigDecimal> amounts = new ArrayList<>(Collections.nCopies(12, null));
        for (YearMonth m : closed) {
            households.set(m.getMonthValue() - 1, 0);
            amounts.set(m.getMonthValue() - 1, BigDecimal.ZERO);
        }
        for (Total t : rows) {
            if (closed.contains(t.month())) {
                households.set(t.month().getMonthValue() - 1, t.households());
                amounts.set(t.month().getMonthValue() - 1, t.amount());
            }
        }
        return new StreetMonths(street, households, amounts);
    }
}

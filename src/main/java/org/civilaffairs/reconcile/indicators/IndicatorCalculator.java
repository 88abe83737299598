package org.civilaffairs.reconcile.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.aggregate.AggregateRow;
import org.civilaffairs.reconcile.policy.Program;

/**
 * The indicators of CONTRACT §10 and §13.12 from the district aggregate rows and the flagged
 * BASIC households; one value per code the policy sets a target for.
 */
public final class IndicatorCalculator {

    /** The codes of the BASIC programs (低保 and 特困), whose payments 发放准确率 judges. */
    static final Set<String> BASIC = Stream.of(Program.values()).filter(Program::isBasic).map(Program::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> DIBAO = Set.of(Program.URBAN_DIBAO.name(), Program.RURAL_DIBAO.name());

    /**
     * BASIC households flagged (for more than ID_UNRESOLVED) in months whose next month is in the
     * inbox, and how many of them the month after have a head who heads none of the program: the two
     * counts of 应退尽退率.
     */
    public record FlaggedExits(long flagged, long exited) {

        public static final FlaggedExits NONE = new FlaggedExits(0, 0);

        public FlaggedExits plus(FlaggedExits other) {
            return new FlaggedExits(flagged + other.flagged, exited + other.exited);
        }

        /** These and one more flagged household, which exited or not. */
        public FlaggedExits plus(boolean exitedNextMonth) {
            return new FlaggedExits(flagged + 1, exited + (exitedNextMonth ? 1 : 0));
        }
    }

    private IndicatorCalculator() {
    }

    /**
     * @param district the 全区 rows of every month of the year
     * @param flagged  the year's flagged exits, over the months whose next month is in the inbox
     */
    public static List<IndicatorValue> compute(int year, Map<String, BigDecimal> targets, List<AggregateRow> district,
                                               FlaggedExits flagged) {
        List<IndicatorValue> out = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> target : targets.entrySet()) {
            BigDecimal value = value(target.getKey(), district, flagged);
            BigDecimal rate = value == null || target.getValue().signum() == 0 ? null : divide(value, target.getValue());
            out.add(new IndicatorValue(year, target.getKey(), value, target.getValue(), rate));
        }
        return out;
    }

    static BigDecimal value(String code, List<AggregateRow> district, FlaggedExits flagged) {
        return switch (code) {
            case "TEMP_RELIEF_EVENTS" -> sum(district, r -> r.program().equals("TEMP_RELIEF"), r -> r.households());
            case "VERIFICATION_REPORTS" -> sum(district, r -> true, r -> r.verifiedHouseholds());
            case "BASIC_PAYMENT_ACCURACY" -> accuracy(district);
            case "BASIC_NEW_HOUSEHOLDS" -> sumOfKnown(district, r -> DIBAO.contains(r.program()), AggregateRow::newHouseholds);
            case "BASIC_EXITED_HOUSEHOLDS" -> sumOfKnown(district, r -> DIBAO.contains(r.program()), AggregateRow::exitedHouseholds);
            case "FLAGGED_EXIT_RATE" -> flagged.flagged() == 0 ? null
                    : divide(BigDecimal.valueOf(flagged.exited()), BigDecimal.valueOf(flagged.flagged()));
            default -> null;
        };
    }

    private static BigDecimal accuracy(List<AggregateRow> district) {
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal flagged = BigDecimal.ZERO;
        for (AggregateRow r : district) {
            if (BASIC.contains(r.program())) {
                amount = amount.add(r.amount());
                flagged = flagged.add(r.flaggedAmount());
            }
        }
        return amount.signum() == 0 ? null : BigDecimal.ONE.subtract(divide(flagged, amount));
    }

    /** A count summed over the selected rows: 0 when no row is selected. */
    private static BigDecimal sum(List<AggregateRow> rows, Predicate<AggregateRow> which, Function<AggregateRow, Integer> field) {
        BigDecimal total = sumOfKnown(rows, which, field);
        return total == null ? BigDecimal.ZERO : total;
    }

    /**
     * A count that may be unknown (new/exited households have no value when M−1 has no rosters),
     * summed over its known cells: null, "no data", when no selected cell is known (CONTRACT §10).
     */
    private static BigDecimal sumOfKnown(List<AggregateRow> rows, Predicate<AggregateRow> which,
                                         Function<AggregateRow, Integer> field) {
        Long total = null;
        for (AggregateRow r : rows) {
            Integer v = which.test(r) ? field.apply(r) : null;
            if (v != null) {
                total = (total == null ? 0 : total) + v;
            }
        }
        return total == null ? null : BigDecimal.valueOf(total);
    }

    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, MathContext.DECIMAL128);
    }
}

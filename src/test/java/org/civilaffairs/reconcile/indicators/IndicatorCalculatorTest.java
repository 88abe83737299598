package org.civilaffairs.reconcile.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.aggregate.AggregateRow;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.indicators.IndicatorCalculator.FlaggedExits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The indicators of CONTRACT §10 and §13.12 from 全区 rows written as
 * {@code program:households:amount:new:exited:verified:flagged_amount} (a blank new/exited is an
 * empty cell, M−1 without rosters) separated by {@code ;}, and flagged household-months as
 * {@code exited,stayed}.
 */
class IndicatorCalculatorTest {

    private static final String TWO_MONTHS = "URBAN_DIBAO:10:6700:::10:670;RURAL_DIBAO:4:2000:::4:0;TEMP_RELIEF:3:900::::0;"
            + "URBAN_DIBAO:11:7370:2:1:11:0;RURAL_DIBAO:5:2500:1:0:5:500;TEKUN:2:1340:0:0:2:0;TEMP_RELIEF:4:1200::::0";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "EMPTY", value = {
            // code | rows | flagged (exited,stayed) | value
            "TEMP_RELIEF_EVENTS|" + TWO_MONTHS + "|0,0|7",
            "VERIFICATION_REPORTS|" + TWO_MONTHS + "|0,0|32",
            "BASIC_PAYMENT_ACCURACY|" + TWO_MONTHS + "|0,0|0.94123556002009040683",
            "BASIC_PAYMENT_ACCURACY|TEMP_RELIEF:3:900::::0|0,0|EMPTY",
            "BASIC_NEW_HOUSEHOLDS|" + TWO_MONTHS + "|0,0|3",
            "BASIC_EXITED_HOUSEHOLDS|" + TWO_MONTHS + "|0,0|1",
            "BASIC_NEW_HOUSEHOLDS|URBAN_DIBAO:10:6700:::10:0;RURAL_DIBAO:4:2000:::4:0|0,0|EMPTY",
            "BASIC_EXITED_HOUSEHOLDS|URBAN_DIBAO:10:6700:::10:0;RURAL_DIBAO:4:2000:::4:0|0,0|EMPTY",
            "BASIC_NEW_HOUSEHOLDS|URBAN_DIBAO:10:6700:0:0:10:0|0,0|0",
            "BASIC_NEW_HOUSEHOLDS|TEKUN:2:1340:5:5:2:0;URBAN_DIBAO:1:670:1::1:0|0,0|1",
            "FLAGGED_EXIT_RATE|" + TWO_MONTHS + "|1,3|0.25",
            "FLAGGED_EXIT_RATE|" + TWO_MONTHS + "|0,0|EMPTY"})
    void valueOfEachCode(String code, String rows, String flagged, BigDecimal value) {
        BigDecimal actual = IndicatorCalculator.value(code, district(rows), flagged(flagged));
        if (value == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isCloseTo(value, within(new BigDecimal("1e-12")));
        }
    }

    @ParameterizedTest(name = "target {1} for {0}")
    @CsvSource(delimiter = '|', nullValues = "EMPTY", value = {
            "TEMP_RELIEF_EVENTS|14|0.5", "TEMP_RELIEF_EVENTS|0|EMPTY", "BASIC_NEW_HOUSEHOLDS|6|0.5", "UNKNOWN_CODE|5|EMPTY"})
    void completionRateIsValueOverTarget(String code, BigDecimal target, BigDecimal rate) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        targets.put(code, target);
        List<IndicatorValue> values = IndicatorCalculator.compute(2017, targets, district(TWO_MONTHS), flagged("0,0"));
        assertThat(values).singleElement().satisfies(v -> {
            assertThat(v.year()).isEqualTo(2017);
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.target()).isEqualByComparingTo(target);
            if (rate == null) {
                assertThat(v.completionRate()).isNull();
            } else {
                assertThat(v.completionRate()).isEqualByComparingTo(rate);
            }
        });
    }

    private static List<AggregateRow> district(String rows) {
        List<AggregateRow> out = new ArrayList<>();
        for (String row : rows.split(";")) {
            String[] c = row.split(":", -1);
            out.add(new AggregateRow("2017-05", AggregateRow.DISTRICT, c[0], Integer.parseInt(c[1]), Integer.parseInt(c[1]),
                    new BigDecimal(c[2]), count(c[3]), count(c[4]), c[5].isEmpty() ? 0 : Integer.parseInt(c[5]), 0,
                    new BigDecimal(c[6]), 0, new EnumMap<>(Flag.class)));
        }
        return out;
    }

    private static Integer count(String cell) {
        return cell.isEmpty() ? null : Integer.valueOf(cell);
    }

    private static FlaggedExits flagged(String exitedStayed) {
        String[] n = exitedStayed.split(",");
        long exited = Long.parseLong(n[0]);
        return new FlaggedExits(exited + Long.parseLong(n[1]), exited);
    }
}

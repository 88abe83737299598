package org.civilaffairs.reconcile.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyFiguresTest {

    private static final YearMonth APRIL = YearMonth.of(2017, 4);
    private static final YearMonth JUNE = YearMonth.of(2017, 6);

    @Test
    void closedMonthsWithoutRowsAreZeroAndOtherMonthsAreGaps() {
        MonthlyFigures figures = MonthlyFigures.of(2017, List.of(APRIL, JUNE), List.of(
                new MonthlyFigures.Total(APRIL, "宝丰街", 3, new BigDecimal("1800.00")),
                new MonthlyFigures.Total(APRIL, "全区", 5, new BigDecimal("2400.00")),
                new MonthlyFigures.Total(APRIL, "古田街", 2, new BigDecimal("600.00")),
                new MonthlyFigures.Total(JUNE, "古田街", 4, new BigDecimal("1340.00")),
                new MonthlyFigures.Total(JUNE, "全区", 4, new BigDecimal("1340.00"))));

        assertThat(figures.streets()).extracting(StreetMonths::street).containsExactly("全区", "古田街", "宝丰街");
        StreetMonths baofeng = figures.streets().get(2);
        assertThat(baofeng.households()).isEqualTo(Arrays.asList(null, null, null, 3, null, 0, null, null, null, null, null, null));
        assertThat(baofeng.amount(6)).isZero();
        assertThat(baofeng.amount(5)).isNull();
        assertThat(figures.streets().get(1).householdTotal()).isEqualTo(6);
        assertThat(figures.streets().get(1).amountTotal()).isEqualByComparingTo("1940.00");
        assertThat(figures.span()).containsExactly(4, 5, 6);
        assertThat(figures.latest()).isEqualTo(JUNE);
    }

    @Test
    void rowsOfMonthsThatAreNotClosedAreLeftOut() {
        MonthlyFigures figures = MonthlyFigures.of(2017, List.of(APRIL), List.of(
                new MonthlyFigures.Total(JUNE, "古田街", 4, new BigDecimal("1340.00"))));
        assertThat(figures.streets().get(0).households(6)).isNull();
        assertThat(figures.streets().get(0).households(4)).isZero();
    }
}

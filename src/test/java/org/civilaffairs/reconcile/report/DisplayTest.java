package org.civilaffairs.reconcile.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void indicatorsShowCountsGroupedRatiosAsPercentagesAndNoDataAsADash() {
        assertThat(Display.indicator(new BigDecimal("20000"), false)).isEqualTo("20,000");
        assertThat(Display.indicator(new BigDecimal("0.817820901355"), true)).isEqualTo("81.78%");
        assertThat(Display.indicator(BigDecimal.ONE, true)).isEqualTo("100.00%");
        assertThat(Display.indicator(null, false)).isEqualTo("—");
        assertThat(Display.rate(null)).isEqualTo("—");
        assertThat(Display.rate(new BigDecimal("0.005"))).isEqualTo("0.50%");
    }

    @Test
    void monthlyFiguresShowMoneyWithTwoDecimalsAndGapsEmpty() {
        assertThat(Display.money(new BigDecimal("1234567.005"))).isEqualTo("1,234,567.01");
        assertThat(Display.money(BigDecimal.ZERO)).isEqualTo("0.00");
        assertThat(Display.count(0)).isEqualTo("0");
        assertThat(Display.money(null)).isEmpty();
        assertThat(Display.count(null)).isEmpty();
    }
}

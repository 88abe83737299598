package org.civilaffairs.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.civilaffairs.reconcile.UsageError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A month on the command line is YYYY-MM; anything else is one line saying how to write it. */
class MonthsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2019-01", "2019-07", "2019-12", "1999-10"})
    void acceptsYearDashMonth(String text) {
        assertThat(Months.parse(text)).isEqualTo(YearMonth.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-13", "201907", "2019-7", "2019-00", "19-07", "2019/07", "2019-07-01", " 2019-07", ""})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> Months.parse(text)).isInstanceOf(UsageError.class)
                .hasMessage("'" + text + "' is not a month: write YYYY-MM, e.g. 2019-07");
    }
}

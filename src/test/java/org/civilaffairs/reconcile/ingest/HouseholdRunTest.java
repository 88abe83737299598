package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civilaffairs.reconcile.identity.PersonKeyResolver;
import org.civilaffairs.reconcile.identity.Registry;
import org.civilaffairs.reconcile.identity.StagedRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where ingest ends a household to guess its outcomes, and what it hands on. */
class HouseholdRunTest {

    /**
     * Rows as {@code household:relation:reject} (reject blank for none), added one by one and
     * drained where the run ends, as ingest does; expected the runs, each as its rows' outcomes
     * ({@code L}oaded, {@code C}ollapsed, or the reason), and which rows had their raw line asked for.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one household|H1:户主: H1:配偶:|L L|",
            "each household its own run|H1:户主: H2:户主: H3:配偶:|L / L / NO_HEAD|3",
            "a row rejected on its own stays in the run|H1:户主: H9:配偶:MISSING_FIELD H1:子:|L MISSING_FIELD L|2",
            "rows rejected on their own before a household join it|H9::MISSING_FIELD H1:户主:|MISSING_FIELD L|1",
            "a household listed twice is guessed twice|H1:户主: H2:户主: H1:子:|L / L / NO_HEAD|3",
            "two heads|H1:户主: H1:户主:|MULTIPLE_HEADS MULTIPLE_HEADS|1 2"})
    void runs(String why, String rows, String expectedRuns, String expectedRaw) {
        HouseholdRun run = new HouseholdRun(new PersonKeyResolver(Registry.notDelivered(), LocalDate.of(2024, 5, 31)));
        List<String> runs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        List<String> rawAsked = new ArrayList<>();
        HouseholdRun.Sink sink = (row, values, raw) -> {
            assertThat(values).containsExactly(row.line());
            assertThat(raw).isEqualTo(row.outcome() == StagedRow.Outcome.REJECTED ? "raw " + row.line() : null);
            current.add(row.outcome() == StagedRow.Outcome.REJECTED ? row.reason() : row.outcome().name().substring(0, 1));
        };
        long line = 0;
        for (String spec : rows.split(" ")) {
            String[] p = spec.split(":", -1);
            long at = ++line;
            StagedRow row = new StagedRow(1, at, "汉正街", "URBAN_DIBAO", true, p[0], "姓" + at, "420104197001011" + (100 + at),
                    p[1].equals("户主"), BigDecimal.TEN, null, p[2].isEmpty() ? null : p[2]);
            if (run.endsBefore(row)) {
                run.drain(sink);
                runs.add(String.join(" ", current));
                current.clear();
            }
            run.add(row, new Object[] {at}, () -> {
                rawAsked.add(String.valueOf(at));
                return "raw " + at;
            });
        }
        run.drain(sink);
        runs.add(String.join(" ", current));
        assertThat(String.join(" / ", runs)).as(why).isEqualTo(expectedRuns);
        assertThat(String.join(" ", rawAsked)).as(why).isEqualTo(expectedRaw == null ? "" : expectedRaw);
    }

    @Test
    void aHouseholdLongerThanTheCapIsGuessedInPieces() {
        HouseholdRun run = new HouseholdRun(new PersonKeyResolver(Registry.notDelivered(), LocalDate.of(2024, 5, 31)));
        int drained = 0;
        for (int i = 0; i < HouseholdRun.MAX_ROWS * 2 + 1; i++) {
            StagedRow row = new StagedRow(1, i + 2, "汉正街", "URBAN_DIBAO", true, "H1", "姓", "x", i == 0, BigDecimal.TEN, null, null);
            if (run.endsBefore(row)) {
                assertThat(i % HouseholdRun.MAX_ROWS).isZero();
                drained++;
                run.drain((r, values, raw) -> { });
            }
            run.add(row, new Object[0], () -> "raw");
        }
        assertThat(drained).isEqualTo(2);
    }
}

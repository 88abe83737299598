package org.civilaffairs.reconcile.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civilaffairs.reconcile.aggregate.AggregateInput.HouseholdFacts;
import org.civilaffairs.reconcile.aggregate.AggregateInput.Member;
import org.civilaffairs.reconcile.aggregate.AggregateInput.PreviousHousehold;
import org.civilaffairs.reconcile.aggregate.AggregateInput.Reject;
import org.civilaffairs.reconcile.checks.Flag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analyst's table (CONTRACT §9, §13.6-7) for one month: street S1 has two 城市低保 households
 * (heads A and B, A's flagged), S2 one (head A again, flagged), S3 only a counted reject; in M−1
 * S1 had heads A and D, and S4 a 农村低保 household (head E) that is gone.
 */
class AggregateCalculatorTest {

    private static final String URBAN = "URBAN_DIBAO";
    private static final List<HouseholdFacts> HOUSEHOLDS = List.of(
            household("S1", "H1", "A", "670", EnumSet.of(Flag.INCOME_OVER)),
            household("S1", "H2", "B", "500", EnumSet.noneOf(Flag.class)),
            household("S2", "H3", "A", "600", EnumSet.of(Flag.DUPLICATE_ENROLLMENT)));
    private static final List<Member> MEMBERS = List.of(new Member("S1", URBAN, "A"), new Member("S1", URBAN, "C"),
            new Member("S1", URBAN, "B"), new Member("S2", URBAN, "A"));
    private static final List<Reject> REJECTS = List.of(new Reject("S1", URBAN), new Reject("S3", "TEMP_RELIEF"));
    private static final List<PreviousHousehold> PREVIOUS = List.of(new PreviousHousehold("S1", URBAN, "A"),
            new PreviousHousehold("S1", URBAN, "D"), new PreviousHousehold("S4", "RURAL_DIBAO", "E"));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            // street | program | households | persons | amount | new | exited | verified | flagged | flagged amount | rejected
            "S1|URBAN_DIBAO|2|3|1170.00|1|1|2|1|670.00|1",
            "S2|URBAN_DIBAO|1|1|600.00|1|0|1|1|600.00|0",
            "S3|TEMP_RELIEF|0|0|0|0|0|0|0|0|1",
            "S4|RURAL_DIBAO|0|0|0|0|1|0|0|0|0",
            "全区|URBAN_DIBAO|3|3|1770.00|1|1|3|2|1270.00|1",
            "全区|TEMP_RELIEF|0|0|0|0|0|0|0|0|1",
            "全区|RURAL_DIBAO|0|0|0|0|1|0|0|0|0"})
    void eachRowCountsItsScope(String street, String program, int households, int persons, String amount, int added, int exited,
                               int verified, int flagged, String flaggedAmount, int rejected) {
        AggregateRow row = row(AggregateCalculator.compute(month(PREVIOUS)), street, program);
        assertThat(row.households()).isEqualTo(households);
        assertThat(row.persons()).isEqualTo(persons);
        assertThat(row.amount()).isEqualByComparingTo(amount);
        assertThat(row.newHouseholds()).isEqualTo(added);
        assertThat(row.exitedHouseholds()).isEqualTo(exited);
        assertThat(row.verifiedHouseholds()).isEqualTo(verified);
        assertThat(row.flaggedHouseholds()).isEqualTo(flagged);
        assertThat(row.flaggedAmount()).isEqualByComparingTo(flaggedAmount);
        assertThat(row.rejectedRows()).isEqualTo(rejected);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "S1|URBAN_DIBAO|INCOME_OVER|1", "S1|URBAN_DIBAO|DUPLICATE_ENROLLMENT|0", "S2|URBAN_DIBAO|DUPLICATE_ENROLLMENT|1",
            "全区|URBAN_DIBAO|INCOME_OVER|1", "全区|URBAN_DIBAO|DUPLICATE_ENROLLMENT|1", "全区|URBAN_DIBAO|VEHICLE|0"})
    void flagColumnsCountHouseholds(String street, String program, Flag flag, int count) {
        assertThat(row(AggregateCalculator.compute(month(PREVIOUS)), street, program).flagCounts()).containsEntry(flag, count);
    }

    @Test
    void rowsAreSortedByCodePointOfStreetThenProgram() {
        assertThat(AggregateCalculator.compute(month(PREVIOUS)).stream().map(r -> r.street() + " " + r.program()))
                .containsExactly("S1 URBAN_DIBAO", "S2 URBAN_DIBAO", "S3 TEMP_RELIEF", "S4 RURAL_DIBAO",
                        "全区 RURAL_DIBAO", "全区 TEMP_RELIEF", "全区 URBAN_DIBAO");
    }

    @Test
    void aPartitionsStreetRowsAreTheMonthsRowsWithoutTheDistrict() {
        for (List<PreviousHousehold> previous : java.util.Arrays.asList(PREVIOUS, null)) {
            assertThat(AggregateCalculator.streetRows(month(previous))).isEqualTo(AggregateCalculator.compute(month(previous))
                    .stream().filter(r -> !r.street().equals(AggregateRow.DISTRICT)).toList());
        }
    }

    @Test
    void withoutRostersInTheMonthBeforeNewAndExitedAreEmpty() {
        List<AggregateRow> rows = AggregateCalculator.compute(month(null));
        assertThat(rows).extracting(AggregateRow::newHouseholds).containsOnlyNulls();
        assertThat(rows).extracting(AggregateRow::exitedHouseholds).containsOnlyNulls();
        assertThat(rows).extracting(AggregateRow::street).doesNotContain("S4");
    }

    private static AggregateInput.Month month(List<PreviousHousehold> previous) {
        return new AggregateInput.Month("2017-05", HOUSEHOLDS, MEMBERS, REJECTS, previous);
    }

    private static AggregateRow row(List<AggregateRow> rows, String street, String program) {
        return rows.stream().filter(r -> r.street().equals(street) && r.program().equals(program)).findFirst().orElseThrow();
    }

    private static HouseholdFacts household(String street, String id, String head, String amount, Set<Flag> flags) {
        return new HouseholdFacts(street, URBAN, id, head, new BigDecimal(amount), true, flags);
    }
}

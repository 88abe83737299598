package org.civilaffairs.reconcile.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NO_BASIC_ENROLLMENT (CONTRACT §6): a 困难残疾人生活补贴 head who is in no BASIC household of the month. */
class NoBasicEnrollmentRuleTest {

    /** Households as in {@link MonthFixture}; expected, the ids of the flagged households, blank for none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "head heads an urban 低保 household of the street|汉正街/DISABILITY_LIVING/D1:A 汉正街/URBAN_DIBAO/H1:A,B|",
            "head in a rural 低保 household of another street|汉正街/DISABILITY_LIVING/D1:A 宝丰街/RURAL_DIBAO/H1:A|",
            "head in a 特困 household of another street|汉正街/DISABILITY_LIVING/D1:A 宝丰街/TEKUN/T1:A|",
            "head is a member, not the head, of a 低保 household|汉正街/DISABILITY_LIVING/D1:B 汉正街/URBAN_DIBAO/H1:A,B|",
            "no other enrolment|汉正街/DISABILITY_LIVING/D1:A|D1",
            "only the spouse is in 低保|汉正街/DISABILITY_LIVING/D1:A,B 汉正街/URBAN_DIBAO/H1:B|D1",
            "head receives temporary relief only|汉正街/DISABILITY_LIVING/D1:A 汉正街/TEMP_RELIEF/R1:A|D1",
            "head is an orphan|汉正街/DISABILITY_LIVING/D1:E 汉正街/ORPHAN/O1:E|D1",
            "head in the other disability and the elderly programs only|汉正街/DISABILITY_LIVING/D1:A 汉正街/DISABILITY_CARE/C1:A 汉正街/ELDERLY_ALLOWANCE/E1:A|D1",
            "head in two disability living households|汉正街/DISABILITY_LIVING/D1:A 宝丰街/DISABILITY_LIVING/D2:A|D1 D2",
            "two households, one head in 低保|汉正街/DISABILITY_LIVING/D1:A 汉正街/DISABILITY_LIVING/D2:B 汉正街/URBAN_DIBAO/H1:A|D2",
            "disability care does not require 低保|汉正街/DISABILITY_CARE/C1:A|",
            "elderly allowance does not require 低保|汉正街/ELDERLY_ALLOWANCE/E1:1930-01-01|",
            "BASIC households are not concerned|汉正街/URBAN_DIBAO/H1:A 汉正街/TEKUN/T1:B|",
            "unresolved head with the same unresolved key in 低保|汉正街/DISABILITY_LIVING/D1:U1 宝丰街/URBAN_DIBAO/H1:U1|",
            "unresolved head, 低保 person typed another ID|汉正街/DISABILITY_LIVING/D1:U1 汉正街/URBAN_DIBAO/H1:U2|D1"})
    void flagsHeadsOutsideBasic(String why, String households, String expected) {
        String flagged = MonthFixture.evaluate(new NoBasicEnrollmentRule(), YearMonth.of(2017, 5), households).stream()
                .filter(o -> o.evidence().isPresent()).map(MonthFixture.Outcome::householdId).collect(Collectors.joining(" "));
        assertThat(flagged).as(why).isEqualTo(expected == null ? "" : expected);
    }
}

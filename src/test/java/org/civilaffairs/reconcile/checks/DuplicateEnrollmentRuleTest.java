package org.civilaffairs.reconcile.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DUPLICATE_ENROLLMENT (CONTRACT §6, §13.8): every household involved is flagged, naming the others. */
class DuplicateEnrollmentRuleTest {

    /** The other household named in the evidence: {@code 同时在 street/PROGRAM/id}. */
    private static final Pattern OTHER = Pattern.compile("同时在 [^/]+/[A-Z_]+/([^;\\s]+)");

    /**
     * Households as in {@link MonthFixture}; expected, per household in order, {@code id>others}
     * (the other households its evidence names) or {@code id>-} when it is not flagged.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one household each|汉正街/URBAN_DIBAO/H1:A,B 汉正街/URBAN_DIBAO/H2:C|H1>- H2>-",
            "head in two households of the program|汉正街/URBAN_DIBAO/H1:A,B 汉正街/URBAN_DIBAO/H2:A|H1>H2 H2>H1",
            "spouse heads another household|汉正街/URBAN_DIBAO/H1:A,B 汉正街/URBAN_DIBAO/H2:B,C|H1>H2 H2>H1",
            "two streets of the program|汉正街/RURAL_DIBAO/H1:A 宝丰街/RURAL_DIBAO/H7:A|H1>H7 H7>H1",
            "same household number in two streets|汉正街/URBAN_DIBAO/H1:A 宝丰街/URBAN_DIBAO/H1:A|H1>H1 H1>H1",
            "urban and rural 低保|汉正街/URBAN_DIBAO/H1:A 宝丰街/RURAL_DIBAO/H2:A|H1>H2 H2>H1",
            "低保 and 特困, same household number|汉正街/URBAN_DIBAO/H1:A 汉正街/TEKUN/H1:A|H1>H1 H1>H1",
            "rural 低保 and 特困 in two streets|汉正街/RURAL_DIBAO/H1:A 宝丰街/TEKUN/H5:B,A|H1>H5 H5>H1",
            "three households|汉正街/URBAN_DIBAO/H1:A 汉正街/URBAN_DIBAO/H2:A 宝丰街/TEKUN/H3:A|H1>H2,H3 H2>H1,H3 H3>H1,H2",
            "three households, one outside BASIC|汉正街/URBAN_DIBAO/H1:A 汉正街/TEKUN/H2:A 汉正街/DISABILITY_CARE/H3:A|H1>H2 H2>H1 H3>-",
            "two members each in another household|汉正街/URBAN_DIBAO/H1:A,B 汉正街/URBAN_DIBAO/H2:A 汉正街/URBAN_DIBAO/H3:B|H1>H2,H3 H2>H1 H3>H1",
            "same household listed twice|汉正街/URBAN_DIBAO/H1:A,B 汉正街/URBAN_DIBAO/H1:A,B|H1>- H1>-",
            "collapsed rows of one person|汉正街/URBAN_DIBAO/H1:A,B,A,B|H1>-",
            "低保 and a disability subsidy are compatible|汉正街/URBAN_DIBAO/H1:A 汉正街/DISABILITY_LIVING/H2:A|H1>- H2>-",
            "two non-BASIC programs are compatible|汉正街/DISABILITY_LIVING/H1:A 汉正街/DISABILITY_CARE/H2:A 汉正街/ELDERLY_ALLOWANCE/H3:A|H1>- H2>- H3>-",
            "orphan and 特困 are compatible|汉正街/ORPHAN/H1:E 汉正街/TEKUN/H2:E|H1>- H2>-",
            "two orphan households|汉正街/ORPHAN/H1:E 宝丰街/ORPHAN/H2:E|H1>H2 H2>H1",
            "two disability living households|汉正街/DISABILITY_LIVING/H1:A 宝丰街/DISABILITY_LIVING/H2:A|H1>H2 H2>H1",
            "two disability care households|汉正街/DISABILITY_CARE/H1:A 汉正街/DISABILITY_CARE/H2:A|H1>H2 H2>H1",
            "two elderly allowance households|汉正街/ELDERLY_ALLOWANCE/H1:A 汉正街/ELDERLY_ALLOWANCE/H2:A|H1>H2 H2>H1",
            "two relief events are not a duplicate|汉正街/TEMP_RELIEF/H1:A 汉正街/TEMP_RELIEF/H2:A|H1>- H2>-",
            "relief for a 低保 household is not a duplicate|汉正街/URBAN_DIBAO/H1:A 汉正街/TEMP_RELIEF/H2:A|H1>- H2>-",
            "equal unresolved keys are one person|汉正街/URBAN_DIBAO/H1:A,U1 宝丰街/URBAN_DIBAO/H2:U1|H1>H2 H2>H1",
            "same name, other typed ID: not the same person|汉正街/URBAN_DIBAO/H1:U1 汉正街/URBAN_DIBAO/H2:U2|H1>- H2>-"})
    void flagsEveryHouseholdInvolved(String why, String households, String expected) {
        String got = MonthFixture.evaluate(new DuplicateEnrollmentRule(), YearMonth.of(2017, 5), households).stream()
                .map(o -> o.householdId() + ">" + o.evidence().map(DuplicateEnrollmentRuleTest::others).orElse("-"))
                .collect(Collectors.joining(" "));
        assertThat(got).as(why).isEqualTo(expected);
    }

    private static String others(String evidence) {
        List<String> ids = OTHER.matcher(evidence).results().map(r -> r.group(1)).distinct().sorted().toList();
        return String.join(",", ids);
    }
}

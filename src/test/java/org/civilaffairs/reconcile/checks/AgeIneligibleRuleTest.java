package org.civilaffairs.reconcile.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civilaffairs.reconcile.identity.IdFixtures.born;
import static org.civilaffairs.reconcile.identity.IdFixtures.substituted;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.civilaffairs.reconcile.identity.PersonKeyResolver;
import org.civilaffairs.reconcile.identity.Registry;
import org.civilaffairs.reconcile.policy.Program;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * AGE_INELIGIBLE (CONTRACT §6, §13.11): the head's age in completed years on the first day of M,
 * 18 or more for an orphan, under 80 for the elderly allowance; an unresolved head has no age.
 */
class AgeIneligibleRuleTest {

    /** Members as in {@link MonthFixture}, head first: a birth date stands for a valid ID of that day. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "orphan aged 17|ORPHAN|2017-05|2000-01-01|",
            "orphan's 18th birthday on the first day|ORPHAN|2017-05|1999-05-01|AGE_INELIGIBLE",
            "orphan's 18th birthday on the second day|ORPHAN|2017-05|1999-05-02|",
            "orphan turned 18 the day before the first|ORPHAN|2017-05|1999-04-30|AGE_INELIGIBLE",
            "orphan turning 18 within the month is judged on the first day|ORPHAN|2017-05|1999-05-31|",
            "the same orphan the next month|ORPHAN|2017-06|1999-05-31|AGE_INELIGIBLE",
            "orphan turning 18 on New Year's Eve, December|ORPHAN|2017-12|1999-12-31|",
            "orphan turning 18 on New Year's Eve, January|ORPHAN|2018-01|1999-12-31|AGE_INELIGIBLE",
            "orphan born on a leap day, February of a common year|ORPHAN|2018-02|2000-02-29|",
            "orphan born on a leap day, March of a common year|ORPHAN|2018-03|2000-02-29|AGE_INELIGIBLE",
            "orphan born in the month being closed|ORPHAN|2017-05|2017-05-01|",
            "orphan head 17 with an adult member|ORPHAN|2017-05|1999-05-02,A|",
            "orphan head 18 with a child member|ORPHAN|2017-05|1999-05-01,2010-01-01|AGE_INELIGIBLE",
            "elderly 80th birthday on the first day|ELDERLY_ALLOWANCE|2017-05|1937-05-01|",
            "elderly 80th birthday on the second day|ELDERLY_ALLOWANCE|2017-05|1937-05-02|AGE_INELIGIBLE",
            "elderly turned 80 the day before the first|ELDERLY_ALLOWANCE|2017-05|1937-04-30|",
            "elderly turning 80 within the month is judged on the first day|ELDERLY_ALLOWANCE|2017-05|1937-05-31|AGE_INELIGIBLE",
            "the same elderly person the next month|ELDERLY_ALLOWANCE|2017-06|1937-05-31|",
            "elderly born on a leap day, February|ELDERLY_ALLOWANCE|2016-02|1936-02-29|AGE_INELIGIBLE",
            "elderly born on a leap day, March|ELDERLY_ALLOWANCE|2016-03|1936-02-29|",
            "elderly aged 60|ELDERLY_ALLOWANCE|2017-05|1957-01-01|AGE_INELIGIBLE",
            "elderly born in 1900|ELDERLY_ALLOWANCE|2017-05|1900-01-01|",
            "elderly head 79 with a member of 90|ELDERLY_ALLOWANCE|2017-05|1937-05-02,1927-01-01|AGE_INELIGIBLE",
            "elderly head 85 with a younger spouse|ELDERLY_ALLOWANCE|2017-05|1932-01-01,1950-01-01|",
            "unresolved orphan head has no age|ORPHAN|2017-05|U4.20103E+17|",
            "unresolved elderly head has no age|ELDERLY_ALLOWANCE|2017-05|U420103********0112|",
            "低保 has no age condition (child)|URBAN_DIBAO|2017-05|2010-01-01|",
            "特困 has no age condition (young adult)|TEKUN|2017-05|1995-01-01|",
            "disability living has no age condition|DISABILITY_LIVING|2017-05|1999-05-01|",
            "disability care has no age condition|DISABILITY_CARE|2017-05|1957-01-01|",
            "relief has no age condition|TEMP_RELIEF|2017-05|2010-01-01|"})
    void judgesTheHeadOnTheFirstDay(String why, String program, String month, String members, String expected) {
        assertThat(flag(YearMonth.parse(month), program, members)).as(why).isEqualTo(expected == null ? "" : expected);
    }

    /** The age is read from the resolved ID: a converted 15-digit ID, or the registry's after a repair. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "15-digit ID of someone born 1937-05-02|420103370502011|false|AGE_INELIGIBLE",
            "birth day mistyped as the 9th, repaired to the registry's 1st|TYPO|true|",
            "the same typo without a registry stays unresolved: no age|TYPO|false|"})
    void readsTheResolvedId(String why, String typed, boolean registryDelivered, String expected) {
        String registered = born("1937-05-01", "011");
        Registry registry = registryDelivered ? Registry.empty() : Registry.notDelivered();
        registry.add(registered, "赵六");
        YearMonth may = YearMonth.of(2017, 5);
        String key = new PersonKeyResolver(registry, may.atEndOfMonth())
                .resolve("赵六", typed.equals("TYPO") ? substituted(registered, 13) : typed).key();
        CheckedHousehold h = new CheckedHousehold(may, "汉正街", Program.ELDERLY_ALLOWANCE,
                "H1", key, List.of(key), null, null);
        Optional<String> evidence = new AgeIneligibleRule().evaluate(h, null);
        assertThat(evidence.map(e -> "AGE_INELIGIBLE").orElse("")).as(why).isEqualTo(expected == null ? "" : expected);
    }

    private static String flag(YearMonth month, String program, String members) {
        return MonthFixture.evaluate(new AgeIneligibleRule(), month, "汉正街/" + program + "/H1:" + members).get(0).evidence()
                .map(e -> "AGE_INELIGIBLE").orElse("");
    }
}

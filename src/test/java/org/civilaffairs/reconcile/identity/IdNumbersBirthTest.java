package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.civilaffairs.reconcile.ingest.Dates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The birth date of an ID, read in place: a real date between 1900-01-01 and the month's last day. */
class IdNumbersBirthTest {

    private static final LocalDate MAY_END = LocalDate.of(2024, 5, 31);

    @ParameterizedTest(name = "{0}: valid {1}")
    @CsvSource({
        "420103190001011234, true",     // the earliest birth
        "420103189912311234, false",
        "420103202405311234, true",     // the month's last day
        "420103202406011234, false",
        "420103200002291234, true",     // 2000 is a leap year
        "420103190002291234, false",    // 1900 is not
        "420103199602291234, true",
        "420103199702291234, false",
        "420103199704311234, false",
        "420103199713011234, false",
        "420103199700101234, false",
        "420103199701001234, false",
        "420103199701321234, false",
    })
    void anIdIsValidOnlyWithARealBirthInRange(String first17AndOne, boolean valid) {
        String id = IdFixtures.withCheck(first17AndOne.substring(0, 17));
        assertThat(IdNumbers.isValid18(id, MAY_END)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "19900101, 19900101", "20000229, 20000229", "19000229, -1", "20231231, 20231231", "20230000, -1",
        "2023011, -1", "2023O101, -1", "00000101, 101", "99991231, 99991231", "20230631, -1",
    })
    void eightDigitsAreADateWhenTheCalendarHasIt(String digits, int number) {
        assertThat(Dates.compactNumber("xx" + digits + "yy", 2)).isEqualTo(digits.length() == 8 ? number : -1);
        Optional<LocalDate> date = Dates.compact(digits, 0);
        assertThat(date.map(Dates::compactNumber).orElse(-1)).isEqualTo(number);
        assertThat(IdNumbers.birthDate("420103" + digits)).isEqualTo(date);
    }
}

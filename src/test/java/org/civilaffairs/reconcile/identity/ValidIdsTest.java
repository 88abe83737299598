package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidIdsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"420104197001011234", "42010419800202123X", "000000000000000000", "99999999999999999X", "110101190001010010",
        "123456789012345678", "100000000999999999", "999999990000000000"})
    void aValidIdComesBackAsItWas(String id) {
        long packed = ValidIds.pack(id);
        assertThat(packed).isNotNegative();
        assertThat(ValidIds.unpack(packed)).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"42010419700101123", "4201041970010112345", "42010419700101123x", "4201041970010X1234", "U:王芳|4.20104E+17",
            "420104********1234", "４20104197001011234"})
    void anythingElseIsNoValidId(String key) {
        assertThat(ValidIds.pack(key)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"420104197001011234, 420104197001011235", "42010419700101123X, 420104197001011230",
            "420104197001011234, 520104197001011234"})
    void twoIdsTwoNumbers(String a, String b) {
        assertThat(ValidIds.pack(a)).isNotEqualTo(ValidIds.pack(b));
    }
}

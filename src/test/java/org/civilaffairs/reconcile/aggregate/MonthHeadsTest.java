package org.civilaffairs.reconcile.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Households of one month whose head heads none of the program in the other month, per program. */
class MonthHeadsTest {

    private static final String A = "420104197001011234";
    private static final String B = "42010419800202123X";
    private static final String C = "420104199003031111";
    private static final String U = "U:王芳|4.20104E+17";

    static Stream<Arguments> months() {
        return Stream.of(
                Arguments.of("one new, one stays", heads("DIBAO " + A, "DIBAO " + B), heads("DIBAO " + B),
                        Map.of("DIBAO", 1)),
                Arguments.of("every head stays", heads("DIBAO " + A), heads("DIBAO " + A), Map.of()),
                Arguments.of("a head of two households counts twice", heads("DIBAO " + A, "DIBAO " + A),
                        heads("DIBAO " + B), Map.of("DIBAO", 2)),
                Arguments.of("a head of another program is new in this one", heads("TEKUN " + A),
                        heads("DIBAO " + A), Map.of("TEKUN", 1)),
                Arguments.of("a program the other month lacks", heads("DIBAO " + A, "ORPHAN " + C),
                        heads("DIBAO " + A), Map.of("ORPHAN", 1)),
                Arguments.of("an unresolved head, twice", heads("DIBAO " + U, "DIBAO " + U), heads("DIBAO " + A),
                        Map.of("DIBAO", 2)),
                Arguments.of("an unresolved head that stays", heads("DIBAO " + U, "DIBAO " + C),
                        heads("DIBAO " + U, "DIBAO " + C), Map.of()),
                Arguments.of("an empty month", heads(), heads("DIBAO " + A), Map.of()),
                Arguments.of("against an empty month", heads("DIBAO " + A, "DIBAO " + U), heads(),
                        Map.of("DIBAO", 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("months")
    void countsTheHouseholdsHeadedByNoneOfTheOtherMonth(String name, MonthHeads month, MonthHeads other,
                                                       Map<String, Integer> expected) {
        assertThat(month.headedByNoneOf(other)).isEqualTo(expected);
    }

    /** Many heads, added out of order: the same counts as a set would give. */
    @ParameterizedTest(name = "{0} heads")
    @MethodSource("sizes")
    void holdsACitysMonth(int size) {
        MonthHeads month = new MonthHeads();
        MonthHeads other = new MonthHeads();
        for (int i = size - 1; i >= 0; i--) {
            String id = String.format("4201041970%08d", i);
            month.add("DIBAO", id);
            if (i % 3 != 0) {
                other.add("DIBAO", id);
            }
        }
        assertThat(month.headedByNoneOf(other)).isEqualTo(Map.of("DIBAO", (size + 2) / 3));
        assertThat(other.headedByNoneOf(month)).isEmpty();
    }

    static Stream<Integer> sizes() {
        return Stream.of(1, 1_024, 1_025, 100_000);
    }

    /** "PROGRAM key" per household. */
    private static MonthHeads heads(String... households) {
        MonthHeads heads = new MonthHeads();
        Arrays.stream(households).map(h -> h.split(" ")).forEach(h -> heads.add(h[0], h[1]));
        return heads;
    }
}

package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A set built one value at a time holds each value once, whatever the order and repeats. */
class SmallSetsTest {

    @ParameterizedTest(name = "[{0}] holds [{1}]")
    @CsvSource(delimiter = '|', value = {"a|a", "a a|a", "a b|a b", "a b a|a b", "a b c|a b c", "c b a c b a|a b c",
            "a b c d e f g h|a b c d e f g h"})
    void addsEachValueOnce(String values, String expected) {
        Set<String> set = null;
        for (String value : values.split(" ")) {
            set = SmallSets.add(set, value);
        }
        assertThat(set).containsExactlyInAnyOrderElementsOf(Arrays.asList(expected.split(" ")));
    }
}

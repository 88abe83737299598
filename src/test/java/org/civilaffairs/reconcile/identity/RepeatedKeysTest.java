package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keys of a stream seen more than once, as hashes, in any order of arrival. */
class RepeatedKeysTest {

    @ParameterizedTest(name = "[{0}] repeats [{1}]")
    @CsvSource(delimiter = '|', value = {
            "''|''", "a|''", "a b c|''", "a a|a", "a b a|a", "b a c a b|a b", "a a a|a", "420104194811201875 420104194811201875|420104194811201875"})
    void repeated(String stream, String expected) {
        RepeatedKeys keys = new RepeatedKeys();
        Arrays.stream(stream.split(" ")).filter(k -> !k.isEmpty()).forEach(keys::add);
        Set<Long> want = Arrays.stream(expected.split(" ")).filter(k -> !k.isEmpty()).map(RepeatedKeys::hash)
                .collect(Collectors.toSet());
        assertThat(keys.candidates()).isEqualTo(want);
    }

    @Test
    void growsPastItsFirstArray() {
        RepeatedKeys keys = new RepeatedKeys();
        IntStream.range(0, 200_000).forEach(i -> keys.add("k" + i));
        keys.add("k199999");
        assertThat(keys.candidates()).containsExactly(RepeatedKeys.hash("k199999"));
    }
}

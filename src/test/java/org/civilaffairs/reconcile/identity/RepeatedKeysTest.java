package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
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
        List<String> want = Arrays.stream(expected.split(" ")).filter(k -> !k.isEmpty()).toList();
        RepeatedKeys.Candidates candidates = keys.candidates();
        assertThat(candidates.count()).isEqualTo(want.size());
        Arrays.stream(stream.split(" ")).filter(k -> !k.isEmpty())
                .forEach(k -> assertThat(candidates.test(RepeatedKeys.hash(k))).isEqualTo(want.contains(k)));
    }

    @Test
    void growsPastItsFirstArray() {
        RepeatedKeys keys = new RepeatedKeys();
        IntStream.range(0, 200_000).forEach(i -> keys.add("k" + i));
        keys.add("k199999");
        RepeatedKeys.Candidates candidates = keys.candidates();
        assertThat(candidates.count()).isEqualTo(1);
        assertThat(IntStream.range(0, 200_000).filter(i -> candidates.test(RepeatedKeys.hash("k" + i)))).containsExactly(199_999);
    }

    @Test
    void theHashZeroAndHashesThatShareASlotAreEachFound() {
        RepeatedKeys keys = new RepeatedKeys();
        // a multiple of 2^60 falls in the first slot of a small table: these three probe past each other
        long[] hashes = {0, 0, 1L << 60, 1L << 60, 2L << 60, 2L << 60, 3L << 60, 5};
        Arrays.stream(hashes).forEach(keys::addHash);
        RepeatedKeys.Candidates candidates = keys.candidates();
        assertThat(candidates.count()).isEqualTo(3);
        assertThat(Arrays.stream(hashes).distinct().filter(candidates)).containsExactly(0L, 1L << 60, 2L << 60);
    }
}

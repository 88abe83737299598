package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Past its room on the heap the hashes move to mapped files, and are sorted a range at a time. */
    @ParameterizedTest(name = "heap {0}, a range at most {1}")
    @CsvSource({"1000000, 1000000", "100000, 1000000", "100000, 5000", "1000, 1"})
    void aStreamMovedOffTheHeapAndSortedInRangesFindsTheSameKeys(int heapHashes, int passHashes, @TempDir Path dir) {
        RepeatedKeys keys = new RepeatedKeys(heapHashes, () -> ColumnSpace.filesIn(dir), passHashes);
        IntStream.range(0, 300_000).forEach(i -> keys.add("k" + i));
        IntStream.of(7, 150_000, 299_999, 7).forEach(i -> keys.add("k" + i));
        RepeatedKeys.Candidates candidates = keys.candidates();
        assertThat(candidates.count()).isEqualTo(3);
        assertThat(IntStream.range(0, 300_000).filter(i -> candidates.test(RepeatedKeys.hash("k" + i))))
                .containsExactly(7, 150_000, 299_999);
        assertThat(dir.toFile().list()).isEmpty();
    }

    /** Every candidate lies in exactly one range, and no other hash in any. */
    @ParameterizedTest(name = "at most {0} a range")
    @ValueSource(ints = {0, 1, 100, 1000})
    void theCandidatesInRanges(int perRange) {
        RepeatedKeys keys = new RepeatedKeys();
        IntStream.range(0, 10_000).forEach(i -> keys.add("k" + i));
        IntStream.range(0, 10_000).filter(i -> i % 7 == 0).forEach(i -> keys.add("k" + i));
        keys.addHash(0);
        keys.addHash(0);
        RepeatedKeys.Candidates candidates = keys.candidates();
        List<LongPredicate> ranges = candidates.ranges(perRange);
        assertThat(ranges).hasSizeGreaterThan(perRange < candidates.count() ? 1 : 0);
        for (int i = 0; i < 10_000; i++) {
            long hash = RepeatedKeys.hash("k" + i);
            assertThat(ranges.stream().filter(r -> r.test(hash)).count()).as("k" + i).isEqualTo(i % 7 == 0 ? 1 : 0);
        }
        assertThat(ranges.stream().filter(r -> r.test(0)).count()).isEqualTo(1);
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

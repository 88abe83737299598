package org.civilaffairs.reconcile.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * However few entries a pass may hold, the passes together give the candidate pairs of one pass:
 * each pass's pairs sorted and each once, every pair in some pass, the same blocks left out; with
 * the passes spilled to the heap or to mapped files.
 */
class BlockingPassesTest {

    @ParameterizedTest(name = "{0} rows, passes of {1}, mapped {2}")
    @CsvSource({"3000, 4194304, false", "3000, 2000, false", "3000, 300, false", "3000, 1, false", "2, 1, false", "0, 1, false",
            "3000, 4194304, true", "3000, 300, true"})
    void thePassesGiveThePairsOfOne(int rows, int passEntries, boolean mapped, @TempDir Path dir) {
        LinkageMonth month = month(rows, new SplittableRandom(rows), mapped ? ColumnSpace.filesIn(dir) : ColumnSpace.HEAP);
        Blocking.Keys keys = Blocking::keyHashes;
        Blocking.PairFilter everyOther = (i, j) -> (i + j) % 2 == 0;
        Blocking.Candidates inOne = Blocking.candidates(month, keys, everyOther);
        List<long[]> passes = Collections.synchronizedList(new ArrayList<>());
        Blocking.Swept swept = Blocking.inPasses(month, keys, everyOther, passEntries, passes::add);

        assertThat(swept.passes()).isEqualTo(passes.size());
        if (passEntries < 1000 && rows > 100) {
            assertThat(swept.passes()).as("passes").isGreaterThan(10);
        }
        assertThat(swept.skippedBlocks()).isEqualTo(inOne.skippedBlocks());
        for (long[] pass : passes) {
            assertThat(pass).as("sorted, each once").isEqualTo(LongStream.of(pass).sorted().distinct().toArray());
        }
        long[] union = passes.stream().flatMapToLong(LongStream::of).sorted().distinct().toArray();
        assertThat(union).isEqualTo(inOne.pairs());
        assertThat(inOne.pairs().length).as("pairs").isGreaterThan(rows > 2 ? 100 : -1);
    }

    /** Rows of few names and birth dates, so that every rule's keys make blocks; households of one to three. */
    private static LinkageMonth month(int rows, SplittableRandom random, ColumnSpace space) {
        LinkageMonth.Builder month = LinkageMonth.builder("2024-05", 0, space);
        String surnames = "王李张刘陈";
        String given = "伟芳娜敏";
        for (int i = 0, household = 0; i < rows; household++) {
            for (int m = 1 + random.nextInt(3); m > 0 && i < rows; m--, i++) {
                String name = "" + surnames.charAt(random.nextInt(surnames.length())) + given.charAt(random.nextInt(given.length()));
                String id = "42010" + random.nextInt(3) + "1970" + String.format("%02d%02d", 1 + random.nextInt(2),
                        1 + random.nextInt(28)) + String.format("%04d", random.nextInt(10_000));
                month.add("f.csv", i + 2, "s" + random.nextInt(2), "URBAN_DIBAO", "H" + household, "c", name, id,
                        "U:" + name + "|" + id);
            }
        }
        return month.build();
    }
}

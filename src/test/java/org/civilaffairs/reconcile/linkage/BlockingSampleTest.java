package org.civilaffairs.reconcile.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A training sample takes the pairs pass by pass without holding them: however few keys a pass may
 * hold, it must be exactly every k-th of the pairs {@link Blocking#candidates} gives for the same
 * rule, and count them all.
 */
class BlockingSampleTest {

    @ParameterizedTest(name = "{0} rows, at most {1}, passes of {2}")
    @CsvSource({"2000, 1000000, 4194304", "2000, 500, 4194304", "2000, 7, 4194304", "3000, 1, 4194304", "1, 10, 4194304",
            "0, 10, 4194304", "2000, 1000000, 300", "2000, 500, 300", "2000, 7, 1", "3000, 1, 50", "1, 10, 1"})
    void everyKthPairInRowOrder(int rows, int atMost, int passEntries) {
        LinkageMonth month = month(rows, new SplittableRandom(rows + atMost));
        Blocking.Candidates candidates = Blocking.candidates(month, Blocking::sameSound, (i, j) -> true);
        long[] all = candidates.pairs();
        assertThat(candidates.skippedBlocks()).as("blocks left out").isEqualTo(rows >= 2000 ? 6 : 0);
        Blocking.Sample sample = Blocking.sample(month, Blocking::sameSound, atMost, passEntries);
        long step = Math.max(1, (all.length + atMost - 1) / atMost);
        assertThat(sample.total()).isEqualTo(all.length);
        assertThat(sample.pairs()).containsExactly(LongStream.range(0, all.length).filter(k -> k % step == 0)
                .map(k -> all[(int) k]).toArray());
    }

    /** Names of few sounds, households of one to three, some blocks over {@link Blocking#MAX_BLOCK}. */
    private static LinkageMonth month(int rows, SplittableRandom random) {
        LinkageMonth.Builder month = LinkageMonth.builder("2024-05");
        String surnames = "王李张刘陈";
        String given = "伟芳娜敏静丽强磊";
        for (int i = 0, household = 0; i < rows; household++) {
            for (int m = 1 + random.nextInt(3); m > 0 && i < rows; m--, i++) {
                String name = random.nextInt(4) == 0 // six common two-character names: blocks of about 80 in 2,000 rows
                        ? "" + surnames.charAt(random.nextInt(2)) + given.charAt(random.nextInt(3))
                        : "" + surnames.charAt(random.nextInt(surnames.length())) + given.charAt(random.nextInt(given.length()))
                        + given.charAt(random.nextInt(given.length()));
                month.add("f.csv", i + 2, "s", "URBAN_DIBAO", "H" + household, "c", name, "x", "U:" + name + "|" + i);
            }
        }
        return month.build();
    }
}

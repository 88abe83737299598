package org.civilaffairs.reconcile.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A month gets the grid size in buckets, or as many as keep each under the partition weight, at most a street each. */
class MonthPartitionerTest {

    @ParameterizedTest(name = "grid {0}, month {1} in {3} streets, at most {2} a partition: {4} buckets")
    @CsvSource({
        "2, 0, 500000, 0, 2",
        "2, 1000, 500000, 1, 2",
        "2, 1000000, 500000, 50, 2",
        "2, 1000001, 500000, 50, 3",
        "2, 4000000, 500000, 50, 8",
        "4, 1000000, 500000, 50, 4",
        "1, 1000000, 250000, 50, 4",
        "2, 4000000, 31250, 53, 53",
        "2, 4000000, 31250, 200, 128",
        "4, 1000000, 31250, 3, 4"})
    void bucketsFollowTheMonthOnlyPastTheGridAndNeverPastTheStreets(int gridSize, long monthWeight, long partitionWeight,
                                                                    int streets, int buckets) {
        assertThat(MonthPartitioner.buckets(gridSize, monthWeight, partitionWeight, streets)).isEqualTo(buckets);
    }
}

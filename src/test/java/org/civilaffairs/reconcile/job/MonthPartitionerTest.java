package org.civilaffairs.reconcile.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A month gets the grid size in buckets, or as many as keep each under the partition weight. */
class MonthPartitionerTest {

    @ParameterizedTest(name = "grid {0}, month {1}, at most {2} a partition: {3} buckets")
    @CsvSource({
        "2, 0, 500000, 2",
        "2, 1000, 500000, 2",
        "2, 1000000, 500000, 2",
        "2, 1000001, 500000, 3",
        "2, 4000000, 500000, 8",
        "4, 1000000, 500000, 4",
        "1, 1000000, 250000, 4"})
    void bucketsFollowTheMonthOnlyPastTheGrid(int gridSize, long monthWeight, long partitionWeight, int buckets) {
        assertThat(MonthPartitioner.buckets(gridSize, monthWeight, partitionWeight)).isEqualTo(buckets);
    }
}

package org.civilaffairs.reconcile.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IngestThreadsTest {

    @ParameterizedTest(name = "configured {0}, grid {1}, MySQL {2}: {3}")
    @CsvSource({
        // configured, grid size, mysql, ingest partitions at once
        "0, 2, true,  2",
        "0, 8, true,  8",
        "0, 2, false, 1",
        "0, 8, false, 1",
        "3, 2, false, 3",
        "3, 2, true,  3",
    })
    void aSettingWinsElseTheGridOnMysqlAndOneOnH2(int configured, int gridSize, boolean mysql, int threads) {
        assertThat(PartitionedSteps.ingestThreads(configured, gridSize, mysql)).isEqualTo(threads);
    }
}

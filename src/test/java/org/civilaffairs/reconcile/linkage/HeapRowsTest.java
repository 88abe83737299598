package org.civilaffairs.reconcile.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Link keeps a month's columns on the heap while they take at most a third of it, at 100 bytes a row. */
class HeapRowsTest {

    @ParameterizedTest(name = "a heap of {0} MiB: {1} rows")
    @CsvSource({"1536, 5368709", "768, 2684354", "4096, 14316557", "64, 223696"})
    void aThirdOfTheHeap(long heapMegabytes, long rows) {
        assertThat(LinkageStore.heapRows(heapMegabytes << 20)).isEqualTo(rows);
    }

    /**
     * The benchmark's 4M month (3,947,055 loaded rows) stays on the heap the parallel collector gives
     * {@code -Xmx1536m} (1,431,830,528 bytes for objects); its 8M month (7.9M) is mapped.
     */
    @ParameterizedTest(name = "{0} loaded rows: on the heap {1}")
    @CsvSource({"3947055, true", "4772768, true", "4772769, false", "7900000, false"})
    void theBenchmarksMonths(long loaded, boolean onHeap) {
        assertThat(loaded <= LinkageStore.heapRows(1_431_830_528L)).isEqualTo(onHeap);
    }
}

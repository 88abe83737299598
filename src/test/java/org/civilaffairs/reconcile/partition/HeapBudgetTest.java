package org.civilaffairs.reconcile.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Partitions run side by side while their rows fit the heap's budget, and one at a time when they do not. */
class HeapBudgetTest {

    @ParameterizedTest(name = "{0} bytes at {1} a row: {2} rows")
    @CsvSource({
        "1431830528, 1000, 1431830",   // -Xmx1536m with the parallel collector
        "1431830528, 0,    1431830528", // a nonsense setting counts a byte a row
        "500,        1000, 1000",       // never less than one lot of rows
    })
    void theBudgetIsTheHeapOverTheBytesARow(long heap, long bytesPerRow, long rows) {
        assertThat(HeapBudget.of(heap, bytesPerRow).rows()).isEqualTo(rows);
    }

    @ParameterizedTest(name = "partitions of {0} rows in a budget of {1}: at most {2} at once, {3} told to wait")
    @CsvSource({
        "30000,   1431830, 4, 0",    // a city's month: its partitions never wait
        "1034991, 1431830, 1, 3",    // a district of four large streets: one at a time
        "700000,  1431830, 2, 2",    // two fit, a third waits
        "5000000, 1431830, 1, 3",    // each larger than the budget: alone, and no one waits for ever
    })
    void partitionsRunTogetherWhileTheyFit(long partitionRows, long budgetRows, int atOnce, int waited) throws Exception {
        HeapBudget budget = new HeapBudget(budgetRows);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger told = new AtomicInteger();
        CountDownLatch allStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> partitions = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                partitions.add(threads.submit(() -> {
                    allStarted.await();
                    try (HeapBudget.Lease lease = budget.take(partitionRows, rows -> told.incrementAndGet())) {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.sleep(200); // long beside the threads' start: those that fit are all in
                        running.decrementAndGet();
                    }
                    return null;
                }));
            }
            allStarted.countDown();
            for (Future<?> partition : partitions) {
                partition.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(most.get()).as("at most at once").isEqualTo(atOnce);
        assertThat(told.get()).as("told to wait").isEqualTo(waited);
    }
}

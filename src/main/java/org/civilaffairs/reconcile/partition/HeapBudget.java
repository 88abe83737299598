package org.civilaffairs.reconcile.partition;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The share of the heap the street partitions running side by side may hold, counted in staged roster
 * rows. A street is never split, so a district of a few large streets has a few large partitions: two
 * of a million rows each, resolved side by side, ran a 1.5 GB heap out of memory where each alone
 * fits. A partition takes its rows from the budget before it starts and gives them back when it
 * ends; one that would pass the budget waits for those running to end, and one larger than the
 * whole budget runs alone. The budget is fair: a large partition waiting is not passed by small ones
 * started after it. Partitions of a city's month (a few tens of thousands of rows each) never wait.
 */
public final class HeapBudget {

    /** The budget is counted in lots of this many rows, so that any heap's fits a semaphore's permits. */
    static final long ROWS_A_PERMIT = 1000;

    private final long rows;
    private final Semaphore permits;

    /** A budget of {@code rows} staged rows. */
    public HeapBudget(long rows) {
        this.rows = Math.max(rows, ROWS_A_PERMIT);
        this.permits = new Semaphore(permits(this.rows), true);
    }

    /** The budget of a heap of {@code maxBytes} at {@code bytesPerRow} a staged row. */
    public static HeapBudget of(long maxBytes, long bytesPerRow) {
        return new HeapBudget(maxBytes / Math.max(1, bytesPerRow));
    }

    public long rows() {
        return rows;
    }

    /**
     * Takes a partition's rows from the budget (all of it when the partition is larger), waiting
     * first when they do not fit beside the partitions running; {@code waiting} is told before it
     * waits. Close the lease when the partition ends.
     */
    public Lease take(long partitionRows, Consumer<Long> waiting) throws InterruptedException {
        int wanted = Math.min(permits(rows), permits(partitionRows));
        if (!permits.tryAcquire(wanted, 0, TimeUnit.SECONDS)) { // unlike tryAcquire(n), keeps the order of those waiting
            waiting.accept(rows);
            permits.acquire(wanted);
        }
        return () -> permits.release(wanted);
    }

    private static int permits(long rows) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (rows + ROWS_A_PERMIT - 1) / ROWS_A_PERMIT));
    }

    /** A partition's share of the budget, given back on closing. */
    @FunctionalInterface
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}

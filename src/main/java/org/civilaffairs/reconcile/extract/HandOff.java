package org.civilaffairs.reconcile.extract;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands what one thread produces to a thread of its own that takes it, in the order produced: the
 * counterpart of {@code ingest.ReadAhead}, for a pass whose producing side is as busy as its
 * consuming one. The month's registry extraction matches five million rows against the month's
 * persons while the extract and the partitions' shares are written behind it: with parsing ahead,
 * the pass then keeps both cores busy. A failure of the taking thread is rethrown to the producing
 * one at its next hand-over or at {@link #finish}; closing without finishing stops the taking
 * thread.
 *
 * @param <T> what is handed over
 */
final class HandOff<T> implements AutoCloseable {

    private static final int CHUNK = 1024;
    private static final Object[] END = new Object[0];

    private final BlockingQueue<Object[]> chunks = new ArrayBlockingQueue<>(8);
    private final Thread taker;
    private volatile Throwable failure;
    private Object[] chunk = new Object[CHUNK];
    private int filled;
    private boolean finished;

    HandOff(String name, Consumer<T> take) {
        taker = new Thread(() -> drain(take), name);
        taker.setDaemon(true);
        taker.start();
    }

    void add(T item) {
        chunk[filled++] = item;
        if (filled == CHUNK) {
            handOver(chunk);
            chunk = new Object[CHUNK];
            filled = 0;
        }
    }

    /** Waits until everything added is taken. */
    void finish() {
        if (filled > 0) {
            handOver(Arrays.copyOf(chunk, filled));
        }
        handOver(END);
        join();
        finished = true;
        rethrow();
    }

    @Override
    public void close() {
        if (!finished) {
            taker.interrupt();
            join();
        }
    }

    private void handOver(Object[] items) {
        rethrow();
        try {
            chunks.put(items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing over to " + taker.getName(), e);
        }
    }

    /** Takes each chunk until the end; after a failure, only empties them, so the producer never waits on a full queue. */
    private void drain(Consumer<T> take) {
        try {
            for (Object[] items = chunks.take(); items != END; items = chunks.take()) {
                if (failure == null) {
                    take(take, items);
                }
            }
        } catch (InterruptedException e) {
            // closed without finishing: stop
        }
    }

    @SuppressWarnings("unchecked")
    private void take(Consumer<T> take, Object[] items) {
        try {
            for (Object item : items) {
                take.accept((T) item);
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private void rethrow() {
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }

    private void join() {
        try {
            taker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

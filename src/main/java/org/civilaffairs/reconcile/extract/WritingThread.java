package org.civilaffairs.reconcile.extract;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Writes what a reading thread keeps on a thread of its own, in the order it was kept. Reading a
 * registry file splits over two threads already ({@code ReadAhead}: parsing, then matching the
 * month's persons), yet the matching thread also wrote each kept row to the extract and to the
 * partitions' shares, as much work as the matching: a third thread keeps both cores busy. A failure
 * of the writing thread is rethrown to the reading one at its next hand-over or at {@link #finish};
 * closing without finishing stops the writing thread.
 *
 * @param <T> what is written
 */
final class WritingThread<T> implements AutoCloseable {

    private static final int CHUNK = 1024;
    private static final Object[] END = new Object[0];

    private final BlockingQueue<Object[]> chunks = new ArrayBlockingQueue<>(8);
    private final Thread writer;
    private volatile Throwable failure;
    private Object[] chunk = new Object[CHUNK];
    private int filled;
    private boolean finished;

    WritingThread(String name, Consumer<T> write) {
        writer = new Thread(() -> drain(write), name);
        writer.setDaemon(true);
        writer.start();
    }

    void add(T item) {
        chunk[filled++] = item;
        if (filled == CHUNK) {
            handOver(chunk);
            chunk = new Object[CHUNK];
            filled = 0;
        }
    }

    /** Waits until everything added is written. */
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
            writer.interrupt();
            join();
        }
    }

    private void handOver(Object[] items) {
        rethrow();
        try {
            chunks.put(items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing an extract", e);
        }
    }

    /** Writes each chunk until the end; after a failure, only takes them, so the reader never waits on a full queue. */
    private void drain(Consumer<T> write) {
        try {
            for (Object[] items = chunks.take(); items != END; items = chunks.take()) {
                if (failure == null) {
                    write(write, items);
                }
            }
        } catch (InterruptedException e) {
            // closed without finishing: stop
        }
    }

    @SuppressWarnings("unchecked")
    private void write(Consumer<T> write, Object[] items) {
        try {
            for (Object item : items) {
                write.accept((T) item);
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
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

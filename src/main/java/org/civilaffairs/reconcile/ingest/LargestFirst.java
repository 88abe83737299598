package org.civilaffairs.reconcile.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * Work over items of very different sizes on the machine's cores, the largest started first: the
 * longest item then runs beside all the others instead of after a share of them (a parallel
 * stream splits the items by position, and the thread that drew the largest had its neighbours
 * still to do).
 */
final class LargestFirst {

    private LargestFirst() {
    }

    /** {@code work} of each item, in the items' order; of the items that failed, the first's failure is thrown as it was. */
    static <T, R> List<R> map(List<T> items, ToLongFunction<T> size, Function<T, R> work) {
        if (items.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "largest-first");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> results = new ArrayList<>(items.size());
            items.forEach(item -> results.add(null));
            IntStream.range(0, items.size()).boxed()
                    .sorted(Comparator.comparingLong((Integer i) -> size.applyAsLong(items.get(i))).reversed())
                    .forEach(i -> results.set(i, pool.submit(() -> work.apply(items.get(i)))));
            return results.stream().map(LargestFirst::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The result of a task, its failure thrown as it was thrown. */
    static <R> R join(Future<R> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        }
    }
}

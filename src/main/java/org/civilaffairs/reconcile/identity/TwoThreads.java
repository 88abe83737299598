package org.civilaffairs.reconcile.identity;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Two pieces of work side by side: the halves of a month-level read, which runs once all partitions
 * are done, on one thread, while the machine's other core waits (each half uses its own
 * connection); or a partition's files beside its database writes.
 */
final class TwoThreads {

    private TwoThreads() {
    }

    /** {@code work} over the first half of {@code items} on a thread of its own and over the second on this one. */
    static <T, R> List<R> halves(List<T> items, Function<List<T>, R> work) {
        List<T> first = items.subList(0, items.size() / 2);
        List<T> second = items.subList(first.size(), items.size());
        return both(() -> work.apply(first), () -> work.apply(second));
    }

    /** {@code work} over each half of {@code items}, side by side, as {@link #halves}. */
    static <T> void eachHalf(List<T> items, Consumer<List<T>> work) {
        halves(items, half -> {
            work.accept(half);
            return null;
        });
    }

    /** Runs {@code first} on a thread of its own and {@code second} on this one, as {@link #both(Supplier, Supplier)}. */
    static void both(Runnable first, Runnable second) {
        both(() -> {
            first.run();
            return null;
        }, () -> {
            second.run();
            return null;
        });
    }

    /**
     * The results of {@code first}, run on a thread of its own, and of {@code second}, run on this
     * one. Both have ended when it returns or throws, so nothing of the pass goes on after a failure;
     * the first failure is raised.
     */
    static <T> List<T> both(Supplier<T> first, Supplier<T> second) {
        ExecutorService beside = Executors.newSingleThreadExecutor();
        try {
            Future<T> firstHalf = beside.submit(first::get);
            T secondResult = null;
            RuntimeException failed = null;
            try {
                secondResult = second.get();
            } catch (RuntimeException e) {
                failed = e;
            }
            T firstResult = null;
            try {
                firstResult = firstHalf.get();
            } catch (ExecutionException e) {
                failed = failed != null ? failed
                        : e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
            }
            if (failed != null) {
                throw failed;
            }
            return Arrays.asList(firstResult, secondResult);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted in a month-level pass", e);
        } finally {
            beside.shutdown();
        }
    }
}

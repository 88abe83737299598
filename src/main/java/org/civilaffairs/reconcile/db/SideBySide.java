package org.civilaffairs.reconcile.db;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Two reads at once, the second on a thread (and a pooled connection) of its own: for the month-level
 * passes that run after a step's partitions, when a core would otherwise wait for one read after the
 * other. A failure of either is thrown as it is, for the run's one-line message.
 */
public final class SideBySide {

    /** What the two reads returned. */
    public record Both<A, B>(A first, B second) {
    }

    private SideBySide() {
    }

    public static <A, B> Both<A, B> read(Supplier<A> first, Supplier<B> second) {
        CompletableFuture<B> other = CompletableFuture.supplyAsync(second, task -> {
            Thread thread = new Thread(task, "side-by-side");
            thread.setDaemon(true);
            thread.start();
        });
        A a = first.get();
        try {
            return new Both<>(a, other.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}

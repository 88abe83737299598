package org.civilaffairs.reconcile.db;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes of a partition that commit as they go, beside the step's transaction. For work that is
 * rewritten whole on every run (a partition deletes its streets' rows, then inserts them): what was
 * committed before a crash is deleted and written again by the next run. H2 keeps each row of a
 * transaction in its undo log and goes over it once more at commit, after its cache has let it go:
 * in slices of 20,000 rows committed each, the commits of a city partition's households took as long
 * as their inserts; statement by statement, they cost next to nothing.
 */
@Component
public class CommittedSlices {

    /** Rows per slice: the size of one {@code LOAD DATA} batch, a few hundred JDBC batches apart. */
    public static final int ROWS = BulkInsert.LOAD_BATCH;

    private final TransactionTemplate own;
    private final TransactionTemplate none;

    public CommittedSlices(PlatformTransactionManager tx) {
        this.own = new TransactionTemplate(tx);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.none = new TransactionTemplate(tx);
        none.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** Runs the work in a transaction of its own, committed when it returns: for writes that must land together. */
    public void commit(Runnable work) {
        own.executeWithoutResult(status -> work.run());
    }

    /** Runs the work outside any transaction, on one connection: each statement is committed as it ends. */
    public void autocommit(Runnable work) {
        none.executeWithoutResult(status -> work.run());
    }

    /**
     * Writes the rows slice by slice, each slice in a transaction of its own ({@link #commit}): for
     * statements of a row each, which committed one by one would each wait for the database's log
     * to reach the disk (on MySQL a partition's 1,500 updated rows took a second that way).
     */
    public <T> void commitSlices(List<T> rows, Consumer<List<T>> write) {
        eachSlice(rows, slice -> commit(() -> write.accept(slice)));
    }

    /** Writes the rows slice by slice outside any transaction ({@link #autocommit}). */
    public <T> void commitEach(List<T> rows, Consumer<List<T>> write) {
        autocommit(() -> eachSlice(rows, write));
    }

    private static <T> void eachSlice(List<T> rows, Consumer<List<T>> write) {
        for (int from = 0; from < rows.size(); from += ROWS) {
            write.accept(rows.subList(from, Math.min(rows.size(), from + ROWS)));
        }
    }
}

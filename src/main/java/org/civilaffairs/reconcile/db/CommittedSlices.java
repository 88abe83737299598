package org.civilaffairs.reconcile.db;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes of a partition that commit as they go, each slice in a transaction of its own beside the
 * step's. For work that is rewritten whole on every run (a partition deletes its streets' rows, then
 * inserts them): a slice committed before a crash is deleted and written again by the next run. One
 * transaction for a city partition's million rows makes H2 go over every row once more at commit,
 * after its cache has let them go, and keeps them all in memory until then.
 */
@Component
public class CommittedSlices {

    /** Rows per slice: the size of one {@code LOAD DATA} batch, a few hundred JDBC batches apart. */
    public static final int ROWS = BulkInsert.LOAD_BATCH;

    private final TransactionTemplate own;

    public CommittedSlices(PlatformTransactionManager tx) {
        this.own = new TransactionTemplate(tx);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs the work in a transaction of its own, committed when it returns. */
    public void commit(Runnable work) {
        own.executeWithoutResult(status -> work.run());
    }

    /** Writes the rows slice by slice, each slice committed on its own. */
    public <T> void commitEach(List<T> rows, Consumer<List<T>> write) {
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<T> slice = rows.subList(from, Math.min(rows.size(), from + ROWS));
            commit(() -> write.accept(slice));
        }
    }
}

package org.civilaffairs.reconcile.job;

import java.time.YearMonth;
import java.util.Collection;
import java.util.function.Consumer;
import org.civilaffairs.reconcile.policy.Policy;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a stage's partitions, then, when every one of them has completed (in this attempt or an
 * earlier one), closes each month waiting at the stage: the month-level pass over what the
 * partitions wrote, in one transaction with the month's move to the next stage. A month's close
 * reads only the database, so a restart after a crash between two closes closes what is left.
 */
final class MonthClosingPartitionHandler implements PartitionHandler {

    private final PartitionHandler partitions;
    private final MonthLedger ledger;
    private final int stage;
    private final Consumer<YearMonth> close;
    private final TransactionTemplate tx;

    MonthClosingPartitionHandler(PartitionHandler partitions, MonthLedger ledger, int stage, Consumer<YearMonth> close,
                                 TransactionTemplate tx) {
        this.partitions = partitions;
        this.ledger = ledger;
        this.stage = stage;
        this.close = close;
        this.tx = tx;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
        Collection<StepExecution> done = partitions.handle(splitter, manager);
        if (done.stream().allMatch(e -> e.getStatus() == BatchStatus.COMPLETED)) {
            Policy policy = PartitionedSteps.policy(manager);
            for (YearMonth month : ledger.allAt(stage)) {
                tx.executeWithoutResult(status -> {
                    close.accept(month);
                    ledger.advance(month, stage + 1, policy.sha256());
                });
            }
        }
        return done;
    }
}

package org.civilaffairs.reconcile.remote;

import org.civilaffairs.reconcile.OneLineErrors;
import org.civilaffairs.reconcile.ops.FailureText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * A worker's line when one of its partitions ends, beside {@link PartitionGuard}'s when it starts:
 * the manager reports the run, and a worker's terminal says what became of what it ran (the
 * framework's own error lines go to the log file only).
 */
final class PartitionEnd implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(PartitionEnd.class);

    @Override
    public ExitStatus afterStep(StepExecution partition) {
        String name = partition.getStepName();
        long run = partition.getJobExecutionId();
        if (partition.getStatus() == BatchStatus.FAILED) {
            String cause = partition.getFailureExceptions().stream().findFirst().map(OneLineErrors::describe)
                    .orElse(FailureText.cause(partition.getExitStatus().getExitDescription()));
            log.error("worker: {} of run {} FAILED: {}", name, run, cause);
        } else {
            log.info("worker: {} of run {} {}", name, run, partition.getStatus());
        }
        return null;
    }
}

package org.civilaffairs.reconcile.remote;

import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.core.GenericSelector;

/**
 * A worker's gate in front of each partition request. The broker delivers at least once, and a
 * request is acknowledged only after its partition ends, so a request may come again: one whose
 * partition has ended (or whose run has) is acknowledged and not run again; one left STARTED by a
 * worker that died is taken over: that worker's transaction died with its connection, and the
 * partition rewrites its whole slice, so running it again writes exactly what one run writes.
 * A partition from a manager of another release is marked FAILED with the reason, unwritten.
 */
final class PartitionGuard implements GenericSelector<StepExecutionRequest> {

    private static final Logger log = LoggerFactory.getLogger(PartitionGuard.class);

    private final JobRepository repository;
    private final Versions versions;

    PartitionGuard(JobRepository repository, Versions versions) {
        this.repository = repository;
        this.versions = versions;
    }

    @Override
    public boolean accept(StepExecutionRequest request) {
        StepExecution partition = repository.getStepExecution(request.getStepExecutionId());
        if (partition == null) {
            log.warn("worker: request for unknown partition {} dropped", request.getStepExecutionId());
            return false;
        }
        String name = partition.getStepName();
        long run = partition.getJobExecutionId();
        if (!partition.getJobExecution().isRunning() || !partition.getStatus().isRunning()) {
            log.info("worker: {} of run {} is {} (run {}): acknowledged, not run again", name, run, partition.getStatus(),
                    partition.getJobExecution().getStatus());
            return false;
        }
        var refusal = versions.refusal(name, partition.getExecutionContext());
        if (refusal.isPresent()) {
            log.error("worker: {}", refusal.get());
            fail(partition, refusal.get());
            return false;
        }
        if (partition.getStatus() == BatchStatus.STARTED) {
            log.warn("worker: {} of run {} was left STARTED by a worker that is gone: taking it over", name, run);
        } else {
            log.info("worker: running {} of run {}", name, run);
        }
        return true;
    }

    private void fail(StepExecution partition, String reason) {
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
        partition.setEndTime(LocalDateTime.now());
        repository.update(partition);
    }
}

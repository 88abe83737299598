package org.civilaffairs.reconcile.remote;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.civilaffairs.reconcile.OneLineErrors;
import org.civilaffairs.reconcile.ops.FailureText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.messaging.MessagingException;

/**
 * Sends one message per partition and polls the job repository until every partition has ended
 * (no reply queue, so a manager restart loses nothing in flight). Each partition carries the
 * manager's release ({@link Versions}); waiting ends after {@code reconcile.remote.timeout}
 * instead of forever when a worker died. While it waits, a broker outage only delays the stage: the
 * queue is durable and workers reconnect; a broker that cannot take the requests fails the stage
 * at once. A partition that failed on a worker fails the stage with that worker's reason.
 * Built here rather than by RemotePartitioningManagerStepBuilderFactory, which builds the whole
 * manager step around a handler of its own: each month's close must run after the partitions,
 * so MonthClosingPartitionHandler wraps this handler as it wraps the local one.
 */
final class RemotePartitionHandler extends MessageChannelPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(RemotePartitionHandler.class);
    private static final String RESUME = "run 'recover --last' then 'restart --last --remote'";

    private final JobRepository repository;
    private final Versions versions;
    private final Duration timeout;

    RemotePartitionHandler(JobRepository repository, Versions versions, Duration timeout) {
        this.repository = repository;
        this.versions = versions;
        this.timeout = timeout;
        setJobRepository(repository);
        setTimeout(timeout.toMillis());
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        for (StepExecution partition : partitions) {
            versions.stamp(partition.getExecutionContext());
            repository.updateExecutionContext(partition);
        }
        Set<StepExecution> ended;
        long start = System.nanoTime();
        try {
            log.info("{}: {} partitions sent to workers", manager.getStepName(), partitions.size());
            ended = super.doHandle(manager, partitions);
        } catch (TimeoutException e) {
            throw new PartitionsLost("partitions of " + manager.getStepName() + " sent to workers did not all end within "
                    + timeout.toSeconds() + " s (a worker died, or none is running): start a worker, then " + RESUME);
        } catch (MessagingException | AmqpException e) {
            throw new PartitionsLost("the partitions of " + manager.getStepName() + " could not be sent: "
                    + OneLineErrors.describe(e) + "; when it is back, " + RESUME);
        }
        ended.stream().filter(p -> p.getStatus() != BatchStatus.COMPLETED).findFirst().ifPresent(failed -> {
            throw new IllegalStateException("partition " + failed.getStepName() + " " + failed.getStatus() + " on a worker: "
                    + reason(failed));
        });
        log.info("{}: {} partitions done by workers in {} ms", manager.getStepName(), ended.size(),
                (System.nanoTime() - start) / 1_000_000);
        return ended;
    }

    /** The cause the worker recorded, in words. */
    private static String reason(StepExecution failed) {
        String cause = FailureText.cause(failed.getExitStatus().getExitDescription());
        return cause.isEmpty() ? "see the worker's log" : cause;
    }
}

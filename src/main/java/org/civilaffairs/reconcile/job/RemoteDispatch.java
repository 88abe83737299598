package org.civilaffairs.reconcile.job;

import org.springframework.batch.core.partition.PartitionHandler;

/**
 * Sends a stage's partitions to worker processes instead of local threads; present only when the
 * command runs remotely ({@code run --remote}).
 */
public interface RemoteDispatch {

    /** A handler that has the worker step {@code workerStep} run each partition on some worker. */
    PartitionHandler handler(String workerStep, int gridSize);
}

package org.civilaffairs.reconcile.job;

import java.util.Collection;
import java.util.Set;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;

/** Runs a step's partitions, telling {@link Units} how many start, for the step's progress line. */
final class ProgressPartitionHandler implements PartitionHandler {

    private final PartitionHandler partitions;
    private final Units units;

    ProgressPartitionHandler(PartitionHandler partitions, Units units) {
        this.partitions = partitions;
        this.units = units;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
        return partitions.handle(new StepExecutionSplitter() {
            @Override
            public String getStepName() {
                return splitter.getStepName();
            }

            @Override
            public Set<StepExecution> split(StepExecution step, int gridSize) throws JobExecutionException {
                Set<StepExecution> started = splitter.split(step, gridSize);
                units.partitionsStarting(manager.getStepName(), started.size());
                return started;
            }
        }, manager);
    }
}

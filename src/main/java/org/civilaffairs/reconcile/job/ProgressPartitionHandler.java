package org.civilaffairs.reconcile.job;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs a step's partitions, heaviest first ({@link #WEIGHT} in their context, then by name), telling
 * {@link Units} how many start, for the step's progress line. The threads take the partitions in
 * that order, so the longest ones do not end up alone at the end of the step.
 */
final class ProgressPartitionHandler implements PartitionHandler {

    /** A partition's weight, when its partitioner gives one. */
    static final String WEIGHT = "weight";

    private static final Comparator<StepExecution> HEAVIEST_FIRST = Comparator
            .comparingLong((StepExecution s) -> -s.getExecutionContext().getLong(WEIGHT, 0))
            .thenComparing(StepExecution::getStepName);

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
                return started.stream().sorted(HEAVIEST_FIRST).collect(Collectors.toCollection(LinkedHashSet::new));
            }
        }, manager);
    }
}

package org.civilaffairs.reconcile.ops;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;

/**
 * The partitions of a partitioned step in one run ({@code resolve:2019-07:bucket-03} belongs to
 * {@code resolve}), counted done / running / stopped / failed, with the names of those not done and the cause
 * of the first that failed ({@code 2019-07:files-26-33: cannot read archived copy of ...}): the step
 * itself records only that a partition failed.
 */
public record PartitionSummary(int done, int running, int stopped, int failed, List<String> notDone, Optional<String> failure) {

    /** Whether a step execution is a partition of another step (its name carries the partition's). */
    public static boolean isPartition(StepExecution step) {
        return step.getStepName().indexOf(':') > 0;
    }

    /** The partitions of {@code step} among a run's step executions, or null if it has none. */
    public static PartitionSummary of(String step, List<StepExecution> executions) {
        List<StepExecution> partitions = executions.stream().filter(e -> e.getStepName().startsWith(step + ":")).toList();
        if (partitions.isEmpty()) {
            return null;
        }
        int done = count(partitions, BatchStatus.COMPLETED);
        int stopped = count(partitions, BatchStatus.STOPPED);
        int failed = count(partitions, BatchStatus.FAILED) + count(partitions, BatchStatus.UNKNOWN)
                + count(partitions, BatchStatus.ABANDONED);
        List<String> notDone = partitions.stream().filter(e -> e.getStatus() != BatchStatus.COMPLETED)
                .map(e -> e.getStepName().substring(step.length() + 1) + " " + e.getStatus()).sorted().toList();
        Optional<String> failure = partitions.stream().filter(e -> e.getStatus() == BatchStatus.FAILED)
                .min(Comparator.comparing(StepExecution::getStepName)).map(e -> e.getStepName().substring(step.length() + 1)
                        + ": " + FailureText.cause(e.getExitStatus().getExitDescription()));
        return new PartitionSummary(done, partitions.size() - done - stopped - failed, stopped, failed, notDone, failure);
    }

    /** {@code partitions: 6 done, 2 running, 0 failed (2019-07:bucket-01 STARTED, ...)}; those stopped, when any. */
    public String line() {
        return String.format("partitions: %d done, %d running, %s%d failed%s", done, running,
                stopped == 0 ? "" : stopped + " stopped, ", failed,
                notDone.isEmpty() ? "" : notDone.stream().collect(Collectors.joining(", ", " (", ")")));
    }

    private static int count(List<StepExecution> partitions, BatchStatus status) {
        return (int) partitions.stream().filter(e -> e.getStatus() == status).count();
    }
}

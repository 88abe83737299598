package org.civilaffairs.reconcile.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.job.ReconcileJobConfig;
import org.civilaffairs.reconcile.ops.PartitionSummary;
import org.civilaffairs.reconcile.privacy.Mask;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code status}: recent runs, each step with status, counts, duration and exit message, and its partitions. */
@Command(name = "status", description = "Show recent runs and their steps.")
public class StatusCommand implements Callable<Integer> {

    @Option(names = "--limit", defaultValue = "5", description = "how many recent runs")
    int limit;

    private final JobRepository repository;

    public StatusCommand(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public Integer call() {
        List<JobInstance> instances = repository.getJobInstances(ReconcileJobConfig.JOB, 0, limit);
        if (instances.isEmpty()) {
            System.out.println("no runs yet");
        }
        for (JobInstance instance : instances) {
            for (JobExecution e : repository.getJobExecutions(instance)) {
                System.out.printf("run %d  %s  started %s  ended %s%n", e.getId(), e.getStatus(), e.getStartTime(),
                        e.getEndTime() == null ? "-" : e.getEndTime());
                List<StepExecution> steps = List.copyOf(e.getStepExecutions());
                for (StepExecution s : steps) {
                    if (PartitionSummary.isPartition(s)) {
                        continue;
                    }
                    Duration took = s.getStartTime() == null || s.getEndTime() == null ? null
                            : Duration.between(s.getStartTime(), s.getEndTime());
                    System.out.printf("  %-10s %-9s read %d  written %d  skipped %d  %s%s%n", s.getStepName(), s.getStatus(),
                            s.getReadCount(), s.getWriteCount(), s.getSkipCount(), took == null ? "-" : took.toMillis() + " ms",
                            exitMessage(s));
                    PartitionSummary partitions = PartitionSummary.of(s.getStepName(), steps);
                    if (partitions != null) {
                        System.out.printf("             %s%n", partitions.line());
                    }
                }
            }
        }
        return 0;
    }

    private static String exitMessage(StepExecution s) {
        String d = s.getExitStatus().getExitDescription();
        return d == null || d.isEmpty() ? "" : "  " + Mask.freeText(d.lines().findFirst().orElse(""));
    }
}

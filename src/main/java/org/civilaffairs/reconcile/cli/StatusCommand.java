package org.civilaffairs.reconcile.cli;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.UsageError;
import org.civilaffairs.reconcile.ingest.InputWarning;
import org.civilaffairs.reconcile.job.ReconcileJobConfig;
import org.civilaffairs.reconcile.ops.FailureText;
import org.civilaffairs.reconcile.ops.PartitionSummary;
import org.civilaffairs.reconcile.ops.RunWarnings;
import org.civilaffairs.reconcile.policy.PolicyStore;
import org.civilaffairs.reconcile.privacy.Mask;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code status}: recent runs, each step with status, counts, duration and exit message, and its partitions. */
@Command(name = "status", description = "Show recent runs and their steps.")
public class StatusCommand implements Callable<Integer>, ReadOnlyCommand {

    @Option(names = "--limit", defaultValue = "5", description = "how many recent runs")
    int limit;

    private final JobRepository repository;
    private final RunWarnings warnings;

    public StatusCommand(JobRepository repository, RunWarnings warnings) {
        this.repository = repository;
        this.warnings = warnings;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UsageError("--limit " + limit + ": write how many recent runs to show, 1 or more");
        }
        List<JobInstance> instances = repository.getJobInstances(ReconcileJobConfig.JOB, 0, limit);
        if (instances.isEmpty()) {
            System.out.println("no runs yet");
        }
        for (JobInstance instance : instances) {
            List<JobExecution> executions = repository.getJobExecutions(instance).stream()
                    .sorted(Comparator.comparing(JobExecution::getId).reversed()).toList();
            for (int i = 0; i < executions.size(); i++) {
                JobExecution e = executions.get(i);
                List<InputWarning> found = warnings.of(e.getId());
                List<InputWarning> notices = warnings.notices(e.getId());
                System.out.printf("run %d  %s%s%s  started %s  ended %s  policy %s%s%s%n", e.getId(), e.getStatus(),
                        found.isEmpty() ? "" : " with " + count(found.size(), "warning"),
                        notices.isEmpty() ? "" : " (" + count(notices.size(), "notice") + ")", e.getStartTime(),
                        e.getEndTime() == null ? "-" : e.getEndTime(),
                        PolicyStore.shortHash(e.getJobParameters().getString(PolicyStore.JOB_PARAMETER)), rerun(e.getJobParameters()),
                        i + 1 < executions.size() ? "  (restart: continues run " + executions.get(i + 1).getId() + ")" : "");
                List<StepExecution> steps = List.copyOf(e.getStepExecutions());
                for (StepExecution s : steps) {
                    if (PartitionSummary.isPartition(s)) {
                        continue;
                    }
                    Duration took = s.getStartTime() == null || s.getEndTime() == null ? null
                            : Duration.between(s.getStartTime(), s.getEndTime());
                    PartitionSummary partitions = PartitionSummary.of(s.getStepName(), steps);
                    System.out.printf("  %-10s %-9s read %d  written %d  skipped %d  %s%s%n", s.getStepName(), s.getStatus(),
                            s.getReadCount(), s.getWriteCount(), s.getSkipCount(), took == null ? "-" : took.toMillis() + " ms",
                            exitMessage(s, partitions));
                    if (partitions != null) {
                        System.out.printf("             %s%n", partitions.line());
                    }
                }
                found.forEach(w -> System.out.println("  warning: " + w.line()));
                notices.forEach(w -> System.out.println("  notice: " + w.line()));
            }
        }
        return 0;
    }

    /** "  rerun-month 2019-07 --reread-rosters" for a re-close, as it was asked for; nothing for a run. */
    private static String rerun(JobParameters parameters) {
        String month = parameters.getString(ReconcileJobConfig.RERUN);
        if (month == null || month.isEmpty()) {
            return "";
        }
        boolean reread = Boolean.parseBoolean(parameters.getString(ReconcileJobConfig.REREAD));
        return "  rerun-month " + month + (reread ? " --reread-rosters" : "");
    }

    /** "1 warning", "3 notices". */
    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** Why a step failed: for a partitioned step, its first failed partition's cause; a stopped step, by what. */
    private static String exitMessage(StepExecution s, PartitionSummary partitions) {
        if (s.getStatus() == BatchStatus.STOPPED) {
            return "  stopped by 'stop' or a signal";
        }
        String recorded = FailureText.cause(s.getExitStatus().getExitDescription());
        String cause = partitions != null && s.getStatus() == BatchStatus.FAILED ? partitions.failure().orElse(recorded) : recorded;
        return cause.isEmpty() ? "" : "  " + Mask.freeText(cause);
    }
}

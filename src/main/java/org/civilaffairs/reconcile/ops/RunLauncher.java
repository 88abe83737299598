package org.civilaffairs.reconcile.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.civilaffairs.reconcile.OneLineErrors;
import org.civilaffairs.reconcile.ingest.InboxScanner;
import org.civilaffairs.reconcile.job.ReconcileJobConfig;
import org.civilaffairs.reconcile.policy.PolicyException;
import org.civilaffairs.reconcile.policy.PolicyStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Starts the reconcile job for the command line and the scheduler: validates the policy before
 * anything is written, refuses while another run is in progress, and turns the outcome into an
 * exit code with one line for the operator (0 completed; 1 failed or stopped; 2 bad policy or
 * input; 4 another run in progress).
 */
@Service
public class RunLauncher {

    public static final Path DEFAULT_POLICY = Path.of("jobs", "policy.yml");
    /** Where the run was started, so 'recover' can tell a dead process from a live one; not identifying. */
    public static final String HOST = "host";
    public static final String PID = "pid";

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final PolicyStore policies;

    public RunLauncher(JobOperator operator, JobRepository repository, Job job, PolicyStore policies) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.policies = policies;
    }

    /** {@code run}: ingest the inbox (or one month of it) and close every month that changed. */
    public int run(Path inbox, Path policy, String month) throws Exception {
        Optional<PolicyStore.Stored> stored = keep(policy == null ? DEFAULT_POLICY : policy);
        if (stored.isEmpty()) {
            return 2;
        }
        List<YearMonth> months = month == null ? InboxScanner.months(inbox) : List.of(YearMonth.parse(month));
        return launch(stored.get(), months, new JobParametersBuilder()
                .addString(ReconcileJobConfig.INBOX, inbox.toAbsolutePath().normalize().toString())
                .addString(ReconcileJobConfig.MONTH, month == null ? "" : month));
    }

    /**
     * {@code rerun-month}: re-close one month from its staged rows, without reading any inbox, under
     * the policy given, or else the one the month was last closed with.
     */
    public int rerun(YearMonth month, Path policy) throws Exception {
        Optional<PolicyStore.Stored> stored = policy != null ? keep(policy) : policies.closedWith(month);
        if (stored.isEmpty()) {
            if (policy == null) {
                System.err.println("reconcile: month " + month + " has no kept policy (never closed, or closed before"
                        + " policies were kept): pass --policy FILE");
            }
            return 2;
        }
        return launch(stored.get(), List.of(month), new JobParametersBuilder()
                .addString(ReconcileJobConfig.INBOX, "")
                .addString(ReconcileJobConfig.RERUN, month.toString()));
    }

    /** Reads, checks and keeps the policy file; a problem is one line on standard error (exit code 2). */
    private Optional<PolicyStore.Stored> keep(Path policyFile) {
        if (!Files.isReadable(policyFile)) {
            System.err.println("reconcile: policy file " + policyFile.toAbsolutePath() + " not found: pass --policy FILE");
            return Optional.empty();
        }
        try {
            return Optional.of(policies.keep(policyFile));
        } catch (PolicyException e) {
            System.err.println("reconcile: " + e.getMessage());
            return Optional.empty();
        }
    }

    private int launch(PolicyStore.Stored policy, List<YearMonth> months, JobParametersBuilder params) throws Exception {
        try {
            months.forEach(policy.policy()::requireStandards);
        } catch (PolicyException e) {
            System.err.println("reconcile: " + e.getMessage());
            return 2;
        }
        if (!repository.findRunningJobExecutions(ReconcileJobConfig.JOB).isEmpty()) {
            System.err.println("reconcile: another run is in progress (see 'status'); if its process died, run 'recover --last'");
            return 4;
        }
        JobExecution execution = operator.start(job, params
                .addString(ReconcileJobConfig.POLICY, policy.file().toString())
                .addString(PolicyStore.JOB_PARAMETER, policy.policy().sha256(), false)
                .addLong("run.at", System.currentTimeMillis())
                .addString(HOST, ProcessCheck.hostName(), false)
                .addLong(PID, ProcessHandle.current().pid(), false)
                .toJobParameters());
        return report(execution);
    }

    /** Restarts a FAILED or STOPPED run from the step and unit where it stopped. */
    public int restart(JobExecution execution) throws Exception {
        return report(operator.restart(execution));
    }

    static int report(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            System.err.println("reconcile: run " + execution.getId() + " completed");
            return 0;
        }
        String reason = execution.getAllFailureExceptions().stream().findFirst()
                .map(OneLineErrors::describe).orElse(execution.getExitStatus().getExitDescription());
        System.err.println("reconcile: run " + execution.getId() + " " + execution.getStatus() + ": " + reason
                + " — fix the cause, then 'restart " + execution.getId() + "'");
        return 1;
    }
}

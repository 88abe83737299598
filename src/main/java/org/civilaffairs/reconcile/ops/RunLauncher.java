package org.civilaffairs.reconcile.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.civilaffairs.reconcile.OneLineErrors;
import org.civilaffairs.reconcile.ingest.InboxScanner;
import org.civilaffairs.reconcile.job.ReconcileJobConfig;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.PolicyLoader;
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

    public RunLauncher(JobOperator operator, JobRepository repository, Job job) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
    }

    /** {@code run}: ingest the inbox (or one month of it) and close every month that changed. */
    public int run(Path inbox, Path policy, String month) throws Exception {
        Path policyFile = policy == null ? DEFAULT_POLICY : policy;
        List<YearMonth> months = month == null ? InboxScanner.months(inbox) : List.of(YearMonth.parse(month));
        return launch(policyFile, months, new JobParametersBuilder()
                .addString(ReconcileJobConfig.INBOX, inbox.toAbsolutePath().normalize().toString())
                .addString(ReconcileJobConfig.MONTH, month == null ? "" : month));
    }

    /** {@code rerun-month}: re-close one month from its staged rows, without reading any inbox. */
    public int rerun(YearMonth month, Path policy) throws Exception {
        return launch(policy == null ? DEFAULT_POLICY : policy, List.of(month), new JobParametersBuilder()
                .addString(ReconcileJobConfig.INBOX, "")
                .addString(ReconcileJobConfig.RERUN, month.toString()));
    }

    private int launch(Path policyFile, List<YearMonth> months, JobParametersBuilder params) throws Exception {
        if (!Files.isReadable(policyFile)) {
            System.err.println("reconcile: policy file " + policyFile.toAbsolutePath() + " not found: pass --policy FILE");
            return 2;
        }
        Policy loaded = PolicyLoader.load(policyFile);
        months.forEach(loaded::requireStandards);
        if (!repository.findRunningJobExecutions(ReconcileJobConfig.JOB).isEmpty()) {
            System.err.println("reconcile: another run is in progress (see 'status'); if its process died, run 'recover --last'");
            return 4;
        }
        JobExecution execution = operator.start(job, params
                .addString(ReconcileJobConfig.POLICY, policyFile.toAbsolutePath().normalize().toString())
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

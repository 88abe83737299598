package org.civilaffairs.reconcile.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.ingest.InboxScanner;
import org.civilaffairs.reconcile.job.ReconcileJobConfig;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code run}: ingest the inbox and close every month that changed. */
@Command(name = "run", description = "Ingest new inbox files and reconcile every month that changed.")
public class RunCommand implements Callable<Integer> {

    static final Path DEFAULT_POLICY = Path.of("jobs", "policy.yml");

    @Option(names = "--inbox", required = true, description = "inbox folder: <inbox>/<YYYY-MM>/rosters|reference/*.csv")
    Path inbox;

    @Option(names = "--policy", description = "policy file (default: jobs/policy.yml)")
    Path policy;

    @Option(names = "--month", description = "only this month's folder (YYYY-MM)")
    String month;

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;

    public RunCommand(JobOperator operator, JobRepository repository, Job job) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
    }

    @Override
    public Integer call() throws Exception {
        Path policyFile = policy == null ? DEFAULT_POLICY : policy;
        if (!Files.isReadable(policyFile)) {
            System.err.println("reconcile run: policy file " + policyFile.toAbsolutePath() + " not found: pass --policy FILE");
            return 2;
        }
        Policy loaded = PolicyLoader.load(policyFile);
        if (month != null) {
            loaded.requireStandards(YearMonth.parse(month));
        } else {
            InboxScanner.months(inbox).forEach(loaded::requireStandards);
        }
        if (!repository.findRunningJobExecutions(ReconcileJobConfig.JOB).isEmpty()) {
            System.err.println("reconcile run: another run is in progress (see 'status'); if its process died, run 'recover --last'");
            return 4;
        }
        JobParameters params = new JobParametersBuilder()
                .addString(ReconcileJobConfig.INBOX, inbox.toAbsolutePath().normalize().toString())
                .addString(ReconcileJobConfig.POLICY, policyFile.toAbsolutePath().normalize().toString())
                .addString(ReconcileJobConfig.MONTH, month == null ? "" : month)
                .addLong("run.at", System.currentTimeMillis())
                .addString(Executions.HOST, Executions.hostName(), false)
                .addLong(Executions.PID, ProcessHandle.current().pid(), false)
                .toJobParameters();
        JobExecution execution = operator.start(job, params);
        return report(execution);
    }

    static int report(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            System.err.println("reconcile: run " + execution.getId() + " completed");
            return 0;
        }
        String reason = execution.getAllFailureExceptions().stream().findFirst()
                .map(org.civilaffairs.reconcile.OneLineErrors::describe).orElse(execution.getExitStatus().getExitDescription());
        System.err.println("reconcile: run " + execution.getId() + " " + execution.getStatus() + ": " + reason
                + " — fix the cause, then 'restart " + execution.getId() + "'");
        return 1;
    }
}

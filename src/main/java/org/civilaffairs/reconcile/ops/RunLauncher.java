package org.civilaffairs.reconcile.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.ExitCodes;
import org.civilaffairs.reconcile.OneLineErrors;
import org.civilaffairs.reconcile.UsageError;
import org.civilaffairs.reconcile.db.H2Host;
import org.civilaffairs.reconcile.ingest.InboxScanner;
import org.civilaffairs.reconcile.job.ReconcileJobConfig;
import org.civilaffairs.reconcile.policy.PolicyException;
import org.civilaffairs.reconcile.policy.PolicyStore;
import org.civilaffairs.reconcile.remote.PartitionsLost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Starts the reconcile job for the command line and the scheduler: validates the policy before
 * anything is written, refuses while another run is in progress, makes sure the run's end is
 * recorded even after a database outage, and turns the outcome into one line for the operator,
 * an exit code of {@link ExitCodes} and the run's metrics.
 */
@Service
public class RunLauncher {

    public static final Path DEFAULT_POLICY = Path.of("jobs", "policy.yml");
    /** Where the run was started, so 'recover' can tell a dead process from a live one; not identifying. */
    public static final String HOST = "host";
    public static final String PID = "pid";
    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final PolicyStore policies;
    private final RunWarnings warnings;
    private final RunMetrics metrics;
    private final RunAudit audit;
    private final Duration settleFor;
    private final H2Host host;
    private final Duration hostWait;

    public RunLauncher(JobOperator operator, JobRepository repository, Job job, PolicyStore policies, RunWarnings warnings,
                       RunMetrics metrics, RunAudit audit, @Value("${reconcile.record-end-timeout:120s}") Duration settleFor,
                       H2Host host, @Value("${reconcile.h2-host-wait:300s}") Duration hostWait) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.policies = policies;
        this.warnings = warnings;
        this.metrics = metrics;
        this.audit = audit;
        this.settleFor = settleFor;
        this.host = host;
        this.hostWait = hostWait;
    }

    /** {@code run}: ingest the inbox (or one month of it) and close every month that changed. */
    public int run(Path inbox, Path policy, String month) throws Exception {
        Optional<PolicyStore.Stored> stored = keep(policy == null ? DEFAULT_POLICY : policy);
        if (stored.isEmpty()) {
            return ExitCodes.USAGE;
        }
        List<YearMonth> months = InboxScanner.months(inbox);
        if (month != null) {
            months = requireFolder(months, YearMonth.parse(month), inbox);
        }
        for (YearMonth folder : months) { // a month no standard covers is likelier a folder misnamed (0000-01) than a policy gap
            try {
                stored.get().policy().requireStandards(folder);
            } catch (PolicyException e) {
                throw new UsageError(e.getMessage() + "; or, if the inbox's folder " + folder + " is misnamed, rename or move it");
            }
        }
        return launch(stored.get(), months, new JobParametersBuilder()
                .addString(ReconcileJobConfig.INBOX, inbox.toAbsolutePath().normalize().toString())
                .addString(ReconcileJobConfig.MONTH, month == null ? "" : month));
    }

    /** The month of --month, as a run of it: a month the inbox has no folder of is a mistake (a typo, the wrong inbox). */
    private static List<YearMonth> requireFolder(List<YearMonth> inboxMonths, YearMonth month, Path inbox) {
        if (!inboxMonths.contains(month)) {
            throw new UsageError("--month " + month + ": the inbox " + inbox.toAbsolutePath().normalize() + " has no folder "
                    + month + (inboxMonths.isEmpty() ? "" : " (its months: " + inboxMonths.get(0)
                    + (inboxMonths.size() > 1 ? " to " + inboxMonths.get(inboxMonths.size() - 1) : "") + ")")
                    + ": check --month and --inbox");
        }
        return List.of(month);
    }

    /**
     * {@code rerun-month}: re-close one month from its staged rows, without reading any inbox, under
     * the policy given, or else the one the month was last closed with; when {@code reread}, its
     * rosters are read again from the archive first.
     */
    public int rerun(YearMonth month, Path policy, boolean reread) throws Exception {
        Optional<PolicyStore.Stored> stored = policy != null ? keep(policy) : policies.closedWith(month);
        if (stored.isEmpty()) {
            if (policy == null) {
                System.err.println("reconcile: month " + month + " has no kept policy (never closed, or closed before"
                        + " policies were kept): pass --policy FILE");
            }
            return ExitCodes.USAGE;
        }
        return launch(stored.get(), List.of(month), new JobParametersBuilder()
                .addString(ReconcileJobConfig.INBOX, "")
                .addString(ReconcileJobConfig.RERUN, month.toString())
                .addString(ReconcileJobConfig.REREAD, Boolean.toString(reread)));
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
            return ExitCodes.USAGE;
        }
        if (!yourTurn()) {
            return ExitCodes.REFUSED;
        }
        var parameters = params
                .addString(ReconcileJobConfig.POLICY, policy.file().toString())
                .addString(PolicyStore.JOB_PARAMETER, policy.policy().sha256(), false)
                .addLong("run.at", System.currentTimeMillis())
                .addString(HOST, ProcessCheck.hostName(), false)
                .addLong(PID, ProcessHandle.current().pid(), false)
                .toJobParameters();
        return finish(() -> operator.start(job, parameters));
    }

    /** Restarts a FAILED or STOPPED run from the step and unit where it stopped. */
    public int restart(JobExecution execution) throws Exception {
        return yourTurn() ? finish(() -> operator.restart(execution)) : ExitCodes.REFUSED;
    }

    /**
     * False, with one line on standard error, while another run is in progress. On an H2 file it
     * first waits for a shorter process that serves the database to end ({@link H2Host}).
     */
    private boolean yourTurn() throws InterruptedException, SQLException {
        long deadline = System.nanoTime() + hostWait.toNanos();
        boolean told = false;
        while (true) {
            if (!repository.findRunningJobExecutions(ReconcileJobConfig.JOB).isEmpty()) {
                System.err.println("reconcile: another run is in progress (see 'status'); if its process died, run 'recover --last'");
                return false;
            }
            if (host.serving()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                System.err.println("reconcile: another process ('status', 'explain', 'export'…) has held the H2 database for "
                        + hostWait.toSeconds() + " s: let it end, then start the run again");
                return false;
            }
            if (!told) {
                log.info("another process holds the H2 database; the run starts when it ends (waiting at most {} s)",
                        hostWait.toSeconds());
                told = true;
            }
            Thread.sleep(500);
        }
    }

    /** Runs the job, makes sure its end is recorded, reports it. */
    private int finish(Callable<JobExecution> job) throws Exception {
        try {
            JobExecution execution;
            try {
                execution = job.call();
            } catch (Exception e) {
                execution = settle(null);
                if (execution == null) {
                    throw e;
                }
            }
            JobExecution ended = settle(execution.getId());
            int code = report(ended, execution);
            metrics.ended(ended, code, warnings.of(ended.getId()).size(), warnings.notices(ended.getId()).size());
            return code;
        } catch (EndNotRecorded e) {
            System.err.println("reconcile: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /**
     * The run as the repository has it, once it is over. The job's thread has returned, so a run
     * still recorded as running lost its final writes to a database outage: it is marked FAILED
     * as soon as the database answers again ({@code id} null: this process's run, if any).
     */
    private JobExecution settle(Long id) throws InterruptedException {
        long deadline = System.nanoTime() + settleFor.toNanos();
        boolean told = false;
        while (true) {
            try {
                JobExecution execution = id != null ? repository.getJobExecution(id) : ownRunning();
                if (execution == null || !execution.isRunning()) {
                    return execution;
                }
                JobExecution recovered = operator.recover(execution);
                audit.ended(recovered);
                return recovered;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw new EndNotRecorded((id == null ? "this run" : "run " + id) + " is still recorded as running because"
                            + " the database cannot be reached (" + OneLineErrors.describe(e) + "): when it is back, run"
                            + " 'recover --last', then 'restart --last'");
                }
                if (!told) {
                    log.warn("the database is unreachable, so the run's end is not recorded yet; retrying for {} s", settleFor.toSeconds());
                    told = true;
                }
                Thread.sleep(2000);
            }
        }
    }

    private JobExecution ownRunning() {
        long pid = ProcessHandle.current().pid();
        return repository.findRunningJobExecutions(ReconcileJobConfig.JOB).stream()
                .filter(e -> Long.valueOf(pid).equals(e.getJobParameters().getLong(PID))
                        && ProcessCheck.hostName().equals(e.getJobParameters().getString(HOST)))
                .findFirst().orElse(null);
    }

    /**
     * "; 2 notices: files or months to look at (see 'status')", or nothing: files rejected whole or
     * mostly, months whose rosters the policy's street list reads otherwise.
     */
    private String notices(long id) {
        int n = warnings.notices(id).size();
        return n == 0 ? "" : "; " + n + (n == 1 ? " notice" : " notices") + ": files or months to look at (see 'status')";
    }

    /** {@code ended} as recorded; {@code ran} as the job left it in memory, with its failures. */
    private int report(JobExecution execution, JobExecution ran) {
        long id = execution.getId();
        if (RunWarnings.completedWithWarnings(execution)) {
            System.err.println("reconcile: run " + id + " completed with " + execution.getExitStatus().getExitDescription()
                    + " (all of them: 'status')" + notices(id));
            return ExitCodes.WARNINGS;
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            System.err.println("reconcile: run " + id + " completed" + notices(id));
            return ExitCodes.OK;
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            System.err.println("reconcile: run " + id + " STOPPED after its current unit; 'restart " + id + "' continues it");
            return ExitCodes.STOPPED;
        }
        Optional<Throwable> failure = firstFailure(ran);
        String reason = failure.map(OneLineErrors::describe)
                .orElse(execution.getExitStatus().getExitDescription().lines().findFirst().orElse("see 'status'"));
        if (failure.filter(PartitionsLost.class::isInstance).isPresent()) { // its message says what to do
            System.err.println("reconcile: run " + id + " " + execution.getStatus() + ": " + reason);
            return ExitCodes.FAILED;
        }
        System.err.println("reconcile: run " + id + " " + execution.getStatus() + ": " + reason
                + " — fix the cause, then 'restart " + id + "'");
        return ExitCodes.FAILED;
    }

    /**
     * What made the run fail: a partition's own failure before its step's (a partitioned step only
     * says that a partition failed), then the other steps' in the order they ran, then the job's.
     */
    static Optional<Throwable> firstFailure(JobExecution ran) {
        return Stream.concat(ran.getStepExecutions().stream()
                        .sorted(Comparator.comparing((StepExecution step) -> !step.getStepName().contains(":")))
                        .flatMap(step -> step.getFailureExceptions().stream()), ran.getFailureExceptions().stream())
                .findFirst();
    }

    /** The database stayed away: the run's end could not be recorded. */
    private static final class EndNotRecorded extends RuntimeException {
        EndNotRecorded(String message) {
            super(message);
        }
    }
}

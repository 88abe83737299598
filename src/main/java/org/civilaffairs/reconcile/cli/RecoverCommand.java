package org.civilaffairs.reconcile.cli;

import org.civilaffairs.reconcile.ExitCodes;
import org.civilaffairs.reconcile.ops.ProcessCheck;
import org.civilaffairs.reconcile.job.UnknownOutcome;
import org.civilaffairs.reconcile.ops.RunAudit;
import org.civilaffairs.reconcile.ops.RunLauncher;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;

/** {@code recover}: a run whose process died stays STARTED forever; mark it FAILED so it can be restarted. */
@Command(name = "recover", description = "Mark a run whose process died as FAILED, so that 'restart' can continue it.")
public class RecoverCommand extends ExecutionCommand {

    private final JobOperator operator;
    private final RunAudit audit;
    private final UnknownOutcome unknownOutcome;

    public RecoverCommand(JobRepository repository, JobOperator operator, RunAudit audit, UnknownOutcome unknownOutcome) {
        super(repository);
        this.operator = operator;
        this.audit = audit;
        this.unknownOutcome = unknownOutcome;
    }

    @Override
    public Integer call() {
        JobExecution execution = target();
        if (unknownOutcome.recover(execution)) {
            audit.ended(execution);
            System.err.println("reconcile recover: run " + execution.getId() + " was UNKNOWN (its last commit never reached the"
                    + " database), now FAILED; continue it with 'restart " + execution.getId() + "'");
            return 0;
        }
        long partitions = execution.isRunning() ? 0 : leftRunning(execution);
        if (partitions > 0) {
            JobExecution recovered = operator.recover(execution);
            System.err.println("reconcile recover: run " + recovered.getId() + " is " + recovered.getStatus() + "; its " + partitions
                    + " partition(s) left running by workers marked FAILED; continue it with 'restart " + recovered.getId() + "'");
            return 0;
        }
        if (!execution.isRunning()) {
            System.err.println("reconcile recover: run " + execution.getId() + " is " + execution.getStatus() + ", nothing to recover");
            return 0;
        }
        if (ProcessCheck.alive(execution)) {
            System.err.println("reconcile recover: run " + execution.getId() + " is still running (process "
                    + execution.getJobParameters().getLong(RunLauncher.PID) + " on this host): stop it first");
            return ExitCodes.REFUSED;
        }
        JobExecution recovered = operator.recover(execution);
        audit.ended(recovered);
        System.err.println("reconcile recover: run " + recovered.getId() + " marked " + recovered.getStatus()
                + "; continue it with 'restart " + recovered.getId() + "'");
        return 0;
    }

    /** Steps a run that has ended still has as running: partitions a remote worker died holding, or none ever took. */
    private static long leftRunning(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(s -> s.getStatus().isRunning()).count();
    }
}

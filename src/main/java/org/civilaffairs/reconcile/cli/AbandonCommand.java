package org.civilaffairs.reconcile.cli;

import org.civilaffairs.reconcile.ExitCodes;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;

/**
 * {@code abandon}: give up a FAILED or STOPPED run for good (it can no longer be restarted). What
 * it committed stays; the next {@code run} picks up whatever it left undone.
 */
@Command(name = "abandon", description = "Give up a FAILED or STOPPED run; it will never be restarted.")
public class AbandonCommand extends ExecutionCommand {

    private final JobOperator operator;

    public AbandonCommand(JobRepository repository, JobOperator operator) {
        super(repository);
        this.operator = operator;
    }

    @Override
    public Integer call() throws Exception {
        JobExecution execution = target();
        if (execution.isRunning()) {
            System.err.println("reconcile abandon: run " + execution.getId() + " is " + execution.getStatus()
                    + ": stop it (or recover it if its process died) first");
            return ExitCodes.REFUSED;
        }
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            System.err.println("reconcile abandon: run " + execution.getId() + " is " + execution.getStatus() + ", nothing to give up");
            return ExitCodes.REFUSED;
        }
        JobExecution abandoned = operator.abandon(execution);
        System.err.println("reconcile abandon: run " + abandoned.getId() + " is " + abandoned.getStatus());
        return 0;
    }
}

package org.civilaffairs.reconcile.cli;

import org.civilaffairs.reconcile.ExitCodes;
import org.civilaffairs.reconcile.ops.GracefulStop;
import org.civilaffairs.reconcile.ops.ProcessCheck;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;

/**
 * {@code stop}: ask a running run to stop after its current unit (file or month); it ends STOPPED
 * and 'restart' continues it. The running process sees the request when it commits that unit.
 */
@Command(name = "stop", description = "Stop a running run after its current unit; 'restart' continues it.")
public class StopCommand extends ExecutionCommand {

    public StopCommand(JobRepository repository) {
        super(repository);
    }

    @Override
    public Integer call() {
        JobExecution execution = target();
        if (!execution.isRunning()) {
            System.err.println("reconcile stop: run " + execution.getId() + " is " + execution.getStatus() + ", not running");
            return ExitCodes.REFUSED;
        }
        if (ProcessCheck.deadHere(execution)) {
            System.err.println("reconcile stop: the process of run " + execution.getId() + " is gone: run 'recover "
                    + execution.getId() + "' instead");
            return ExitCodes.REFUSED;
        }
        GracefulStop.request(repository, execution);
        System.err.println("reconcile stop: run " + execution.getId() + " will stop after its current unit;"
                + " 'status' shows STOPPED, then 'restart " + execution.getId() + "' continues it");
        return 0;
    }
}

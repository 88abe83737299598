package org.civilaffairs.reconcile.cli;

import org.civilaffairs.reconcile.ops.RunLauncher;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;

/** {@code restart}: continue a failed or stopped run from the step and unit where it stopped. */
@Command(name = "restart", description = "Continue a FAILED or STOPPED run from where it stopped.")
public class RestartCommand extends ExecutionCommand {

    private final RunLauncher launcher;

    public RestartCommand(JobRepository repository, RunLauncher launcher) {
        super(repository);
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        JobExecution execution = target();
        if (execution.isRunning()) {
            System.err.println("reconcile restart: run " + execution.getId() + " is still " + execution.getStatus()
                    + "; if its process died, run 'recover " + execution.getId() + "' first");
            return 4;
        }
        return launcher.restart(execution);
    }
}

package org.civilaffairs.reconcile.cli;

import org.civilaffairs.reconcile.ExitCodes;
import org.civilaffairs.reconcile.ops.RunLauncher;
import org.civilaffairs.reconcile.remote.Readiness;
import org.civilaffairs.reconcile.remote.RemoteMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code restart}: continue a failed or stopped run from the step and unit where it stopped. */
@Command(name = "restart", description = "Continue a FAILED or STOPPED run from where it stopped.")
public class RestartCommand extends ExecutionCommand {

    @Option(names = "--remote", description = RemoteMode.REMOTE_HELP)
    boolean remote;

    @Option(names = "--broker", paramLabel = "URI", description = RemoteMode.BROKER_HELP)
    String broker;

    private final RunLauncher launcher;
    private final ObjectProvider<Readiness> readiness;

    public RestartCommand(JobRepository repository, RunLauncher launcher, ObjectProvider<Readiness> readiness) {
        super(repository);
        this.launcher = launcher;
        this.readiness = readiness;
    }

    @Override
    public Integer call() throws Exception {
        JobExecution execution = target();
        if (execution.isRunning()) {
            System.err.println("reconcile restart: run " + execution.getId() + " is still " + execution.getStatus()
                    + "; if its process died, run 'recover " + execution.getId() + "' first");
            return ExitCodes.REFUSED;
        }
        if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            System.err.println("reconcile restart: run " + execution.getId() + " is " + execution.getStatus() + ", only a FAILED"
                    + " or STOPPED run can be restarted; start a new 'run' instead (it picks up whatever is left)");
            return ExitCodes.REFUSED;
        }
        int refused = remote ? readiness.getObject().check("restart", RemoteMode.broker(broker)) : ExitCodes.OK;
        return refused != ExitCodes.OK ? refused : launcher.restart(execution);
    }
}

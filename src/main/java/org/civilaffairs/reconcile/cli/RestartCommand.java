package org.civilaffairs.reconcile.cli;

import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code restart}: continue a failed or stopped run from the step and unit where it stopped. */
@Command(name = "restart", description = "Continue a FAILED or STOPPED run from where it stopped.")
public class RestartCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", description = "run id (see 'status')")
    Long id;

    @Option(names = "--last", description = "the most recent run")
    boolean last;

    private final JobRepository repository;
    private final JobOperator operator;

    public RestartCommand(JobRepository repository, JobOperator operator) {
        this.repository = repository;
        this.operator = operator;
    }

    @Override
    public Integer call() throws Exception {
        JobExecution execution = Executions.find(repository, id, last);
        if (execution.isRunning()) {
            System.err.println("reconcile restart: run " + execution.getId() + " is still " + execution.getStatus()
                    + "; if its process died, run 'recover " + execution.getId() + "' first");
            return 4;
        }
        return RunCommand.report(operator.restart(execution));
    }
}

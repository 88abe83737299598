package org.civilaffairs.reconcile.cli;

import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recover}: a run whose process died stays STARTED forever; mark it FAILED so it can be restarted. */
@Command(name = "recover", description = "Mark a run whose process died as FAILED, so that 'restart' can continue it.")
public class RecoverCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", description = "run id (see 'status')")
    Long id;

    @Option(names = "--last", description = "the most recent run")
    boolean last;

    private final JobRepository repository;
    private final JobOperator operator;

    public RecoverCommand(JobRepository repository, JobOperator operator) {
        this.repository = repository;
        this.operator = operator;
    }

    @Override
    public Integer call() {
        JobExecution execution = Executions.find(repository, id, last);
        if (!execution.isRunning()) {
            System.err.println("reconcile recover: run " + execution.getId() + " is " + execution.getStatus() + ", nothing to recover");
            return 0;
        }
        if (Executions.processAlive(execution)) {
            System.err.println("reconcile recover: run " + execution.getId() + " is still running (process "
                    + execution.getJobParameters().getLong(Executions.PID) + " on this host): stop it first");
            return 5;
        }
        JobExecution recovered = operator.recover(execution);
        System.err.println("reconcile recover: run " + recovered.getId() + " marked " + recovered.getStatus()
                + "; continue it with 'restart " + recovered.getId() + "'");
        return 0;
    }
}

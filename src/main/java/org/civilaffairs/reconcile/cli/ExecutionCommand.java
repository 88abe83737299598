package org.civilaffairs.reconcile.cli;

import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.UsageError;
import org.civilaffairs.reconcile.job.ReconcileJobConfig;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A command on one run that the operator names: an id, or {@code --last} for the latest run. */
abstract class ExecutionCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", description = "run id (see 'status')")
    Long id;

    @Option(names = "--last", description = "the most recent run")
    boolean last;

    protected final JobRepository repository;

    ExecutionCommand(JobRepository repository) {
        this.repository = repository;
    }

    protected JobExecution target() {
        if (id != null) {
            JobExecution execution = find(id);
            if (execution == null) {
                throw new UsageError("no run with id " + id + " (see 'status')");
            }
            return execution;
        }
        if (!last) {
            throw new UsageError("name a run id or --last");
        }
        JobInstance instance = repository.getLastJobInstance(ReconcileJobConfig.JOB);
        if (instance == null) {
            throw new UsageError("no run yet");
        }
        return repository.getLastJobExecution(instance);
    }

    /** The run with this id; null if there is none (the repository throws instead of answering null for some ids). */
    private JobExecution find(long runId) {
        try {
            return repository.getJobExecution(runId);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }
}

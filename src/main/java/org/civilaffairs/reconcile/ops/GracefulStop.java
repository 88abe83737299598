package org.civilaffairs.reconcile.ops;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * SIGTERM ({@code systemctl stop}, a shutdown) and SIGINT (Ctrl-C) stop the run of this process
 * the way 'stop' does: after its current unit, STOPPED, restartable; the process then ends with
 * the run's exit code (5). The signals are taken before the JVM starts shutting down, because
 * its shutdown hooks would close the H2 database and the application context under the running
 * unit. Without a run, or at a second signal, the process ends at once (exit 128 + signal).
 */
@Component
public class GracefulStop implements JobExecutionListener {

    private static final String[] SIGNALS = {"TERM", "INT"};

    private final JobRepository repository;
    private volatile JobExecution running;
    private volatile Runnable serving;
    private volatile boolean shuttingDown;

    public GracefulStop(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        running = execution;
    }

    @Override
    public void afterJob(JobExecution execution) {
        running = null;
    }

    /**
     * Until the command starts, a signal ends the process at once (exit 128 + signal), saying so: a
     * first setup of the database it cuts short is done again by the next start.
     */
    @SuppressWarnings("removal")
    public static void whileStarting() {
        for (String name : SIGNALS) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                System.err.println("reconcile: SIG" + name + " while starting: ended before the command began");
                System.exit(128 + signal.getNumber());
            });
        }
    }

    /** Installs the handlers of SIGTERM and SIGINT for this process. */
    @SuppressWarnings("removal")
    public static void onSignals(GracefulStop stop) {
        for (String name : SIGNALS) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                if (stop.shuttingDown() || !stop.stopRunning()) {
                    System.exit(128 + signal.getNumber());
                }
                System.err.println("reconcile: SIG" + name + ": " + stop.what() + " (again to end at once)");
            });
        }
    }

    /** A process that serves partitions ('worker'): a signal calls {@code stop}, which must not block. */
    public void serving(Runnable stop) {
        serving = stop;
    }

    private String what() {
        return serving != null ? "the worker stops after the partitions in hand" : "the run stops after its current unit";
    }

    /** Asks this process's run, if any, to stop after its current unit (a worker: its partitions); whether there was one. */
    public boolean stopRunning() {
        shuttingDown = true;
        if (serving != null) {
            serving.run();
            return true;
        }
        JobExecution execution = running;
        if (execution == null) {
            return false;
        }
        request(repository, repository.getJobExecution(execution.getId()));
        return true;
    }

    /** The process is shutting down: start no further run. */
    public boolean shuttingDown() {
        return shuttingDown;
    }

    /**
     * Marks a run STOPPING; the process running it reads the mark when it commits its unit and
     * stops there. Only the job execution is written: JobOperator.stop would also write the running
     * step's execution, which the running step then rejects as a concurrent update.
     */
    public static void request(JobRepository repository, JobExecution execution) {
        execution.setStatus(BatchStatus.STOPPING);
        repository.update(execution);
    }
}

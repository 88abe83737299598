package org.civilaffairs.reconcile.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.civilaffairs.reconcile.job.ReconcileJobConfig;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/** Finds the execution an operator names: an id, or {@code --last} for the latest run. */
final class Executions {

    static final String HOST = "host";
    static final String PID = "pid";

    private Executions() {
    }

    static JobExecution find(JobRepository repository, Long id, boolean last) {
        if (id != null) {
            JobExecution execution = repository.getJobExecution(id);
            if (execution == null) {
                throw new IllegalArgumentException("no run with id " + id + " (see 'status')");
            }
            return execution;
        }
        if (!last) {
            throw new IllegalArgumentException("name a run id or --last");
        }
        JobInstance instance = repository.getLastJobInstance(ReconcileJobConfig.JOB);
        if (instance == null) {
            throw new IllegalArgumentException("no run yet");
        }
        return repository.getLastJobExecution(instance);
    }

    /** Whether the process that started an execution is still alive on this host. */
    static boolean processAlive(JobExecution execution) {
        String host = execution.getJobParameters().getString(HOST);
        Long pid = execution.getJobParameters().getLong(PID);
        if (host == null || pid == null || !host.equals(hostName())) {
            return false;
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}

package org.civilaffairs.reconcile.ops;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.batch.core.job.JobExecution;

/** Whether the process that started a run is still alive: only answerable on the host that started it. */
public final class ProcessCheck {

    private ProcessCheck() {
    }

    /** Started on this host by a process that is still alive. */
    public static boolean alive(JobExecution execution) {
        return startedHere(execution) && processAlive(execution);
    }

    /** Started on this host by a process that has died (kill -9, power loss): only 'recover' helps. */
    public static boolean deadHere(JobExecution execution) {
        return startedHere(execution) && !processAlive(execution);
    }

    private static boolean startedHere(JobExecution execution) {
        return hostName().equals(execution.getJobParameters().getString(RunLauncher.HOST))
                && execution.getJobParameters().getLong(RunLauncher.PID) != null;
    }

    private static boolean processAlive(JobExecution execution) {
        return ProcessHandle.of(execution.getJobParameters().getLong(RunLauncher.PID)).map(ProcessHandle::isAlive).orElse(false);
    }

    public static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}

package org.civilaffairs.reconcile.ops;

import java.sql.Timestamp;
import java.time.Instant;
import org.civilaffairs.reconcile.OneLineErrors;
import org.civilaffairs.reconcile.job.ReconcileJobConfig;
import org.civilaffairs.reconcile.policy.PolicyStore;
import org.civilaffairs.reconcile.privacy.Mask;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row per job execution in {@code run_audit}: who started it where, on what, and how it
 * ended. Written as the execution starts and ends (and when 'recover' closes a dead one), and
 * never purged with Spring Batch's metadata.
 */
@Component
public class RunAudit implements JobExecutionListener {

    private final JdbcTemplate jdbc;

    public RunAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        var params = execution.getJobParameters();
        jdbc.update("INSERT INTO run_audit (execution_id, started_at, status, os_user, host, inbox, policy, rerun_month,"
                        + " policy_sha) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                execution.getId(), Timestamp.from(Instant.now()), execution.getStatus().name(),
                System.getProperty("user.name", "unknown"), ProcessCheck.hostName(), params.getString(ReconcileJobConfig.INBOX),
                params.getString(ReconcileJobConfig.POLICY), params.getString(ReconcileJobConfig.RERUN),
                params.getString(PolicyStore.JOB_PARAMETER));
    }

    @Override
    public void afterJob(JobExecution execution) {
        ended(execution);
    }

    /**
     * Records how an execution ended; also called by 'recover' for a run whose process died. A failure
     * is the line the run printed, when its exceptions are at hand; else the cause the job recorded.
     */
    public void ended(JobExecution execution) {
        String recorded = FailureText.cause(execution.getExitStatus().getExitDescription());
        String message = execution.getStatus() == BatchStatus.COMPLETED ? recorded
                : RunLauncher.firstFailure(execution).map(OneLineErrors::describe).orElse(recorded);
        jdbc.update("UPDATE run_audit SET ended_at = ?, status = ?, exit_message = ? WHERE execution_id = ?",
                Timestamp.from(Instant.now()), execution.getStatus().name(),
                message.isEmpty() ? null : truncate(Mask.freeText(message)), execution.getId());
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}

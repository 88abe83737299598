package org.civilaffairs.reconcile.ops;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.civilaffairs.reconcile.ingest.InboxLeftovers;
import org.civilaffairs.reconcile.ingest.InputWarning;
import org.civilaffairs.reconcile.ingest.RejectedFiles;
import org.civilaffairs.reconcile.ingest.RosterStreets;
import org.civilaffairs.reconcile.ingest.StreetOffices;
import org.civilaffairs.reconcile.job.ReconcileJobConfig;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.civilaffairs.reconcile.privacy.Mask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a run completes, accounts for the input it could not use: every file of its inbox the job
 * does not read or refused as it was still changing, and every street office whose roster did not come. They are logged, kept per run
 * in {@code run_warning} (masked) for 'status', and the run ends COMPLETED with the exit code
 * {@value #EXIT_CODE}, which the command line turns into exit 6 so a nightly scheduler alerts.
 * Files rejected whole, or most of whose rows were, are notices: logged and kept the same way, they
 * leave the exit code as it is, since rejected rows do not change how a run ends (CONTRACT §12). So
 * is a month checked under a policy whose street list reads its rosters otherwise than they were read.
 */
@Component
public class RunWarnings implements JobExecutionListener {

    public static final String EXIT_CODE = "COMPLETED_WITH_WARNINGS";
    private static final Logger log = LoggerFactory.getLogger(RunWarnings.class);

    private final JdbcTemplate jdbc;
    private final StreetOffices offices;
    private final RejectedFiles rejectedFiles;
    private final RosterStreets rosterStreets;

    public RunWarnings(JdbcTemplate jdbc, StreetOffices offices, RejectedFiles rejectedFiles, RosterStreets rosterStreets) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.rejectedFiles = rejectedFiles;
        this.rosterStreets = rosterStreets;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        List<InputWarning> warnings = find(execution);
        long instance = execution.getJobInstance().getInstanceId();
        List<InputWarning> notices = new ArrayList<>(rejectedFiles.found(instance));
        notices.addAll(rosterStreets.notices(instance,
                PolicyLoader.load(Path.of(execution.getJobParameters().getString(ReconcileJobConfig.POLICY)))));
        jdbc.update("DELETE FROM run_warning WHERE execution_id = ?", execution.getId());
        keep(execution.getId(), 0, warnings, false);
        keep(execution.getId(), warnings.size(), notices, true);
        if (!warnings.isEmpty()) {
            execution.setExitStatus(new ExitStatus(EXIT_CODE, summary(warnings)));
        }
    }

    private void keep(long executionId, int seq, List<InputWarning> found, boolean notice) {
        for (int i = 0; i < found.size(); i++) {
            InputWarning w = found.get(i);
            jdbc.update("INSERT INTO run_warning (execution_id, seq, subject, problem, fix, notice) VALUES (?, ?, ?, ?, ?, ?)",
                    executionId, seq + i + 1, cell(w.subject()), cell(w.problem()), cell(w.fix()), notice);
            log.warn("run {}: {}{}", executionId, notice ? "notice: " : "", w.line());
        }
    }

    /** The warnings kept for a run, masked, in the order they were found. */
    public List<InputWarning> of(long executionId) {
        return kept(executionId, false);
    }

    /** The notices kept for a run: files rejected whole or most of whose rows were. */
    public List<InputWarning> notices(long executionId) {
        return kept(executionId, true);
    }

    private List<InputWarning> kept(long executionId, boolean notice) {
        return jdbc.query("SELECT subject, problem, fix FROM run_warning WHERE execution_id = ? AND notice = ? ORDER BY seq",
                (rs, i) -> new InputWarning(rs.getString(1), rs.getString(2), rs.getString(3)), executionId, notice);
    }

    public static boolean completedWithWarnings(JobExecution execution) {
        return execution.getStatus() == BatchStatus.COMPLETED && EXIT_CODE.equals(execution.getExitStatus().getExitCode());
    }

    /** "3 warnings, the first: ..." — the run's one-line summary. */
    public static String summary(List<InputWarning> warnings) {
        return warnings.size() + (warnings.size() == 1 ? " warning: " : " warnings, the first: ") + Mask.freeText(warnings.get(0).line());
    }

    private List<InputWarning> find(JobExecution execution) {
        JobParameters params = execution.getJobParameters();
        String inbox = params.getString(ReconcileJobConfig.INBOX);
        List<InputWarning> warnings = new ArrayList<>();
        if (inbox != null && !inbox.isEmpty()) {
            String month = params.getString(ReconcileJobConfig.MONTH);
            warnings.addAll(InboxLeftovers.find(Path.of(inbox), month == null || month.isEmpty() ? null : YearMonth.parse(month)));
            warnings.addAll(rejectedFiles.changing(execution.getJobInstance().getInstanceId()));
            warnings.addAll(offices.missing(execution.getJobInstance().getInstanceId()));
        }
        return warnings;
    }

    private static String cell(String text) {
        String masked = Mask.freeText(text);
        return masked.length() <= 1000 ? masked : masked.substring(0, 1000);
    }
}

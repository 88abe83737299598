package org.civilaffairs.reconcile.ops;

import java.time.LocalDateTime;
import java.util.List;
import org.civilaffairs.reconcile.job.ReconcileJobConfig;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Job metadata retention: Spring Batch keeps every execution forever. Deletes the runs (job
 * instances with all their executions, steps and contexts) whose every execution ended before
 * the cut-off. Running or unfinished runs are kept whatever their age, and so is the latest run,
 * so that 'status' and 'restart --last' always have something to show. The data tables (files,
 * rows, households, aggregates) are not touched: they are the audit trail.
 */
@Service
public class MetadataPurge {

    private static final int PAGE = 200;

    private final JobRepository repository;

    public MetadataPurge(JobRepository repository) {
        this.repository = repository;
    }

    /** Returns how many runs were deleted. */
    public int olderThan(LocalDateTime cutoff) {
        JobInstance latest = repository.getLastJobInstance(ReconcileJobConfig.JOB);
        int deleted = 0;
        int start = 0;
        List<JobInstance> page;
        do {
            page = repository.getJobInstances(ReconcileJobConfig.JOB, start, PAGE);
            int kept = 0;
            for (JobInstance instance : page) {
                if (!instance.equals(latest) && endedBefore(repository.getJobExecutions(instance), cutoff)) {
                    repository.deleteJobInstance(instance);
                    deleted++;
                } else {
                    kept++;
                }
            }
            start += kept;
        } while (page.size() == PAGE);
        return deleted;
    }

    private static boolean endedBefore(List<JobExecution> executions, LocalDateTime cutoff) {
        return executions.stream().allMatch(e -> !e.isRunning() && e.getEndTime() != null && e.getEndTime().isBefore(cutoff));
    }
}

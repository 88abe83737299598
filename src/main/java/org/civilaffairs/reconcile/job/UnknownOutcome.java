package org.civilaffairs.reconcile.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * When the database goes away during a commit, Spring Batch cannot know whether the unit
 * committed and ends the step UNKNOWN, which it refuses to restart. Here every unit commits
 * together with its progress marker, so either both landed or neither did, and redoing the unit
 * is always safe: an UNKNOWN outcome is recorded as FAILED, which 'restart' continues.
 */
@Component
public class UnknownOutcome implements JobExecutionListener {

    private final JobRepository repository;

    public UnknownOutcome(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.UNKNOWN) {
            failUnknownSteps(execution);
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(execution.getExitStatus().getExitDescription()));
        }
    }

    /** For 'recover': an execution left UNKNOWN (its last writes never reached the database) becomes FAILED. */
    public boolean recover(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.UNKNOWN) {
            return false;
        }
        afterJob(execution);
        repository.update(execution);
        return true;
    }

    private void failUnknownSteps(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(step.getExitStatus().getExitDescription()));
                repository.update(step);
            }
        }
    }
}

package org.civilaffairs.reconcile.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** A failed run is explained by its partition's own failure, not by its step's "a partition failed". */
class RunFailureTest {

    @Test
    void aPartitionsFailureComesBeforeItsSteps() {
        JobExecution run = run();
        failed(run, 1, "resolve", new IllegalStateException("Partition handler returned an unsuccessful step"));
        failed(run, 2, "resolve:2024-05:bucket-00", null);
        failed(run, 3, "resolve:2024-05:bucket-01", new IllegalStateException("cannot read archived copy"));
        assertThat(RunLauncher.firstFailure(run)).map(Throwable::getMessage).contains("cannot read archived copy");
    }

    @Test
    void withoutPartitionsTheFirstStepsFailureThenTheJobs() {
        JobExecution run = run();
        run.addFailureException(new IllegalStateException("the job's"));
        assertThat(RunLauncher.firstFailure(run)).map(Throwable::getMessage).contains("the job's");
        failed(run, 1, "scan", new IllegalStateException("month 2019-01 has no staged data"));
        failed(run, 2, "ingest", new IllegalStateException("a later step's"));
        assertThat(RunLauncher.firstFailure(run)).map(Throwable::getMessage).contains("month 2019-01 has no staged data");
        assertThat(RunLauncher.firstFailure(run())).isEqualTo(Optional.empty());
    }

    private static JobExecution run() {
        return new JobExecution(1, new JobInstance(1, "reconcile"), new JobParameters());
    }

    private static void failed(JobExecution run, long id, String step, Throwable failure) {
        StepExecution execution = new StepExecution(id, step, run);
        if (failure != null) {
            execution.addFailureException(failure);
        }
        run.addStepExecution(execution);
    }
}

package org.civilaffairs.reconcile.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * A failed run is explained by its partition's own failure, not by its step's "a partition failed",
 * and in words, not by the exception's class.
 */
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

    @Test
    void statusNamesTheFirstFailedPartitionAndItsCause() {
        JobExecution run = run();
        failed(run, 1, "ingest", null);
        ended(run, 2, "ingest:2019-07:files-26-33", BatchStatus.FAILED,
                "java.io.UncheckedIOException: cannot read archived copy of 2019-07/rosters/x.csv\n\tat a.B.c(B.java:1)");
        ended(run, 3, "ingest:2019-07:files-10-25", BatchStatus.COMPLETED, "");
        ended(run, 4, "ingest:2019-08:files-40-41", BatchStatus.FAILED, "java.lang.IllegalStateException: later");
        PartitionSummary summary = PartitionSummary.of("ingest", List.copyOf(run.getStepExecutions()));
        assertThat(summary.failure()).contains("2019-07:files-26-33: cannot read archived copy of 2019-07/rosters/x.csv");
        assertThat(summary.line()).isEqualTo("partitions: 1 done, 0 running, 2 failed"
                + " (2019-07:files-26-33 FAILED, 2019-08:files-40-41 FAILED)");
    }

    @Test
    void stoppedPartitionsAreNotRunning() {
        JobExecution run = run();
        ended(run, 1, "ingest", BatchStatus.STOPPED, "org.springframework.batch.core.job.JobInterruptedException");
        ended(run, 2, "ingest:2024-05:file-17", BatchStatus.STOPPED, "");
        ended(run, 3, "ingest:2024-05:files-1-16", BatchStatus.STOPPED, "");
        ended(run, 4, "ingest:2024-05:files-18-30", BatchStatus.COMPLETED, "");
        assertThat(PartitionSummary.of("ingest", List.copyOf(run.getStepExecutions())).line()).isEqualTo("partitions: 1 done,"
                + " 0 running, 2 stopped, 0 failed (2024-05:file-17 STOPPED, 2024-05:files-1-16 STOPPED)");
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "java.io.UncheckedIOException: cannot read x.csv                   | cannot read x.csv",
            "org.springframework.dao.DataAccessResourceFailureException: a: b  | a: b",
            "4 warnings: 2019-07/rosters/x.csv: 3 rows                         | 4 warnings: 2019-07/rosters/x.csv: 3 rows",
            "java.lang.NullPointerException                                    | java.lang.NullPointerException",
            "''                                                                | ''",
            "NULL                                                              | ''"})
    void aRecordedFailureReadsAsItsCause(String description, String cause) {
        assertThat(FailureText.cause(description)).isEqualTo(cause);
    }

    private static void ended(JobExecution run, long id, String step, BatchStatus status, String description) {
        StepExecution execution = new StepExecution(id, step, run);
        execution.setStatus(status);
        execution.setExitStatus(new ExitStatus(status.name(), description));
        run.addStepExecution(execution);
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

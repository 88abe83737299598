package org.civilaffairs.reconcile.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.Consumer;
import io.micrometer.observation.ObservationRegistry;
import org.civilaffairs.reconcile.aggregate.MonthAggregation;
import org.civilaffairs.reconcile.checks.MonthChecks;
import org.civilaffairs.reconcile.identity.MonthResolution;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partitioned stages: {@code resolve}, {@code check} and {@code aggregate} each split the
 * months waiting for them into street buckets ({@link MonthPartitioner}) and run one worker step per
 * partition on {@code reconcile.grid-size} threads (default: the machine's cores). A worker is a
 * step-scoped tasklet that reads its month and bucket from its step's context and everything else
 * from the database and the archive, so the same worker step runs in another JVM as well: with
 * {@code run --remote} the partitions go to worker processes ({@link RemoteDispatch}). It writes
 * its streets' slice (delete, then insert) in one transaction with its step's completion; when
 * all partitions are done, each month is closed by one month-level pass
 * ({@link MonthClosingPartitionHandler}).
 */
@Configuration(proxyBeanMethods = false)
public class PartitionedSteps {

    private static final String CONTEXT_MONTH = "#{stepExecutionContext['" + MonthPartitioner.MONTH + "']}";
    private static final String CONTEXT_BUCKET = "#{stepExecutionContext['" + MonthPartitioner.BUCKET + "']}";
    private static final String CONTEXT_BUCKETS = "#{stepExecutionContext['" + MonthPartitioner.BUCKETS + "']}";

    private final JobRepository repository;
    private final PlatformTransactionManager tx;
    private final ObservationRegistry observations;
    private final MonthLedger ledger;
    private final Units units;
    private final ObjectProvider<RemoteDispatch> remote;
    private final int gridSize;

    PartitionedSteps(JobRepository repository, PlatformTransactionManager tx, ObservationRegistry observations,
                     MonthLedger ledger, Units units, ObjectProvider<RemoteDispatch> remote,
                     @Value("${reconcile.grid-size:0}") int gridSize) {
        this.repository = repository;
        this.tx = tx;
        this.observations = observations;
        this.ledger = ledger;
        this.units = units;
        this.remote = remote;
        this.gridSize = gridSize > 0 ? gridSize : Runtime.getRuntime().availableProcessors();
    }

    @Bean
    Step resolveStep(@Qualifier("resolvePartition") Tasklet worker, MonthResolution resolution) {
        return manager("resolve", MonthLedger.RESOLVE, worker, month -> {
            resolution.close(month);
            ledger.reopen(month.plusMonths(1), MonthLedger.AGGREGATE);
        });
    }

    @Bean
    Step checkStep(@Qualifier("checkPartition") Tasklet worker, MonthChecks checks) {
        return manager("check", MonthLedger.CHECK, worker, checks::close);
    }

    @Bean
    Step aggregateStep(@Qualifier("aggregatePartition") Tasklet worker, MonthAggregation aggregation) {
        return manager("aggregate", MonthLedger.AGGREGATE, worker, aggregation::close);
    }

    @Bean
    @StepScope
    Tasklet resolvePartition(@Value(CONTEXT_MONTH) String month, @Value(CONTEXT_BUCKET) int bucket,
                             @Value(CONTEXT_BUCKETS) int buckets, MonthResolution resolution) {
        return worker("resolve", new StreetBucket(YearMonth.parse(month), bucket, buckets), (part, policy) -> resolution.resolve(part));
    }

    @Bean
    @StepScope
    Tasklet checkPartition(@Value(CONTEXT_MONTH) String month, @Value(CONTEXT_BUCKET) int bucket,
                           @Value(CONTEXT_BUCKETS) int buckets, MonthChecks checks) {
        return worker("check", new StreetBucket(YearMonth.parse(month), bucket, buckets), checks::check);
    }

    @Bean
    @StepScope
    Tasklet aggregatePartition(@Value(CONTEXT_MONTH) String month, @Value(CONTEXT_BUCKET) int bucket,
                               @Value(CONTEXT_BUCKETS) int buckets, MonthAggregation aggregation) {
        return worker("aggregate", new StreetBucket(YearMonth.parse(month), bucket, buckets),
                (part, policy) -> aggregation.aggregate(part));
    }

    private Step manager(String name, int stage, Tasklet worker, Consumer<YearMonth> close) {
        RemoteDispatch dispatch = remote.getIfAvailable();
        PartitionHandler partitions = dispatch != null ? dispatch.handler(name + "-partition", gridSize) : threads(name, worker);
        return new StepBuilder(name, repository).observationRegistry(observations)
                .partitioner(name, new MonthPartitioner(ledger, stage))
                .partitionHandler(new MonthClosingPartitionHandler(partitions, ledger, stage, close,
                        new TransactionTemplate(tx), units))
                .build();
    }

    /** The partitions on {@code reconcile.grid-size} threads of this process. */
    private PartitionHandler threads(String name, Tasklet worker) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(name + "-");
        threads.setConcurrencyLimit(gridSize);
        TaskExecutorPartitionHandler partitions = new TaskExecutorPartitionHandler();
        partitions.setStep(new StepBuilder(name + "-partition", repository).observationRegistry(observations)
                .tasklet(worker, tx).build());
        partitions.setTaskExecutor(threads);
        partitions.setGridSize(gridSize);
        return partitions;
    }

    /** One partition's work: its streets' slice, written in the worker step's transaction. */
    private Tasklet worker(String step, StreetBucket part, PartitionWork work) {
        return (contribution, ctx) -> {
            Policy policy = policy(ctx.getStepContext().getStepExecution());
            policy.requireStandards(part.month());
            long rows = work.run(part, policy);
            contribution.incrementReadCount();
            contribution.incrementWriteCount(rows);
            units.partitionDone(step, part, rows);
            return RepeatStatus.FINISHED;
        };
    }

    static Policy policy(StepExecution step) {
        return PolicyLoader.load(Path.of(step.getJobParameters().getString(ReconcileJobConfig.POLICY)));
    }

    /** A stage's work on one partition; returns the rows it handled. */
    @FunctionalInterface
    private interface PartitionWork {
        long run(StreetBucket part, Policy policy);
    }
}

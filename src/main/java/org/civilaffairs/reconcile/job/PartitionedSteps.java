package org.civilaffairs.reconcile.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import io.micrometer.observation.ObservationRegistry;
import org.civilaffairs.reconcile.aggregate.MonthAggregation;
import org.civilaffairs.reconcile.checks.MonthChecks;
import org.civilaffairs.reconcile.db.DatabaseSetup;
import org.civilaffairs.reconcile.extract.MonthExtraction;
import org.civilaffairs.reconcile.identity.MonthResolution;
import org.civilaffairs.reconcile.ingest.FileIngester;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.partition.HeapBudget;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.civilaffairs.reconcile.partition.StreetWeights;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
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
 * The partitioned stages. {@code ingest} runs a partition per large file or group of small ones
 * ({@link PendingFilePartitioner}), {@code registry} and {@code references} one per month and source.
 * {@code resolve}, {@code check} and {@code aggregate} each split the months waiting for them into
 * street buckets ({@link MonthPartitioner}) and run one worker step per partition on
 * {@code reconcile.grid-size} threads (default: the machine's cores). A worker is a step-scoped
 * tasklet that reads its month and bucket from its step's context and everything else
 * from the database and the archive, so the same worker step runs in another JVM as well: with
 * {@code run --remote} the partitions go to worker processes ({@link RemoteDispatch}). It writes
 * its streets' slice (delete, then insert) in one transaction with its step's completion (resolve,
 * whose slice of a city is a million rows, committed statement by statement before it: {@link
 * org.civilaffairs.reconcile.db.CommittedSlices}); when
 * all partitions are done, each month is closed by one month-level pass
 * ({@link MonthClosingPartitionHandler}).
 */
@Configuration(proxyBeanMethods = false)
public class PartitionedSteps {

    private static final Logger log = LoggerFactory.getLogger(PartitionedSteps.class);
    private static final String CONTEXT_MONTH = "#{stepExecutionContext['" + MonthPartitioner.MONTH + "']}";
    private static final String CONTEXT_BUCKET = "#{stepExecutionContext['" + MonthPartitioner.BUCKET + "']}";
    private static final String CONTEXT_BUCKETS = "#{stepExecutionContext['" + MonthPartitioner.BUCKETS + "']}";
    private static final String CONTEXT_SOURCE = "#{stepExecutionContext['" + MonthSourcePartitioner.SOURCE + "']}";
    private static final String CONTEXT_ASSIGNED = "#{stepExecutionContext['" + MonthPartitioner.ASSIGNED + "']}";
    /** A partition's files; a single file's id under {@code file} in a context written before files were grouped. */
    private static final String CONTEXT_FILES = "#{stepExecutionContext['" + PendingFilePartitioner.FILES + "']"
            + " ?: stepExecutionContext['file']}";

    private final JobRepository repository;
    private final PlatformTransactionManager tx;
    private final ObservationRegistry observations;
    private final MonthLedger ledger;
    private final Units units;
    private final StreetWeights weights;
    private final ObjectProvider<RemoteDispatch> remote;
    private final int gridSize;
    private final int ingestThreads;
    private final long ingestPartitionBytes;
    private final long partitionRows;
    private final long partitionHouseholds;
    private final HeapBudget heap;

    PartitionedSteps(JobRepository repository, PlatformTransactionManager tx, ObservationRegistry observations,
                     MonthLedger ledger, Units units, StreetWeights weights, ObjectProvider<RemoteDispatch> remote,
                     @Value("${reconcile.grid-size:0}") int gridSize, @Value("${reconcile.ingest-threads:0}") int ingestThreads,
                     @Value("${spring.datasource.url:}") String databaseUrl,
                     @Value("${reconcile.ingest-partition-bytes:8000000}") long ingestPartitionBytes,
                     @Value("${reconcile.partition-rows:31250}") long partitionRows,
                     @Value("${reconcile.partition-households:75000}") long partitionHouseholds,
                     @Value("${reconcile.partition-heap-bytes-per-row:1000}") long heapBytesPerRow) {
        this.repository = repository;
        this.tx = tx;
        this.observations = observations;
        this.ledger = ledger;
        this.units = units;
        this.weights = weights;
        this.remote = remote;
        this.gridSize = gridSize > 0 ? gridSize : Runtime.getRuntime().availableProcessors();
        this.ingestThreads = ingestThreads(ingestThreads, this.gridSize, DatabaseSetup.isMysql(databaseUrl));
        this.ingestPartitionBytes = ingestPartitionBytes;
        this.partitionRows = partitionRows;
        this.partitionHouseholds = partitionHouseholds;
        this.heap = HeapBudget.of(Runtime.getRuntime().maxMemory(), heapBytesPerRow);
    }

    /**
     * How many ingest partitions run at once: as configured, else the grid size on MySQL, whose server
     * stores each partition's rows on a thread of its own, and one on H2, which stores a table's rows
     * one writer at a time: two partitions inserting roster rows side by side took H2 a quarter more
     * processor time and the step 2–5 s more (README, Benchmark). A partition still parses its file
     * on one thread while its rows are written on another.
     */
    static int ingestThreads(int configured, int gridSize, boolean mysql) {
        return configured > 0 ? configured : mysql ? gridSize : 1;
    }

    /** Loads every registered file not loaded yet, the small ones a few to a partition ({@link FileIngester}). */
    @Bean
    Step ingestStep(@Qualifier("ingestPartition") Tasklet worker, InboxFiles files) {
        return sourceStep("ingest", new PendingFilePartitioner(files::pending, ingestPartitionBytes), worker, ingestThreads);
    }

    /** Ingests the partition's files in turn; one that is no longer pending (loaded by an earlier attempt) is left alone. */
    @Bean
    @StepScope
    Tasklet ingestPartition(@Value(CONTEXT_FILES) String fileIds, InboxFiles files, FileIngester ingester) {
        List<InboxFile> group = PendingFilePartitioner.ids(fileIds).stream().map(files::byId).toList();
        InboxFile first = group.get(0);
        String part = group.size() == 1 ? first.month() + "/" + first.name()
                : first.month() + ": " + group.size() + " files from " + first.name();
        return counted("ingest", part, ctx -> {
            Policy policy = policy(ctx.getStepContext().getStepExecution());
            return ingester.ingest(group.stream().filter(f -> f.status() == InboxFile.Status.PENDING).toList(), policy);
        });
    }

    /**
     * Reads the registry in force once per month for the month's persons, and apart for each resolve
     * partition ({@link MonthExtraction#registry}).
     */
    @Bean
    Step registryStep(@Qualifier("registryPartition") Tasklet worker) {
        return sourceStep("registry", new MonthSourcePartitioner(ledger, month -> List.of(ReferenceSource.HUKOU.fileStem()),
                resolvePartitioner()), worker, gridSize);
    }

    /** Reads every other source in force once per month, a partition per source. */
    @Bean
    Step referencesStep(@Qualifier("referencesPartition") Tasklet worker, MonthExtraction extraction) {
        return sourceStep("references", new MonthSourcePartitioner(ledger,
                month -> extraction.otherSourcesInForce(month).stream().map(ReferenceSource::fileStem).toList(), null), worker, gridSize);
    }

    @Bean
    @StepScope
    Tasklet registryPartition(@Value(CONTEXT_MONTH) String month, @Value(CONTEXT_BUCKETS) Integer buckets,
                              @Value(CONTEXT_ASSIGNED) Map<String, Integer> assigned, MonthExtraction extraction) {
        YearMonth m = YearMonth.parse(month);
        // no split in a context written before the registry step carried resolve's: the whole extract only
        List<StreetBucket> resolveParts = buckets == null ? List.of() : StreetBucket.of(m, buckets, assigned);
        return extractionWorker("registry", month + ":hukou", () -> extraction.registry(m, resolveParts));
    }

    @Bean
    @StepScope
    Tasklet referencesPartition(@Value(CONTEXT_MONTH) String month, @Value(CONTEXT_SOURCE) String source,
                                MonthExtraction extraction) {
        ReferenceSource read = ReferenceSource.ofFileName(source + ".csv").orElseThrow();
        return extractionWorker("references", month + ":" + source, () -> extraction.references(YearMonth.parse(month), read));
    }

    @Bean
    Step resolveStep(@Qualifier("resolvePartition") Tasklet worker, MonthResolution resolution) {
        return manager("resolve", resolvePartitioner(), worker, month -> {
            resolution.close(month);
            ledger.reopen(month.plusMonths(1), MonthLedger.AGGREGATE);
        });
    }

    @Bean
    Step checkStep(@Qualifier("checkPartition") Tasklet worker, MonthChecks checks) {
        return manager("check", new MonthPartitioner(ledger, MonthLedger.CHECK, weights::households, partitionHouseholds, repository), worker,
                checks::close);
    }

    @Bean
    Step aggregateStep(@Qualifier("aggregatePartition") Tasklet worker, MonthAggregation aggregation) {
        return manager("aggregate", new MonthPartitioner(ledger, MonthLedger.AGGREGATE, weights::households, partitionHouseholds, repository),
                worker, aggregation::close);
    }

    @Bean
    @StepScope
    Tasklet resolvePartition(@Value(CONTEXT_MONTH) String month, @Value(CONTEXT_BUCKET) int bucket,
                             @Value(CONTEXT_BUCKETS) int buckets, @Value(CONTEXT_ASSIGNED) Map<String, Integer> assigned,
                             MonthResolution resolution) {
        return worker("resolve", new StreetBucket(YearMonth.parse(month), bucket, buckets, assigned),
                (part, policy) -> resolution.resolve(part));
    }

    @Bean
    @StepScope
    Tasklet checkPartition(@Value(CONTEXT_MONTH) String month, @Value(CONTEXT_BUCKET) int bucket,
                           @Value(CONTEXT_BUCKETS) int buckets, @Value(CONTEXT_ASSIGNED) Map<String, Integer> assigned,
                           MonthChecks checks) {
        return worker("check", new StreetBucket(YearMonth.parse(month), bucket, buckets, assigned), checks::check);
    }

    @Bean
    @StepScope
    Tasklet aggregatePartition(@Value(CONTEXT_MONTH) String month, @Value(CONTEXT_BUCKET) int bucket,
                               @Value(CONTEXT_BUCKETS) int buckets, @Value(CONTEXT_ASSIGNED) Map<String, Integer> assigned,
                               MonthAggregation aggregation) {
        return worker("aggregate", new StreetBucket(YearMonth.parse(month), bucket, buckets, assigned),
                (part, policy) -> aggregation.aggregate(part));
    }

    /** A step split by its inputs (a file, a month's reference source), without a month-level pass. */
    private Step sourceStep(String name, Partitioner partitioner, Tasklet worker, int threads) {
        return new StepBuilder(name, repository).observationRegistry(observations)
                .partitioner(name, partitioner)
                .partitionHandler(new ProgressPartitionHandler(partitions(name, worker, threads), units))
                .build();
    }

    private Tasklet extractionWorker(String step, String part, LongSupplier work) {
        return counted(step, part, ctx -> work.getAsLong());
    }

    /** A partition's tasklet: its work, counted as one read and its rows written, and logged. */
    private Tasklet counted(String step, String part, ToLongFunction<ChunkContext> work) {
        return (contribution, ctx) -> {
            long rows = work.applyAsLong(ctx);
            contribution.incrementReadCount();
            contribution.incrementWriteCount(rows);
            units.partitionDone(step, part, rows);
            return RepeatStatus.FINISHED;
        };
    }

    /** Splits the months waiting to be resolved into buckets of at most {@code partitionRows} staged rows. */
    private MonthPartitioner resolvePartitioner() {
        return new MonthPartitioner(ledger, MonthLedger.RESOLVE, weights::stagedRows, partitionRows, repository);
    }

    /** A partitioned step whose months split by {@code partitioner}, each closed by {@code close} once all its partitions are. */
    private Step manager(String name, MonthPartitioner partitioner, Tasklet worker, Consumer<YearMonth> close) {
        return new StepBuilder(name, repository).observationRegistry(observations)
                .partitioner(name, partitioner)
                .partitionHandler(new MonthClosingPartitionHandler(new ProgressPartitionHandler(partitions(name, worker, gridSize), units),
                        ledger, partitioner.stage(), close, new TransactionTemplate(tx)))
                .build();
    }

    /** A step's partitions: on worker processes with {@code run --remote}, else on {@code threads} threads of this JVM. */
    private PartitionHandler partitions(String name, Tasklet worker, int threads) {
        RemoteDispatch dispatch = remote.getIfAvailable();
        return dispatch != null ? dispatch.handler(name + "-partition", gridSize) : local(name, worker, threads);
    }

    /** Runs a step's partitions on {@code threads} threads of this JVM. */
    private PartitionHandler local(String name, Tasklet worker, int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
        executor.setConcurrencyLimit(threads);
        TaskExecutorPartitionHandler partitions = new TaskExecutorPartitionHandler();
        partitions.setStep(new StepBuilder(name + "-partition", repository).observationRegistry(observations)
                .tasklet(worker, tx).build());
        partitions.setTaskExecutor(executor);
        partitions.setGridSize(gridSize);
        return partitions;
    }

    /**
     * One partition's work: its streets' slice, written in the worker step's transaction, once its
     * rows fit in the heap beside the partitions running ({@link HeapBudget}).
     */
    private Tasklet worker(String step, StreetBucket part, PartitionWork work) {
        return counted(step, part.name(), ctx -> {
            Policy policy = policy(ctx.getStepContext().getStepExecution());
            policy.requireStandards(part.month());
            long rows = stagedRows(part);
            try (HeapBudget.Lease lease = heap.take(rows, budget -> log.info("{} {} waits for the partitions running:"
                    + " its {} rows beside theirs would pass the heap's budget of {} rows"
                    + " (reconcile.partition-heap-bytes-per-row)", step, part, rows, budget))) {
                return work.run(part, policy);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + part + " waited for the heap", e);
            }
        });
    }

    private long stagedRows(StreetBucket part) {
        return weights.stagedRows(part.month()).entrySet().stream().filter(e -> part.holds(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
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

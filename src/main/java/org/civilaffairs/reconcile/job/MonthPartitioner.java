package org.civilaffairs.reconcile.job;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.civilaffairs.reconcile.partition.StreetBalance;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the months waiting at a stage into street buckets, named {@code 2019-07:bucket-03}, with
 * the streets spread by their weight at this stage ({@link StreetBalance}); the assignment goes into
 * every partition's context. A month gets {@code gridSize} buckets, or more when its weight over
 * {@code partitionWeight} is more: what a partition holds in memory stays the same at any size of
 * month, and the threads take the buckets in turn. A street is never split, so past the grid a
 * month gets at most a bucket a street: more would be empty partitions, each still a step
 * execution to record. The split is read
 * from the ledger every time, and a restart keeps the grid size and the contexts of the first
 * attempt (Spring Batch stores both) and the partition weight (kept here in the step's context,
 * stored before any partition starts), so a restart names the same partitions, holding the same
 * streets, and runs only those not completed, whatever partition size it is given: a smaller one
 * would otherwise add partitions beside the first attempt's, holding streets those still hold.
 */
final class MonthPartitioner implements Partitioner {

    private static final Logger log = LoggerFactory.getLogger(MonthPartitioner.class);

    static final String MONTH = "month";
    static final String BUCKET = "bucket";
    static final String BUCKETS = "buckets";
    static final String ASSIGNED = "assigned";
    /** The manager step's context key of the partition weight its first attempt split by. */
    static final String PARTITION_WEIGHT = "MonthPartitioner.partitionWeight";

    private final MonthLedger ledger;
    private final int stage;
    private final Function<YearMonth, Map<String, Long>> weights;
    private final long partitionWeight;
    private final JobRepository repository;

    MonthPartitioner(MonthLedger ledger, int stage, Function<YearMonth, Map<String, Long>> weights, long partitionWeight,
                     JobRepository repository) {
        this.ledger = ledger;
        this.stage = stage;
        this.weights = weights;
        this.partitionWeight = partitionWeight;
        this.repository = repository;
    }

    /** The stage whose waiting months this splits. */
    int stage() {
        return stage;
    }

    /**
     * How many buckets a month of this weight and this many streets gets: the grid size, or enough
     * for none to pass the partition weight, but no more than a bucket a street.
     */
    static int buckets(int gridSize, long monthWeight, long partitionWeight, int streets) {
        return (int) Math.max(gridSize, Math.min(streets, (monthWeight + partitionWeight - 1) / partitionWeight));
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        long weight = keptPartitionWeight();
        for (YearMonth month : ledger.allAt(stage)) {
            Split split = split(month, gridSize, weight);
            StreetBucket.of(month, split.buckets(), split.assigned()).forEach(part -> {
                ExecutionContext context = new ExecutionContext();
                context.putString(MONTH, month.toString());
                context.putInt(BUCKET, part.bucket());
                split.into(context);
                partitions.put(part.name(), context);
            });
        }
        return partitions;
    }

    /**
     * The partition weight of the manager step's first attempt, kept in its context (which Spring
     * Batch gives back to a restart) and stored at once, so that a kill before the step ends keeps
     * it too; the configured one outside a step.
     */
    private long keptPartitionWeight() {
        StepContext step = StepSynchronizationManager.getContext();
        if (step == null) {
            return partitionWeight;
        }
        StepExecution manager = step.getStepExecution();
        ExecutionContext context = manager.getExecutionContext();
        if (!context.containsKey(PARTITION_WEIGHT)) {
            context.putLong(PARTITION_WEIGHT, partitionWeight);
            repository.updateExecutionContext(manager);
        } else if (context.getLong(PARTITION_WEIGHT) != partitionWeight) {
            log.info("{}: a restart keeps the first attempt's partitions (partition size {}); the {} now configured"
                    + " applies from the next run", manager.getStepName(), context.getLong(PARTITION_WEIGHT), partitionWeight);
        }
        return context.getLong(PARTITION_WEIGHT);
    }

    /** How a month splits at this stage with this grid size, as {@link #partition} splits it. */
    Split split(YearMonth month, int gridSize) {
        return split(month, gridSize, partitionWeight);
    }

    private Split split(YearMonth month, int gridSize, long partitionWeight) {
        Map<String, Long> weighed = weights.apply(month);
        int buckets = buckets(gridSize, weighed.values().stream().mapToLong(Long::longValue).sum(), partitionWeight,
                weighed.size());
        HashMap<String, Integer> assigned = new HashMap<>(StreetBalance.assign(weighed, buckets));
        log.info("{}: {} streets in {} partitions, the largest with {}% of the rows", month, weighed.size(), buckets,
                Math.round(100 * StreetBalance.heaviestShare(weighed, assigned, buckets)));
        return new Split(buckets, assigned);
    }

    /** A month's buckets and each street's bucket; a HashMap, which a step context stores as it is. */
    record Split(int buckets, HashMap<String, Integer> assigned) {
        void into(ExecutionContext context) {
            context.putInt(BUCKETS, buckets);
            context.put(ASSIGNED, assigned);
        }
    }
}

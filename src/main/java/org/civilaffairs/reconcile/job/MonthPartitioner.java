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
 * attempt (Spring Batch stores both), so a restart names the same partitions, holding the same
 * streets, and runs only those not completed.
 */
final class MonthPartitioner implements Partitioner {

    private static final Logger log = LoggerFactory.getLogger(MonthPartitioner.class);

    static final String MONTH = "month";
    static final String BUCKET = "bucket";
    static final String BUCKETS = "buckets";
    static final String ASSIGNED = "assigned";

    private final MonthLedger ledger;
    private final int stage;
    private final Function<YearMonth, Map<String, Long>> weights;
    private final long partitionWeight;

    MonthPartitioner(MonthLedger ledger, int stage, Function<YearMonth, Map<String, Long>> weights, long partitionWeight) {
        this.ledger = ledger;
        this.stage = stage;
        this.weights = weights;
        this.partitionWeight = partitionWeight;
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
        for (YearMonth month : ledger.allAt(stage)) {
            Split split = split(month, gridSize);
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

    /** How a month splits at this stage with this grid size, as {@link #partition} splits it. */
    Split split(YearMonth month, int gridSize) {
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

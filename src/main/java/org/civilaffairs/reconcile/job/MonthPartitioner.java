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
 * Splits the months waiting at a stage into {@code gridSize} street buckets each, named
 * {@code 2019-07:bucket-03}, with the streets spread by their weight at this stage
 * ({@link StreetBalance}); the assignment goes into every partition's context. The split is read
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

    MonthPartitioner(MonthLedger ledger, int stage, Function<YearMonth, Map<String, Long>> weights) {
        this.ledger = ledger;
        this.stage = stage;
        this.weights = weights;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (YearMonth month : ledger.allAt(stage)) {
            Map<String, Long> weighed = weights.apply(month);
            HashMap<String, Integer> assigned = new HashMap<>(StreetBalance.assign(weighed, gridSize));
            log.info("{}: {} streets in {} partitions, the largest with {}% of the rows", month, weighed.size(), gridSize,
                    Math.round(100 * StreetBalance.heaviestShare(weighed, assigned, gridSize)));
            StreetBucket.of(month, gridSize, assigned).forEach(part -> {
                ExecutionContext context = new ExecutionContext();
                context.putString(MONTH, month.toString());
                context.putInt(BUCKET, part.bucket());
                context.putInt(BUCKETS, part.buckets());
                context.put(ASSIGNED, assigned);
                partitions.put(part.name(), context);
            });
        }
        return partitions;
    }
}

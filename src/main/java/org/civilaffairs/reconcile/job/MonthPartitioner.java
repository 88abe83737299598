package org.civilaffairs.reconcile.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the months waiting at a stage into {@code gridSize} street buckets each, named
 * {@code 2019-07:bucket-03}. The split is read from the ledger every time, and a restart keeps the
 * grid size of the first attempt (Spring Batch stores it in the step's context), so a restart
 * names the same partitions and runs only those not completed.
 */
final class MonthPartitioner implements Partitioner {

    static final String MONTH = "month";
    static final String BUCKET = "bucket";
    static final String BUCKETS = "buckets";

    private final MonthLedger ledger;
    private final int stage;

    MonthPartitioner(MonthLedger ledger, int stage) {
        this.ledger = ledger;
        this.stage = stage;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        ledger.allAt(stage).forEach(month -> StreetBucket.of(month, gridSize).forEach(part -> {
            ExecutionContext context = new ExecutionContext();
            context.putString(MONTH, month.toString());
            context.putInt(BUCKET, part.bucket());
            context.putInt(BUCKETS, part.buckets());
            partitions.put(part.name(), context);
        }));
        return partitions;
    }
}

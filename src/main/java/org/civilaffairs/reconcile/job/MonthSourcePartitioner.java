package org.civilaffairs.reconcile.job;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the months waiting to be resolved by reference source: one partition per month and
 * source, named {@code 2019-07:property}, each reading one file. The registry's partition also
 * carries how resolve will split the month ({@code resolveSplit}), so that it can write each resolve
 * partition's share of the registry apart.
 */
final class MonthSourcePartitioner implements Partitioner {

    static final String SOURCE = "source";

    private final MonthLedger ledger;
    private final Function<YearMonth, List<String>> sources;
    private final MonthPartitioner resolveSplit;

    /** @param resolveSplit the resolve step's partitioner, or null when the partitions need not know it */
    MonthSourcePartitioner(MonthLedger ledger, Function<YearMonth, List<String>> sources, MonthPartitioner resolveSplit) {
        this.ledger = ledger;
        this.sources = sources;
        this.resolveSplit = resolveSplit;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (YearMonth month : ledger.allAt(MonthLedger.RESOLVE)) {
            for (String source : sources.apply(month)) {
                ExecutionContext context = new ExecutionContext();
                context.putString(MonthPartitioner.MONTH, month.toString());
                context.putString(SOURCE, source);
                if (resolveSplit != null) {
                    resolveSplit.split(month, gridSize).into(context);
                }
                partitions.put(month + ":" + source, context);
            }
        }
        return partitions;
    }
}

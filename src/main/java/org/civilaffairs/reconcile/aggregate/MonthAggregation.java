package org.civilaffairs.reconcile.aggregate;

import java.time.YearMonth;
import java.util.List;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Writes a month's aggregate rows, replacing what an earlier close wrote. */
@Service
public class MonthAggregation {

    private static final Logger log = LoggerFactory.getLogger(MonthAggregation.class);

    private final AggregateStore store;

    public MonthAggregation(AggregateStore store) {
        this.store = store;
    }

    /** Replaces the aggregate rows of a partition's streets; returns how many. */
    public int aggregate(StreetBucket part) {
        long start = System.nanoTime();
        List<String> streets = store.streets(part);
        AggregateInput.Month input = store.input(part.month(), streets);
        long read = System.nanoTime();
        List<AggregateRow> rows = AggregateCalculator.streetRows(input);
        long computed = System.nanoTime();
        store.replace(part.month(), streets, rows);
        log.info("{}: {} aggregate rows; ms: read {}, compute {}, write {}", part, rows.size(), (read - start) / 1_000_000,
                (computed - read) / 1_000_000, (System.nanoTime() - computed) / 1_000_000);
        return rows.size();
    }

    /** After every partition of the month: the 全区 roll-up across streets. */
    public void close(YearMonth month) {
        store.replaceDistrict(month);
    }
}

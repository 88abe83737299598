package org.civilaffairs.reconcile.aggregate;

import java.time.YearMonth;
import java.util.List;
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

    /** Replaces the month's aggregate rows; returns how many. */
    public int aggregate(YearMonth month) {
        long start = System.nanoTime();
        AggregateInput.Month input = store.input(month);
        long read = System.nanoTime();
        List<AggregateRow> rows = AggregateCalculator.compute(input);
        long computed = System.nanoTime();
        store.replace(month, rows);
        log.info("{}: {} aggregate rows; ms: read {}, compute {}, write {}", month, rows.size(), (read - start) / 1_000_000,
                (computed - read) / 1_000_000, (System.nanoTime() - computed) / 1_000_000);
        return rows.size();
    }
}

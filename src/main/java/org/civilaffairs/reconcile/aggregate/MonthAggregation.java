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
        List<AggregateRow> rows = AggregateCalculator.compute(store.input(month));
        store.replace(month, rows);
        log.info("{}: {} aggregate rows", month, rows.size());
        return rows.size();
    }
}

package org.civilaffairs.reconcile.ops;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Where a long step stands: units (files, months) done of the total, rows done, rows per second
 * and the time left at that pace. Computed from the step execution's own counts, so it is right
 * after a restart too and needs no state of its own.
 */
public record Progress(String step, long unitsDone, long unitsTotal, long rows, Duration elapsed) {

    public static Progress of(String step, long unitsDone, long unitsRemaining, long rows, LocalDateTime startedAt, LocalDateTime now) {
        return new Progress(step, unitsDone, unitsDone + unitsRemaining, rows,
                startedAt == null ? Duration.ZERO : Duration.between(startedAt, now));
    }

    public long rowsPerSecond() {
        long millis = elapsed.toMillis();
        return millis == 0 ? 0 : rows * 1000 / millis;
    }

    /** Time left if the remaining units take as long as the done ones; null before the first unit. */
    public Duration eta() {
        if (unitsDone == 0) {
            return null;
        }
        return elapsed.multipliedBy(unitsTotal - unitsDone).dividedBy(unitsDone);
    }

    /** One log line: {@code ingest 3/12 files, 40000 rows, 25000 rows/s, 2.1 s elapsed, ETA 6 s}. */
    public String line(String unit) {
        Duration eta = eta();
        return String.format("%s %d/%d %s, %d rows, %d rows/s, %.1f s elapsed, ETA %s", step, unitsDone, unitsTotal, unit,
                rows, rowsPerSecond(), elapsed.toMillis() / 1000.0, eta == null ? "-" : eta.toSeconds() + " s");
    }
}

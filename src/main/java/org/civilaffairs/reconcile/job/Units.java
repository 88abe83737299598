package org.civilaffairs.reconcile.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.civilaffairs.reconcile.ops.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The units of the long steps (one partition per worker step: a file, a month's source, a street
 * bucket), each in its own transaction with its progress marker, logged as it ends with the step's progress.
 * {@code reconcile.drill.pause-in-unit} holds the units' transactions open after their writes (of
 * every step, or of the step {@code reconcile.drill.step} names), so that a crash drill (kill -9)
 * lands inside a unit; it is zero in normal runs.
 */
@Component
class Units {

    private static final Logger log = LoggerFactory.getLogger(Units.class);

    private final Duration pause;
    private final String pausedStep;
    private final Map<String, PartitionedStep> steps = new ConcurrentHashMap<>();

    Units(@Value("${reconcile.drill.pause-in-unit:0s}") Duration pause, @Value("${reconcile.drill.step:}") String pausedStep) {
        this.pause = pause;
        this.pausedStep = pausedStep;
    }

    /** A partitioned step starts {@code partitions} partitions (those not completed before, on a restart). */
    void partitionsStarting(String step, int partitions) {
        steps.put(step, new PartitionedStep(partitions, LocalDateTime.now()));
    }

    /** A partition has written its rows; logs the step's progress and, in a drill, holds its transaction open. */
    void partitionDone(String step, String part, long rows) {
        PartitionedStep progress = steps.get(step);
        if (progress == null) { // a remote worker: the manager, elsewhere, counts the partitions
            log.info("{}: partition {} written ({} rows)", step, part, rows);
            drillPause(step);
            return;
        }
        long done = progress.done.incrementAndGet();
        long allRows = progress.rows.addAndGet(rows);
        log.info("{} (last {}, {} rows)", Progress.of(step, done, progress.total - done, allRows, progress.started,
                LocalDateTime.now()).line("partitions"), part, rows);
        drillPause(step);
    }

    private void drillPause(String step) {
        if (!pause.isZero() && (pausedStep.isEmpty() || pausedStep.equals(step))) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The partitions of a step running in this process: how many, how many done, their rows. */
    private static final class PartitionedStep {
        final long total;
        final LocalDateTime started;
        final AtomicLong done = new AtomicLong();
        final AtomicLong rows = new AtomicLong();

        PartitionedStep(long total, LocalDateTime started) {
            this.total = total;
            this.started = started;
        }
    }
}

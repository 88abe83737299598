package org.civilaffairs.reconcile.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.OneLineErrors;
import org.civilaffairs.reconcile.UsageError;
import org.civilaffairs.reconcile.ingest.InboxScanner;
import org.civilaffairs.reconcile.ops.GracefulStop;
import org.civilaffairs.reconcile.ops.MetricsEndpoint;
import org.civilaffairs.reconcile.ops.Retention;
import org.civilaffairs.reconcile.ops.RunLauncher;
import org.civilaffairs.reconcile.ops.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code schedule}: stay in the foreground and start {@code run} at the schedule's cron time (by
 * default 02:00 every night). Runs are sequential, so never two at once from here, and the
 * launcher refuses while any other process's run is in progress. A failed night does not stop
 * the schedule: the next night's run picks up what was left, and the operator restarts or not.
 * With a {@code retention}, each run is followed by what {@code purge} does for that age; a purge
 * that fails does not stop the schedule either.
 */
@Command(name = "schedule", description = "Run in the foreground and start 'run' at the cron time of jobs/schedule.yml.")
public class ScheduleCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

    @Option(names = "--config", description = "schedule file (default: jobs/schedule.yml)")
    Path config = Schedule.DEFAULT;

    @Option(names = "--runs", description = "stop after this many runs (default: never)")
    int runs;

    private final RunLauncher launcher;
    private final PrometheusMeterRegistry meters;
    private final GracefulStop stop;
    private final Retention retention;

    public ScheduleCommand(RunLauncher launcher, PrometheusMeterRegistry meters, GracefulStop stop, Retention retention) {
        this.launcher = launcher;
        this.meters = meters;
        this.stop = stop;
        this.retention = retention;
    }

    @Override
    public Integer call() throws Exception {
        Schedule schedule = Schedule.load(config);
        InboxScanner.months(schedule.inbox()); // a missing inbox is refused now, not at the first night
        if (!Files.isReadable(schedule.policy())) {
            throw new UsageError("policy file " + schedule.policy().toAbsolutePath() + " of schedule " + config + " not found:"
                    + " fix 'policy' in the schedule");
        }
        MetricsEndpoint endpoint = schedule.metricsPort() > 0
                ? MetricsEndpoint.start(schedule.metricsHost(), schedule.metricsPort(), meters) : null;
        if (endpoint != null) {
            log.info("schedule: metrics at http://{}:{}/metrics", schedule.metricsHost(), endpoint.port());
        }
        int exit = 0;
        try {
            for (int done = 0; (runs == 0 || done < runs) && !stop.shuttingDown(); done++) {
                LocalDateTime next = schedule.cron().next(LocalDateTime.now());
                log.info("schedule: next run at {} (inbox {})", next, schedule.inbox());
                Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(), next).toMillis()));
                exit = launcher.run(schedule.inbox(), schedule.policy(), null);
                log.info("schedule: run ended with exit code {}", exit);
                schedule.retention().ifPresent(this::purge);
            }
        } finally {
            if (endpoint != null) {
                endpoint.close();
            }
        }
        return exit;
    }

    /** What {@code purge} does; a purge that fails says why, and the next night's run still comes. */
    private void purge(Duration age) {
        try {
            retention.purgeOlderThan(age, line -> log.info("schedule: {}", line));
        } catch (RuntimeException e) {
            log.warn("schedule: the purge after the run failed: {}; the schedule goes on, and purges again after the next run",
                    OneLineErrors.describe(e));
        }
    }
}

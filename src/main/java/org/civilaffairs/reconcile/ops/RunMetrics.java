package org.civilaffairs.reconcile.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.civilaffairs.reconcile.ingest.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the latest run ended, as Prometheus gauges ({@code reconcile_run_exit_code},
 * {@code reconcile_run_warnings}, {@code reconcile_run_notices}, {@code reconcile_run_id}, {@code reconcile_run_end_timestamp_seconds},
 * {@code reconcile_run_duration_seconds}) next to Spring Batch's job and step timers. The scheduler
 * serves them; every run, however started (systemd, cron, by hand), also writes them atomically
 * to {@code reconcile.metrics-file} for node exporter's textfile collector.
 */
@Component
public class RunMetrics {

    private static final Logger log = LoggerFactory.getLogger(RunMetrics.class);

    private final PrometheusMeterRegistry registry;
    private final Path file;
    private final AtomicLong exitCode = new AtomicLong(-1);
    private final AtomicLong warnings = new AtomicLong();
    private final AtomicLong notices = new AtomicLong();
    private final AtomicLong runId = new AtomicLong();
    private final AtomicLong endSeconds = new AtomicLong();
    private final AtomicLong durationMillis = new AtomicLong();

    public RunMetrics(PrometheusMeterRegistry registry,
                      @Value("${reconcile.metrics-file:data/metrics/reconcile.prom}") Path file) {
        this.registry = registry;
        this.file = file;
        gauge("reconcile.run.exit.code", exitCode, "exit code of the latest run: 0 ok, 1 failed, 5 stopped, 6 completed with warnings", null);
        gauge("reconcile.run.warnings", warnings, "warnings of the latest run (input not read, street office roster missing)", null);
        gauge("reconcile.run.notices", notices, "notices of the latest run (files rejected whole or mostly)", null);
        gauge("reconcile.run.id", runId, "id of the latest run", null);
        gauge("reconcile.run.end.timestamp", endSeconds, "when the latest run ended, Unix time", "seconds");
        Gauge.builder("reconcile.run.duration", durationMillis, d -> d.get() / 1000.0)
                .description("how long the latest run took").baseUnit("seconds").register(registry);
    }

    /** Records how a run ended and writes the metrics file; a file that cannot be written costs one warning line. */
    public void ended(JobExecution execution, int code, int warningCount, int noticeCount) {
        exitCode.set(code);
        warnings.set(warningCount);
        notices.set(noticeCount);
        runId.set(execution.getId());
        endSeconds.set(Instant.now().getEpochSecond());
        durationMillis.set(execution.getStartTime() == null || execution.getEndTime() == null ? 0
                : Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis());
        try {
            write();
        } catch (IOException | RuntimeException e) {
            log.warn("metrics file {} not written ({}): set reconcile.metrics-file to a writable path", file.toAbsolutePath(), e.toString());
        }
    }

    /** Written beside the target and moved over it, so the collector never reads half a file. */
    private void write() throws IOException {
        AtomicFile target = AtomicFile.of(file.toAbsolutePath());
        Files.writeString(target.partial(), registry.scrape(), StandardCharsets.UTF_8);
        target.commit();
    }

    private void gauge(String name, AtomicLong value, String description, String unit) {
        Gauge.builder(name, value, AtomicLong::get).description(description).baseUnit(unit).register(registry);
    }
}

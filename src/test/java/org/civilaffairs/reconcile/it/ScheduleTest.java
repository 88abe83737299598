package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civilaffairs.reconcile.ops.MetricsEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schedule}: starts the run at its cron time, and Spring Batch's meters are there for a
 * Prometheus scrape; with a {@code retention}, what the run derived from months closed before it is
 * deleted after the run; a purge that fails does not stop the schedule.
 */
class ScheduleTest {

    @Test
    void theScheduledRunCompletesAndItsMetricsCanBeScraped(@TempDir Path work) throws Exception {
        Path schedule = schedule(work);
        try (Pipeline pipeline = new Pipeline(Databases.h2(work), work)) {
            assertThat(pipeline.run("schedule", "--config", schedule.toString(), "--runs", "1")).isZero();
            assertThat(pipeline.output("status")).contains("COMPLETED");
            assertThat(work.resolve("archive").resolve("extract")).as("retention 0m: the months just closed").isEmptyDirectory();

            PrometheusMeterRegistry meters = pipeline.context().getBean(PrometheusMeterRegistry.class);
            try (MetricsEndpoint endpoint = MetricsEndpoint.start("127.0.0.1", 0, meters)) {
                HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(scrape.statusCode()).isEqualTo(200);
                assertThat(scrape.body()).contains("spring_batch_job_seconds_count").contains("spring_batch_step_seconds_count")
                        .contains("spring_batch_step_name=\"ingest\"");
            }
        }
    }

    /** A month's derived files the purge cannot delete: it says so after each run, and the next run still comes. */
    @Test
    void aPurgeThatFailsDoesNotStopTheSchedule(@TempDir Path work) throws Exception {
        Path kept = work.resolve("archive").resolve("extract").resolve("2019-06").resolve("held");
        Files.createDirectories(kept);
        Files.writeString(kept.resolve("a.bin"), "x");
        assumeTrue(immutable(kept, true), "chattr +i, which makes a folder undeletable even for root, is not available");
        try (Pipeline pipeline = new Pipeline(Databases.h2(work), work)) {
            assertThat(pipeline.run("schedule", "--config", schedule(work).toString(), "--runs", "2")).isZero();
            List<String> log = Files.readAllLines(work.resolve("reconcile.log"));
            assertThat(log).filteredOn(line -> line.contains("schedule: run ended with exit code 0")).hasSize(2);
            assertThat(log).filteredOn(line -> line.contains("schedule: deleted ") && line.contains(" run(s) that ended before"))
                    .as("the runs' line comes before the files' failure").hasSize(2);
            assertThat(log).filteredOn(line -> line.contains("WARN") && line.contains("schedule: the purge after the run failed:"
                    + " cannot delete the derived files of 2019-06 under ")
                    && line.contains("extract: let the user the purge runs as delete them, or delete them by hand")
                    && line.contains("held/a.bin: Operation not permitted); the schedule goes on")).hasSize(2);
        } finally {
            immutable(kept, false);
        }
    }

    private static Path schedule(Path work) throws Exception {
        Path schedule = work.resolve("schedule.yml");
        Files.writeString(schedule, String.join("\n",
                "cron: \"* * * * * *\"",
                "inbox: " + OperationsIT.INBOX.toAbsolutePath(),
                "policy: " + OperationsIT.INBOX.resolve("policy.yml").toAbsolutePath(),
                "metrics_port: 0",
                "retention: 0m", ""));
        return schedule;
    }

    static boolean immutable(Path folder, boolean on) throws Exception {
        try {
            return new ProcessBuilder("chattr", on ? "+i" : "-i", folder.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

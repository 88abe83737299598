package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civilaffairs.reconcile.ops.MetricsEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schedule}: starts the run at its cron time, and Spring Batch's meters are there for a
 * Prometheus scrape; with a {@code retention}, what the run derived from months closed before it is
 * deleted after the run.
 */
class ScheduleTest {

    @Test
    void theScheduledRunCompletesAndItsMetricsCanBeScraped(@TempDir Path work) throws Exception {
        Path schedule = work.resolve("schedule.yml");
        Files.writeString(schedule, String.join("\n",
                "cron: \"* * * * * *\"",
                "inbox: " + OperationsIT.INBOX.toAbsolutePath(),
                "policy: " + OperationsIT.INBOX.resolve("policy.yml").toAbsolutePath(),
                "metrics_port: 0",
                "retention: 0m", ""));
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
}

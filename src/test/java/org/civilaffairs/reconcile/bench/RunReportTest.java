package org.civilaffairs.reconcile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunReportTest {

    @Test
    void aStepsWindowAndDurationComeFromItsOwnLinesNotItsPartitions() {
        Map<String, RunReport.Logged> logged = RunReport.logged(List.of(
                "02:18:09.776 INFO  AbstractStep - Executing step: [scan]",
                "02:18:11.403 INFO  AbstractStep - Step: [scan] executed in 1s632ms",
                "02:18:11.443 INFO  AbstractStep - Executing step: [ingest]",
                "02:18:11.500 INFO  AbstractStep - Executing step: [ingest:2024-05:file-21]",
                "02:18:20.100 INFO  AbstractStep - Step: [ingest:2024-05:file-21] executed in 8s600ms",
                "02:18:25.272 INFO  AbstractStep - Step: [ingest] executed in 13s831ms",
                "02:18:25.280 INFO  AbstractStep - Executing step: [registry]"));

        assertThat(logged.keySet()).containsExactlyInAnyOrder("scan", "ingest", "registry");
        assertThat(logged.get("ingest")).isEqualTo(new RunReport.Logged(LocalTime.of(2, 18, 11, 443_000_000),
                LocalTime.of(2, 18, 25, 272_000_000), 13.831));
        assertThat(logged.get("registry")).isEqualTo(new RunReport.Logged(LocalTime.of(2, 18, 25, 280_000_000), null, null));
    }

    @Test
    void aDurationIsReadFromALineWithoutATime() {
        assertThat(RunReport.logged(List.of("Step: [link] executed in 1m2s345ms")).get("link"))
                .isEqualTo(new RunReport.Logged(null, null, 62.345));
    }
}

package org.civilaffairs.reconcile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunReportTest {

    @Test
    void aStepsWindowComesFromItsOwnLinesNotItsPartitions() {
        Map<String, LocalTime[]> windows = RunReport.windows(List.of(
                "02:18:09.776 INFO  AbstractStep - Executing step: [scan]",
                "02:18:11.403 INFO  AbstractStep - Step: [scan] executed in 1s632ms",
                "02:18:11.443 INFO  AbstractStep - Executing step: [ingest]",
                "02:18:11.500 INFO  AbstractStep - Executing step: [ingest:2024-05:file-21]",
                "02:18:20.100 INFO  AbstractStep - Step: [ingest:2024-05:file-21] executed in 8s600ms",
                "02:18:25.272 INFO  AbstractStep - Step: [ingest] executed in 13s831ms",
                "02:18:25.280 INFO  AbstractStep - Executing step: [registry]"));

        assertThat(windows.keySet()).containsExactlyInAnyOrder("scan", "ingest", "registry");
        assertThat(windows.get("ingest")).containsExactly(LocalTime.of(2, 18, 11, 443_000_000), LocalTime.of(2, 18, 25, 272_000_000));
        assertThat(windows.get("registry")).containsExactly(LocalTime.of(2, 18, 25, 280_000_000), null);
    }
}

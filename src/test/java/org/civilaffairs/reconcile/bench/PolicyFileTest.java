package org.civilaffairs.reconcile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generated policy passes the strict policy binding. */
class PolicyFileTest {

    @Test
    void generatedPolicyLoads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("policy.yml");
        PolicyFile.write(file, YearMonth.of(2024, 5), Streets.forRows(1000), 1000);
        assertThat(PolicyLoader.load(file).targets()).containsKey(2024);
    }
}

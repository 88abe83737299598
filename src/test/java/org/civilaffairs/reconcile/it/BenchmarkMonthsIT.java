package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmark --months 2} on the real jar: two generated months closed one after the other on one
 * H2 file and one MariaDB schema, then a run with nothing new; each run reports its own steps only.
 */
class BenchmarkMonthsIT {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void eachMonthIsClosedByItsOwnRunOnOneDatabaseThenNothingNewIsRead(@TempDir Path work) throws Exception {
        Path out = work.resolve("benchmark.out");
        Process p = new ProcessBuilder(JAVA, "-jar", JarProcess.JAR.toString(), "benchmark", "--rows", "2000", "--months", "2",
                "--db", "h2,mariadb", "--xmx", "512m", "--jar", JarProcess.JAR.toString(), "--work", work.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor()).as(Files.readString(out, StandardCharsets.UTF_8)).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        for (String db : List.of("h2", "mariadb")) {
            int table = lines.indexOf("months on " + db + ", one database, each run with the months before it in the inbox (seconds)");
            assertThat(table).as("the table of %s", db).isPositive();
            assertThat(lines.get(table + 1)).startsWith("month").contains("ingest", "resolve", "indicators");
            assertThat(lines.get(table + 2)).startsWith("2024-05");
            assertThat(lines.get(table + 3)).startsWith("2024-06");
            assertThat(lines.get(table + 4)).startsWith("nothing new");
            // each run reports its own job execution: the second month's rows, not both months'; nothing new, no file
            assertThat(written(lines, db + " 2024-06", "ingest")).isBetween(2_000L, 2_100L);
            assertThat(written(lines, db + " none", "ingest")).isZero();
        }
        assertThat(Files.readSymbolicLink(work.resolve("run-h2-months-2000/inbox/2024-06")))
                .isEqualTo(work.resolve("inbox-2000-s1-2024-06/2024-06"));
    }

    /** The write count of a step's line under a run's label: {@code h2 2024-06 ingest  1  2,001  2,001 ...}. */
    private static long written(List<String> lines, String label, String step) {
        String prefix = label + " " + step + " ";
        String[] line = lines.stream().map(l -> l.trim().split("\\s+")).filter(t -> t.length > 4
                && String.join(" ", t[0], t[1], t[2], "").equals(prefix)).findFirst().orElseThrow();
        return Long.parseLong(line[4].replace(",", ""));
    }
}

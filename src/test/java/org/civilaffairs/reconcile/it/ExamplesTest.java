package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the example inboxes shipped beside the repository ({@code ../shared/examples}) on H2 and on
 * MySQL/MariaDB and compares every export with the independent implementation's. A second run must
 * change nothing.
 */
class ExamplesTest {

    static final Path EXAMPLES = Path.of(System.getProperty("shared.dir", "../shared")).resolve("examples");

    static Stream<Arguments> cases() {
        return Stream.of("public", "another-city").flatMap(ex -> Stream.of(Arguments.of(ex, "h2"), Arguments.of(ex, "mysql")));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void exportsEqualTheExpectedOnes(String example, String database, @TempDir Path work) throws IOException {
        Path dir = example(example);
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                String[] run = {"run", "--inbox", dir.resolve("inbox").toString(), "--policy", dir.resolve("policy.yml").toString()};
                assertThat(pipeline.run(run)).isZero();
                List<String> diffs = compareAll(pipeline, dir.resolve("expected"), work.resolve("first"));
                assertThat(diffs).as("differences from expected").isEmpty();

                assertThat(pipeline.run(run)).isZero();
                List<String> again = compareAll(pipeline, dir.resolve("expected"), work.resolve("second"));
                assertThat(again).as("a second run must change nothing").isEmpty();
            }
        });
    }

    /**
     * Partitions whose rows do not fit the heap's budget together run one at a time, and the exports
     * are the same: a budget of one lot makes every partition wait for the one running.
     */
    @ParameterizedTest(name = "public on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void partitionsThatDoNotFitTheHeapTogetherRunOneAtATime(String database, @TempDir Path work) throws IOException {
        Path dir = example("public");
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work, "--reconcile.grid-size=4",
                    "--reconcile.partition-heap-bytes-per-row=" + Long.MAX_VALUE)) {
                assertThat(pipeline.run("run", "--inbox", dir.resolve("inbox").toString(), "--policy",
                        dir.resolve("policy.yml").toString())).isZero();
                assertThat(compareAll(pipeline, dir.resolve("expected"), work.resolve("exports"))).as("differences from expected")
                        .isEmpty();
            }
            assertThat(Files.readString(work.resolve("reconcile.log"))).contains("waits for the partitions running");
        });
    }

    /**
     * The example's folder. Absent on a developer's machine, the test is skipped with a notice; in CI
     * ({@code CI} or {@code RECONCILE_REQUIRE_MYSQL} set), where ../shared is always there, it fails.
     */
    static Path example(String name) {
        Path dir = EXAMPLES.resolve(name);
        if (!Files.isDirectory(dir)) {
            String why = dir.toAbsolutePath() + " is absent";
            if (System.getenv("RECONCILE_REQUIRE_MYSQL") != null || "true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why + ": CI must run the examples (set -Dshared.dir=...)");
            }
            System.err.println("NOTICE: " + why + ": example comparison skipped");
            Assumptions.abort(why);
        }
        return dir;
    }

    private static List<String> compareAll(Pipeline pipeline, Path expectedDir, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<String> diffs = new ArrayList<>();
        List<Path> expected;
        try (Stream<Path> files = Files.list(expectedDir)) {
            expected = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : expected) {
            String base = file.getFileName().toString().replace(".csv", "");
            String kind = base.substring(0, base.indexOf('_'));
            String period = base.substring(base.indexOf('_') + 1);
            Path out = outDir.resolve(file.getFileName());
            int code = pipeline.run("export", kind, period.length() == 4 ? "--year" : "--month", period, "--out", out.toString());
            assertThat(code).as("export " + base).isZero();
            diffs.addAll(ExportComparison.compare(file, out));
        }
        assertThat(expected).isNotEmpty();
        return diffs;
    }
}

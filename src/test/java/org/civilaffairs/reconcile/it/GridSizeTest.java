package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Partitioning changes where the work is done, never what comes out: the example inboxes and
 * {@code input-samples/} give byte-identical exports with one partition per month and with four,
 * on H2 and on MySQL/MariaDB.
 */
class GridSizeTest {

    static Stream<Arguments> cases() {
        Path examples = ExamplesTest.EXAMPLES;
        return Stream.of(examples.resolve("public"), examples.resolve("another-city"), Path.of("input-samples"))
                .flatMap(dir -> Stream.of(Arguments.of(dir, "h2"), Arguments.of(dir, "mysql")));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void exportsAreTheSameWithOneAndFourPartitionsPerMonth(Path dir, String database, @TempDir Path work) {
        if (!Files.isDirectory(dir)) {
            Assumptions.abort(dir + " is absent");
        }
        Map<String, String> one = exports(dir, database, work.resolve("grid-1"), 1);
        Map<String, String> four = exports(dir, database, work.resolve("grid-4"), 4);
        assertThat(one).isNotEmpty();
        assertThat(four).isEqualTo(one);
        assertThat(registryShares(work.resolve("grid-1"))).isEmpty();
        assertThat(registryShares(work.resolve("grid-4"))).isNotEmpty().allMatch(name -> name.matches("hukou-.*\\.b0[0-3]of04-.*\\.csv"));
    }

    /** The resolve partitions' shares of the registry extracts, which only a month of several partitions has. */
    private static List<String> registryShares(Path work) {
        try (Stream<Path> files = Files.walk(work.resolve("archive"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("hukou-") && n.contains(".b")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every export of every month and year of the inbox after a run with the given grid size. */
    private static Map<String, String> exports(Path dir, String database, Path work, int gridSize) {
        Path inbox = Files.isDirectory(dir.resolve("inbox")) ? dir.resolve("inbox") : dir;
        Map<String, String> exports = new HashMap<>();
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work, "--reconcile.grid-size=" + gridSize)) {
                assertThat(pipeline.run("run", "--inbox", inbox.toString(), "--policy", dir.resolve("policy.yml").toString()))
                        .isZero();
                exports.putAll(pipeline.exportsOf(inbox));
            }
        });
        return exports;
    }
}

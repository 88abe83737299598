package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civilaffairs.reconcile.identity.MonthResolution;
import org.civilaffairs.reconcile.identity.ResolutionStore;
import org.civilaffairs.reconcile.identity.StagedRow;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Resolve reads a roster's staged rows from the files ingest wrote beside the archive, with what a
 * resolve changed of their resolution since: every value and every stored column as the database
 * holds them. A resolve that changes them back (the superseding roster of a street withdrawn) leaves
 * the database and the files alike; without the files the database is read, to the same rows.
 */
class StagedRowFilesTest {

    private static final YearMonth JULY = YearMonth.of(2019, 7);

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void theFilesHoldWhatTheDatabaseHolds(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run(InputSamplesTest.RUN)).isZero();
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                Path files = work.resolve("archive").resolve("extract").resolve(JULY.toString()).resolve("staged-rows");
                assertThat(superseded(jdbc)).as("rows the v2 roster supersedes").isPositive();
                Map<String, List<String>> read = sameEitherWay(pipeline, files);

                jdbc.update("UPDATE inbox_file SET replaced_by = id WHERE month = ? AND file_name LIKE '%v2.csv'", JULY.toString());
                pipeline.context().getBean(MonthResolution.class).resolve(JULY);
                assertThat(superseded(jdbc)).as("rows superseded once the v2 roster is withdrawn").isZero();
                assertThat(sameEitherWay(pipeline, files)).isNotEqualTo(read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static int superseded(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM roster_row WHERE month = ? AND superseded = TRUE", Integer.class,
                JULY.toString());
    }

    /** What three partitions of July read from the files, asserted equal to what they read without them. */
    private static Map<String, List<String>> sameEitherWay(Pipeline pipeline, Path files) throws IOException {
        ResolutionStore store = pipeline.context().getBean(ResolutionStore.class);
        assertThat(files).isDirectory();
        Map<String, List<String>> fromFiles = read(pipeline, store);
        Path aside = files.resolveSibling("aside");
        Files.move(files, aside);
        try {
            assertThat(read(pipeline, store)).isEqualTo(fromFiles);
        } finally {
            Files.move(aside, files);
        }
        return fromFiles;
    }

    /** Every staged row of July each of three partitions reads, with every field but ingest's guess. */
    private static Map<String, List<String>> read(Pipeline pipeline, ResolutionStore store) {
        Map<String, Integer> assigned = new TreeMap<>();
        pipeline.context().getBean(JdbcTemplate.class).queryForList("SELECT DISTINCT street FROM roster_row WHERE month = ?"
                + " ORDER BY street", String.class, JULY.toString()).forEach(street -> assigned.put(street, assigned.size() % 3));
        Map<String, List<String>> rows = new TreeMap<>();
        for (StreetBucket part : StreetBucket.of(JULY, 3, assigned)) {
            rows.put(part.name(), store.stagedRows(part).stream().map(StagedRowFilesTest::everyField).toList());
        }
        assertThat(rows.values().stream().mapToInt(List::size).sum()).isGreaterThan(20);
        return rows;
    }

    private static String everyField(StagedRow row) {
        List<String> values = new ArrayList<>();
        for (Field field : StagedRow.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.getName().equals("guess")) {
                field.setAccessible(true);
                try {
                    Object value = field.get(row);
                    values.add(field.getName() + "=" + (value instanceof Object[] array ? Arrays.toString(array) : value));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return String.join("|", values);
    }
}

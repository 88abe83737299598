package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.aggregate.AggregateInput;
import org.civilaffairs.reconcile.aggregate.AggregateStore;
import org.civilaffairs.reconcile.checks.CheckStore;
import org.civilaffairs.reconcile.identity.LoadedRows;
import org.civilaffairs.reconcile.identity.MonthResolution;
import org.civilaffairs.reconcile.identity.ResolutionStore;
import org.civilaffairs.reconcile.identity.StreetHouseholds;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A check or aggregate partition reads its streets' households from the files resolve wrote beside
 * the archive, and from the database for a street without one (resolved by an earlier release, or its folder
 * cleaned): the same households, amounts to the scale, either way; and so does the month's close
 * for the persons enrolled more than once. A street no longer sent loses
 * its files with its households.
 */
class StreetHouseholdsReadTest {

    private static final Path DIR = ExamplesTest.EXAMPLES.resolve("another-city");

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void theFilesHoldWhatTheHouseholdTableHolds(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.runExample(DIR)).isZero();
                ResolutionStore resolved = pipeline.context().getBean(ResolutionStore.class);
                List<String> months = pipeline.context().getBean(JdbcTemplate.class)
                        .queryForList("SELECT DISTINCT month FROM household ORDER BY month", String.class);
                assertThat(months).hasSizeGreaterThan(1);
                Path archive = work.resolve("archive");
                List<String> fromFiles = read(pipeline, months);
                assertThat(fromFiles).hasSizeGreaterThan(months.size() * 2);
                assertThat(fromFiles).anyMatch(line -> line.startsWith("shared "));
                for (String m : months) {
                    List<String> streets = resolved.streets(m);
                    for (int i = 0; i < streets.size(); i += 2) {
                        Files.delete(StreetHouseholds.path(archive, YearMonth.parse(m), streets.get(i)));
                    }
                }
                assertThat(read(pipeline, months)).isEqualTo(fromFiles);
                for (String m : months) {
                    for (String street : resolved.streets(m)) {
                        Files.deleteIfExists(StreetHouseholds.path(archive, YearMonth.parse(m), street));
                    }
                }
                assertThat(read(pipeline, months)).isEqualTo(fromFiles);
                aStreetNoLongerSentLosesItsFiles(pipeline, work.resolve("archive"), YearMonth.parse(months.get(0)));
            }
        });
    }

    /**
     * What the checks and the aggregate read of each month's households (M's and M−1's), in the order
     * read, but for the aggregate's, whose order does not matter; then the close's enrollments of
     * the persons enrolled more than once.
     */
    private static List<String> read(Pipeline pipeline, List<String> months) {
        CheckStore checks = pipeline.context().getBean(CheckStore.class);
        AggregateStore aggregates = pipeline.context().getBean(AggregateStore.class);
        List<String> read = new ArrayList<>();
        for (String m : months) {
            YearMonth month = YearMonth.parse(m);
            checks.households(month, pipeline.context().getBean(ResolutionStore.class).streets(m))
                    .forEach(h -> read.add(h.toString()));
            AggregateInput.Month input = aggregates.input(month, aggregates.streets(StreetBucket.wholeMonth(month)));
            Stream.of(input.households(), input.members(), input.previous() == null ? List.of() : input.previous())
                    .flatMap(List::stream).map(Object::toString).sorted().forEach(read::add);
            pipeline.context().getBean(ResolutionStore.class).repeatedEnrollments(month)
                    .forEach((street, rows) -> rows.forEach(row -> read.add("shared " + street + " " + String.join("|", row))));
        }
        return read;
    }

    /** A street whose rosters are all withdrawn is resolved to nothing: its files go with its households. */
    private static void aStreetNoLongerSentLosesItsFiles(Pipeline pipeline, Path archive, YearMonth month) {
        JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
        List<String> streets = pipeline.context().getBean(ResolutionStore.class).streets(month.toString());
        String gone = streets.get(0);
        pipeline.context().getBean(MonthResolution.class).resolve(month);
        assertThat(StreetHouseholds.path(archive, month, gone)).exists();
        assertThat(LoadedRows.path(archive, month, gone)).exists();
        jdbc.update("UPDATE inbox_file SET status = 'REJECTED' WHERE id IN (SELECT file_id FROM roster_file_street WHERE street = ?)"
                + " AND month = ?", gone, month.toString());
        pipeline.context().getBean(MonthResolution.class).resolve(month);
        List<String> now = pipeline.context().getBean(ResolutionStore.class).streets(month.toString());
        assertThat(now).doesNotContain(gone).isNotEmpty();
        assertThat(StreetHouseholds.path(archive, month, gone)).doesNotExist();
        assertThat(LoadedRows.path(archive, month, gone)).doesNotExist();
        now.forEach(street -> assertThat(StreetHouseholds.path(archive, month, street)).exists());
    }
}

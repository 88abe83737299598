package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.civilaffairs.reconcile.checks.CheckStore;
import org.civilaffairs.reconcile.checks.CheckedHousehold;
import org.civilaffairs.reconcile.identity.LoadedRows;
import org.civilaffairs.reconcile.identity.MonthResolution;
import org.civilaffairs.reconcile.identity.ResolutionStore;
import org.civilaffairs.reconcile.identity.StreetHouseholds;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A check partition reads its streets' households from the files resolve wrote beside the archive,
 * and from the database for a street without one (resolved by an earlier release, or its folder
 * cleaned): the same households, amounts to the scale, either way. A street no longer sent loses
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
                CheckStore checks = pipeline.context().getBean(CheckStore.class);
                ResolutionStore resolved = pipeline.context().getBean(ResolutionStore.class);
                List<String> months = pipeline.context().getBean(JdbcTemplate.class)
                        .queryForList("SELECT DISTINCT month FROM household ORDER BY month", String.class);
                assertThat(months).hasSizeGreaterThan(1);
                for (String m : months) {
                    YearMonth month = YearMonth.parse(m);
                    List<String> streets = resolved.streets(m);
                    List<CheckedHousehold> fromFiles = checks.households(month, streets);
                    assertThat(fromFiles).isNotEmpty();
                    for (int i = 0; i < streets.size(); i += 2) {
                        Files.delete(StreetHouseholds.path(work.resolve("archive"), month, streets.get(i)));
                    }
                    assertThat(checks.households(month, streets)).isEqualTo(fromFiles);
                    for (String street : streets) {
                        Files.deleteIfExists(StreetHouseholds.path(work.resolve("archive"), month, street));
                    }
                    assertThat(checks.households(month, streets)).isEqualTo(fromFiles);
                }
                aStreetNoLongerSentLosesItsFiles(pipeline, work.resolve("archive"), YearMonth.parse(months.get(0)));
            }
        });
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

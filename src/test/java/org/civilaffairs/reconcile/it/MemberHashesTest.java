package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.identity.MonthResolution;
import org.civilaffairs.reconcile.identity.SharedEnrollments;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The month's close finds the persons enrolled more than once from the member hashes resolve
 * wrote, and reads the households of a street that has none (resolved by a release before them):
 * either way it files the same enrollments, and the same when a street's households are read from
 * the database instead of the file resolve wrote. A month without its files (an earlier release's, or
 * a cleaned folder, or a close killed before it marked them complete) derives them again.
 */
class MemberHashesTest {

    private static final Path EXAMPLE = ExamplesTest.EXAMPLES.resolve("public");

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void theSameEnrollmentsWhateverTheyAreFoundFrom(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            String month;
            List<String> filed;
            Map<String, Integer> repeats;
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.runExample(EXAMPLE)).isZero();
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                month = jdbc.queryForObject("SELECT MAX(month) FROM street_member_hashes", String.class);
                filed = enrollments(pipeline, month);
                repeats = repeats(pipeline, month);
                assertThat(filed).isNotEmpty();
                assertThat(repeats).isNotEmpty();
                assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT street) FROM street_member_hashes WHERE month = ?",
                        Integer.class, month)).isEqualTo(jdbc.queryForObject("SELECT COUNT(DISTINCT street) FROM resolve_count"
                        + " WHERE month = ?", Integer.class, month));
                aStreetWithoutItsHouseholdsFileIsReadFromTheDatabase(pipeline, work, month, filed);
                aStreetWithoutHashesIsReadFromItsHouseholds(pipeline, jdbc, month, filed);
                aMonthWithoutItsFilesDerivesThemFromItsHouseholds(pipeline, work, month, filed);
                assertThat(repeats(pipeline, month)).as("counted from the enrollments derived again").isEqualTo(repeats);
            }
            aCloseInRangesOfCandidatesFilesTheSame(url, work, month, filed, repeats);
        });
    }

    /** A close that holds a few candidates at a time reads the households once a range, and files the same. */
    private static void aCloseInRangesOfCandidatesFilesTheSame(String url, Path work, String month, List<String> filed,
                                                              Map<String, Integer> repeats) throws IOException {
        try (Pipeline ranged = new Pipeline(url, work, "--reconcile.close.candidates-per-range=3")) {
            ranged.context().getBean(MonthResolution.class).close(YearMonth.parse(month));
            assertThat(enrollments(ranged, month)).isEqualTo(filed);
            assertThat(repeats(ranged, month)).isEqualTo(repeats);
        }
        List<String> closes = Files.readAllLines(work.resolve("reconcile.log")).stream()
                .filter(line -> line.contains("of the members' hashes")).toList();
        assertThat(closes).isNotEmpty();
        assertThat(closes.get(closes.size() - 1)).doesNotContain("in 1 range(s)");
    }

    private static Map<String, Integer> repeats(Pipeline pipeline, String month) {
        return pipeline.context().getBean(SharedEnrollments.class).personsInSeveralStreets(YearMonth.parse(month));
    }

    private static void aStreetWithoutItsHouseholdsFileIsReadFromTheDatabase(Pipeline pipeline, Path work, String month,
                                                                             List<String> filed) throws IOException {
        List<Path> written;
        try (Stream<Path> files = Files.list(work.resolve("archive/extract").resolve(month).resolve("households"))) {
            written = files.sorted().toList();
        }
        for (int i = 0; i < written.size(); i += 2) {
            Files.delete(written.get(i));
        }
        pipeline.context().getBean(MonthResolution.class).close(YearMonth.parse(month));
        assertThat(enrollments(pipeline, month)).isEqualTo(filed);
    }

    private static void aStreetWithoutHashesIsReadFromItsHouseholds(Pipeline pipeline, JdbcTemplate jdbc, String month,
                                                                    List<String> filed) {
        String street = filed.get(0).split("\\|")[0];
        jdbc.update("DELETE FROM street_member_hashes WHERE month = ? AND street <> ?", month, street);
        pipeline.context().getBean(MonthResolution.class).close(YearMonth.parse(month));
        assertThat(enrollments(pipeline, month)).isEqualTo(filed);

        jdbc.update("DELETE FROM street_member_hashes WHERE month = ?", month);
        pipeline.context().getBean(MonthResolution.class).close(YearMonth.parse(month));
        assertThat(enrollments(pipeline, month)).isEqualTo(filed);
    }

    private static void aMonthWithoutItsFilesDerivesThemFromItsHouseholds(Pipeline pipeline, Path work, String month,
                                                                          List<String> filed) throws IOException {
        List<String> streets = filed.stream().map(e -> e.split("\\|")[0]).distinct().toList();
        String street = streets.get(streets.size() / 2);
        List<String> ofStreet = new ArrayList<>();
        pipeline.context().getBean(SharedEnrollments.class).read(YearMonth.parse(month), List.of(street, "no such street"),
                (filedUnder, key, enrolled, program, household) -> ofStreet.add(String.join("|", filedUnder, key, enrolled,
                        program, household)));
        assertThat(ofStreet).isNotEmpty().isEqualTo(filed.stream().filter(e -> e.startsWith(street + "|")).toList());

        Path dir = work.resolve("archive/extract").resolve(month).resolve("shared-enrollments");
        try (Stream<Path> marks = Files.list(dir).filter(f -> f.getFileName().toString().startsWith("complete-"))) {
            for (Path mark : marks.toList()) {
                Files.delete(mark); // the mark that the set is whole, whatever its layout
            }
        }
        assertThat(enrollments(pipeline, month)).isEqualTo(filed);
        FileSystemUtils.deleteRecursively(dir);
        assertThat(enrollments(pipeline, month)).isEqualTo(filed);
    }

    /** Every shared enrollment of the month as "street|person|enrolled street|program|household", sorted. */
    private static List<String> enrollments(Pipeline pipeline, String month) {
        List<String> all = new ArrayList<>();
        pipeline.context().getBean(SharedEnrollments.class).readAll(YearMonth.parse(month), (street, key, enrolled, program,
                household) -> all.add(String.join("|", street, key, enrolled, program, household)));
        return all.stream().sorted().toList();
    }
}

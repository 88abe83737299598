package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.extract.MonthExtraction;
import org.civilaffairs.reconcile.identity.LoadedRows;
import org.civilaffairs.reconcile.identity.ResolutionStore;
import org.civilaffairs.reconcile.ingest.RosterPersons;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staged rows are read back from the database once a month, by resolve. Ingest writes the persons
 * of each roster beside the archive for the month's registry extraction, and resolve writes each
 * street's loaded rows for the month's linkage and the next month's. Where such a file is missing
 * (written by an earlier release), the staged rows are read instead, to the same result. The few
 * rows of a street in a file mostly of other streets are read by key, as a scan would find them.
 */
class StagedRowsReadOnceTest {

    private static final Path DIR = ExamplesTest.EXAMPLES.resolve("another-city");

    /** The registry extracts, the partitions' shares and the month's key filter are byte-identical. */
    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void aRosterWithoutItsPersonsFileIsReadFromItsStagedRows(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.runExample(DIR)).isZero();
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                MonthExtraction extraction = pipeline.context().getBean(MonthExtraction.class);
                Path archive = work.resolve("archive");
                List<Map<String, Object>> rosters = jdbc.queryForList("SELECT id, month FROM inbox_file WHERE kind = 'roster'"
                        + " AND status = 'LOADED' AND replaced_by IS NULL ORDER BY id");
                assertThat(rosters).hasSizeGreaterThan(2);
                for (Map<String, Object> roster : rosters) {
                    assertThat(persons(archive, roster)).exists();
                }
                YearMonth month = YearMonth.parse((String) rosters.get(0).get("month"));
                Map<String, Integer> assigned = new TreeMap<>();
                jdbc.queryForList("SELECT DISTINCT street FROM roster_row WHERE month = ? ORDER BY street", String.class,
                        month.toString()).forEach(street -> assigned.put(street, assigned.size() % 2));
                for (List<StreetBucket> parts : List.of(List.of(StreetBucket.wholeMonth(month)), StreetBucket.of(month, 2, assigned))) {
                    extraction.registry(month, parts);
                    Map<String, String> fromFiles = extracts(archive, month);
                    for (int i = 0; i < rosters.size(); i += 2) {
                        Files.deleteIfExists(persons(archive, rosters.get(i)));
                    }
                    extraction.registry(month, parts);
                    assertThat(extracts(archive, month)).isNotEmpty().isEqualTo(fromFiles);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Two months of the same persons with planted duplicates: the suspects of both are the same either way. */
    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void aMonthWithoutItsLoadedRowsFilesIsLinkedFromItsStagedRows(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                Path inbox = work.resolve("inbox");
                for (String month : MONTHS) {
                    assertThat(pipeline.run("gen", "--rows", "3000", "--seed", "41", "--twice", "0.03", "--month", month,
                            "--out", inbox.toString(), "--truth", work.resolve("truth").toString())).isZero();
                }
                String[] run = {"run", "--inbox", inbox.toString(), "--policy", inbox.resolve("policy.yml").toString()};
                assertThat(pipeline.run(run)).isZero();
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                Path archive = work.resolve("archive");
                for (String month : MONTHS) {
                    List<Path> written = jdbc.queryForList("SELECT street FROM roster_file_street s JOIN inbox_file f"
                            + " ON f.id = s.file_id WHERE f.month = ?", String.class, month).stream().distinct()
                            .map(street -> LoadedRows.path(archive, YearMonth.parse(month), street)).toList();
                    List<String> fromFiles = new ArrayList<>();
                    assertThat(LoadedRows.read(written, (file, line, street, program, household, community, name, id, key) ->
                            fromFiles.add(String.join("|", file + ":" + line, street, program, household, community, name, id, key))))
                            .isTrue();
                    assertThat(fromFiles).as("in the order of the staged rows").isEqualTo(jdbc.query("SELECT file_id, line_no,"
                            + " street, program, household_id, community, name, id_number, person_key FROM roster_row WHERE month = ?"
                            + " AND outcome = 'LOADED' AND superseded = FALSE ORDER BY file_id, line_no", (rs, n) -> String.join("|",
                            rs.getLong(1) + ":" + rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9)), month));
                }
                aFewRowsOfAFileAreReadByKey(pipeline, jdbc);
                Map<String, String> fromFiles = suspects(pipeline);
                assertThat(fromFiles.get("2024-05").lines().count()).as("suspects found").isGreaterThan(5);

                for (String month : MONTHS) {
                    try (Stream<Path> files = Files.list(LoadedRows.path(archive, YearMonth.parse(month), "").getParent())) {
                        for (Path file : files.toList()) {
                            Files.delete(file);
                        }
                    }
                }
                jdbc.update("DELETE FROM linkage_month");
                assertThat(pipeline.run(run)).isZero();
                assertThat(suspects(pipeline)).isEqualTo(fromFiles);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The rows of a street that a file mostly of other streets holds are read by key (ingest kept
     * their lines): each partition gets the same rows, in the same order, as by a scan of the file.
     */
    private static void aFewRowsOfAFileAreReadByKey(Pipeline pipeline, JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM roster_file_street WHERE line_numbers IS NOT NULL", Integer.class))
                .as("streets kept by their lines").isGreaterThan(10);
        ResolutionStore store = pipeline.context().getBean(ResolutionStore.class);
        Map<String, List<String>> byKey = stagedRows(jdbc, store);
        jdbc.update("UPDATE roster_file_street SET line_numbers = NULL");
        assertThat(stagedRows(jdbc, store)).isEqualTo(byKey);
    }

    /** The staged rows each of four partitions of each month reads, as file:line. */
    private static Map<String, List<String>> stagedRows(JdbcTemplate jdbc, ResolutionStore store) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String month : MONTHS) {
            Map<String, Integer> assigned = new TreeMap<>();
            jdbc.queryForList("SELECT DISTINCT street FROM roster_row WHERE month = ? ORDER BY street", String.class, month)
                    .forEach(street -> assigned.put(street, assigned.size() % 4));
            for (StreetBucket part : StreetBucket.of(YearMonth.parse(month), 4, assigned)) {
                rows.put(part.name(), store.stagedRows(part).stream().map(r -> r.fileId() + ":" + r.line()).toList());
            }
        }
        return rows;
    }

    private static final List<String> MONTHS = List.of("2024-04", "2024-05");

    private static Map<String, String> suspects(Pipeline pipeline) {
        Map<String, String> suspects = new TreeMap<>();
        MONTHS.forEach(month -> suspects.put(month, pipeline.output("export", "suspects", "--month", month)));
        return suspects;
    }

    private static Path persons(Path archive, Map<String, Object> roster) {
        return RosterPersons.path(archive, YearMonth.parse((String) roster.get("month")), ((Number) roster.get("id")).longValue());
    }

    /** The month's extracts but the roster persons, each by name with a digest of its bytes. */
    private static Map<String, String> extracts(Path archive, YearMonth month) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(archive.resolve("extract").resolve(month.toString()))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(file.getFileName().toString(), HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return digests;
    }
}

package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.time.YearMonth;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.civilaffairs.reconcile.simulate.Simulator;
import org.civilaffairs.reconcile.ingest.StreetListChange;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Every run keeps the policy it used (text, and hash over the parsed content); {@code rerun-month M}
 * without {@code --policy} re-closes M alone under the policy M was closed with; a comment edit
 * re-closes nothing; {@code status} names each run's policy. A month whose rosters were read under
 * another district's policy, read again with {@code --reread-rosters} under its own, exports what a
 * run under its own policy exports; {@code simulate} foretold which rows its street list reads otherwise,
 * by spelling (a draft dropping only an alias names the rows written with it). Rosters a failed re-read
 * left unread are taken over by the next one.
 */
class PolicyRunsTest {

    private static final Path SAMPLES_POLICY = Path.of("input-samples", "policy.yml");

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void rerunMonthUsesThePolicyTheMonthWasClosedWith(String database, @TempDir Path work) throws IOException {
        String text = Files.readString(SAMPLES_POLICY, StandardCharsets.UTF_8);
        String a = PolicyLoader.load(SAMPLES_POLICY).sha256();
        Path commented = Files.writeString(work.resolve("commented.yml"), "# reviewed by the bureau\n" + text + "\n\n# end\n");
        Path stricter = Files.writeString(work.resolve("stricter.yml"),
                text.replace("deposit_limit_months: 24", "deposit_limit_months: 12"));
        String b = PolicyLoader.load(stricter).sha256();
        assertThat(b).isNotEqualTo(a);
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                assertThat(pipeline.run(InputSamplesTest.RUN)).isZero();
                Map<String, Object> closed = months(jdbc);
                assertThat(policies(jdbc)).containsExactly(a, a);
                assertThat(jdbc.queryForObject("SELECT content FROM policy_version WHERE sha256 = ?", String.class, a)).isEqualTo(text);

                assertThat(pipeline.run("run", "--inbox", "input-samples", "--policy", commented.toString())).isZero();
                assertThat(months(jdbc)).as("a comment edit re-closes nothing").isEqualTo(closed);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM policy_version", Integer.class)).isEqualTo(1);

                assertThat(pipeline.run("rerun-month", "2019-07", "--policy", stricter.toString())).isZero();
                assertThat(policies(jdbc)).containsExactly(a, b);
                assertThat(months(jdbc).get("2019-06")).as("June is not re-closed").isEqualTo(closed.get("2019-06"));

                Map<String, Object> afterJuly = months(jdbc);
                Thread.sleep(1000); // MySQL keeps closed_at in whole seconds: the re-close lands in a later one
                assertThat(pipeline.run("rerun-month", "2019-06")).isZero();
                assertThat(policies(jdbc)).as("June re-closed under its own policy, July keeps its own").containsExactly(a, b);
                assertThat(months(jdbc).get("2019-06")).isNotEqualTo(afterJuly.get("2019-06"));
                assertThat(jdbc.queryForList("SELECT policy_sha FROM run_audit ORDER BY execution_id", String.class))
                        .containsExactly(a, a, b, a);

                assertThat(pipeline.output("status", "--limit", "10")).contains("policy " + a.substring(0, 8), "policy " + b.substring(0, 8));
                assertThat(pipeline.run("rerun-month", "2019-05")).as("a month never closed has no policy").isEqualTo(2);
            }
        });
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void rostersReadUnderAnotherDistrictsPolicyAreReadAgainUnderItsOwn(String database, @TempDir Path work) throws IOException {
        Path otherDistrict = OperationsIT.otherDistrictPolicy(work);
        Map<String, Map<String, String>> exports = new java.util.HashMap<>();
        Databases.onFresh(database, Files.createDirectories(work.resolve("own")), url -> {
            try (Pipeline pipeline = new Pipeline(url, work.resolve("own"))) {
                assertThat(pipeline.run(InputSamplesTest.RUN)).isZero();
                exports.put("own", pipeline.exportsOf(Path.of("input-samples")));
            }
        });
        Databases.onFresh(database, Files.createDirectories(work.resolve("other")), url -> {
            try (Pipeline pipeline = new Pipeline(url, work.resolve("other"))) {
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                assertThat(pipeline.run("run", "--inbox", "input-samples", "--policy", otherDistrict.toString())).isZero();
                assertThat(pipeline.exportsOf(Path.of("input-samples"))).isNotEqualTo(exports.get("own"));
                assertThat(jdbc.queryForList("SELECT fix FROM run_warning WHERE subject = '2019-06'", String.class))
                        .singleElement().asString().endsWith("'rerun-month 2019-06 --policy FILE --reread-rosters'");
                // the policy fixed, the next run re-checks both months under it and says which rows it reads otherwise
                assertThat(pipeline.run("run", "--inbox", "input-samples", "--policy", SAMPLES_POLICY.toString())).isZero();
                assertThat(jdbc.queryForList("SELECT subject FROM run_warning WHERE execution_id = 2 AND notice = TRUE ORDER BY seq",
                        String.class)).containsExactly("2019-06", "2019-07");
                assertThat(pipeline.output("status")).contains("notice: 2019-07: the policy's street list reads 78 rows of its"
                        + " rosters otherwise than when they were read: 1 naming '东坪区梅岭街' (rejected when read, now 梅岭街), 31 naming"
                        + " '柳湾街' (rejected when read, now 柳湾街),", ", …; 'rerun-month 2019-07 --reread-rosters' reads the month's"
                        + " rosters again under it\n");

                Simulator simulator = pipeline.context().getBean(Simulator.class);
                for (String month : List.of("2019-06", "2019-07")) {
                    long previewed = streetRows(simulator, month, SAMPLES_POLICY, true);
                    assertThat(previewed).as("rows the draft's street list reads").isPositive();
                    assertThat(pipeline.run("rerun-month", month, "--policy", SAMPLES_POLICY.toString(), "--reread-rosters"))
                            .isZero();
                    assertThat(knownStreetRows(jdbc, month)).as("the preview of " + month + " was right").isEqualTo(previewed);
                    assertThat(streetRows(simulator, month, otherDistrict, false)).isEqualTo(previewed);
                }
                assertThat(pipeline.output("simulate", "--month", "2019-07", "--policy", otherDistrict.toString()))
                        .contains("2019-07 柳湾街: 31 行, 读入时已识别, 草案未列出 (将退回)",
                                "2019-07 柳湾街道: 1 行, 读入时识别为 柳湾街, 草案未列出 (将退回)",
                                "rerun-month 2019-07 --policy " + otherDistrict + " --reread-rosters");
                assertThat(pipeline.exportsOf(Path.of("input-samples"))).isEqualTo(exports.get("own"));
                assertThat(pipeline.output("status")).contains("policy " + PolicyLoader.load(SAMPLES_POLICY).sha256().substring(0, 8)
                        + "  rerun-month 2019-07 --reread-rosters");
                assertThat(jdbc.queryForList("SELECT DISTINCT reread_execution_id FROM v_audit_file WHERE kind = 'roster'"
                        + " AND status = 'LOADED' ORDER BY 1", Long.class)).as("read again by the two reruns").containsExactly(3L, 4L);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_warning WHERE execution_id > 2", Integer.class))
                        .as("under its own policy no roster is mostly rejected").isZero();
            }
        });
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void aDraftThatDropsOnlyAnAliasReadsTheRowsWrittenWithIt(String database, @TempDir Path work) throws IOException {
        Path draft = Files.writeString(work.resolve("draft.yml"), Files.readString(SAMPLES_POLICY).replace(", 东坪区梅岭街]", "]"));
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                assertThat(pipeline.run(InputSamplesTest.RUN)).isZero();
                assertThat(pipeline.output("simulate", "--month", "2019-07", "--policy", draft.toString()))
                        .contains("2019-07 东坪区梅岭街: 1 行, 读入时识别为 梅岭街, 草案未列出 (将退回)");
                assertThat(pipeline.output("simulate", "--month", "2019-06", "--policy", draft.toString()))
                        .as("June writes the alias the draft keeps").doesNotContain("街道名单");
                long rejected = unknownStreetRows(jdbc, "2019-07");

                assertThat(pipeline.run("run", "--inbox", "input-samples", "--policy", draft.toString())).isZero();
                assertThat(pipeline.output("status", "--limit", "1")).contains("notice: 2019-07: the policy's street list reads 1"
                        + " rows of its rosters otherwise than when they were read: 1 naming '东坪区梅岭街' (read as 梅岭街, no longer"
                        + " listed)").doesNotContain("notice: 2019-06");
                assertThat(pipeline.run("rerun-month", "2019-07", "--reread-rosters")).isZero();
                assertThat(unknownStreetRows(jdbc, "2019-07")).as("the row the preview named").isEqualTo(rejected + 1);
            }
        });
    }

    private static long unknownStreetRows(JdbcTemplate jdbc, String month) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM roster_row WHERE month = ? AND row_reject = 'UNKNOWN_STREET'", Long.class, month);
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void rostersAFailedRereadLeftUnreadAreReadByTheNextRun(String database, @TempDir Path work) throws IOException {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                assertThat(pipeline.run(InputSamplesTest.RUN)).isZero();
                Map<String, String> closed = pipeline.exportsOf(Path.of("input-samples"));
                Path archive = work.resolve("archive");
                Path away = Files.move(archive, work.resolve("archive-away"));
                assertThat(pipeline.run("rerun-month", "2019-07", "--reread-rosters")).as("the archive is missing").isEqualTo(1);
                assertThat(pipeline.output("status", "--limit", "1")).contains("ingest     FAILED", ": cannot read archived copy of 2019-07/rosters/");
                FileSystemUtils.deleteRecursively(archive); // what the failed run archived: its policy, kept in away too
                Files.move(away, archive);
                // not 'restart 2': a new rerun of the month, which takes over what run 2 left pending
                assertThat(pipeline.run("rerun-month", "2019-07", "--reread-rosters")).isZero();
                String log = Files.readString(work.resolve("reconcile.log"));
                assertThat(log).contains("7 files left unread by an earlier run that did not end are read by this one");
                assertThat(log.lines().filter(l -> l.endsWith("2019-07: 7 roster files to read again under the policy")))
                        .as("the failed rerun's and this one's").hasSize(2);
                assertThat(jdbc.queryForList("SELECT DISTINCT reread_execution_id FROM v_audit_file WHERE kind = 'roster'"
                        + " AND month = '2019-07' AND status = 'LOADED'", Long.class)).as("read by the run that did").containsExactly(3L);
                assertThat(pipeline.exportsOf(Path.of("input-samples"))).isEqualTo(closed);
            }
        });
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void archivedCopiesDeletedAreCopiedAgainFromTheInbox(String database, @TempDir Path work) throws IOException {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run(InputSamplesTest.RUN)).isZero();
                Map<String, String> closed = pipeline.exportsOf(Path.of("input-samples"));
                try (var copies = Files.list(work.resolve("archive"))) { // the content's copies, not the policies kept
                    copies.filter(d -> d.getFileName().toString().matches("[0-9a-f]{2}")).map(Path::toFile)
                            .forEach(FileSystemUtils::deleteRecursively);
                }
                assertThat(pipeline.run(InputSamplesTest.RUN)).as("the inbox still holds every file").isZero();
                // the roster and its resent copy share one archived copy: whichever is scanned first restores it
                assertThat(Files.readString(work.resolve("reconcile.log"))).containsPattern("2019-07/rosters/石桥街_低保特困_2019-07"
                        + "(_重发)?\\.csv: its archived copy \\S+ was missing: copied again from the inbox, which holds the same content");
                assertThat(pipeline.run("rerun-month", "2019-07", "--reread-rosters")).as("read from the archive again").isZero();
                assertThat(pipeline.exportsOf(Path.of("input-samples"))).isEqualTo(closed);
            }
        });
    }

    /** The rows of a month's rosters whose street a draft knows and their reading did not ({@code toDraft}), or the other way. */
    private static long streetRows(Simulator simulator, String month, Path draft, boolean toDraft) {
        return simulator.simulate(List.of(YearMonth.parse(month)), PolicyLoader.load(draft)).streets().stream()
                .filter(c -> c.knownToPolicy() == toDraft).mapToLong(StreetListChange::rows).sum();
    }

    private static long knownStreetRows(JdbcTemplate jdbc, String month) {
        return jdbc.queryForObject("SELECT SUM(s.staged_rows) FROM roster_file_street s JOIN inbox_file f ON f.id = s.file_id"
                + " WHERE s.street_known = TRUE AND f.month = ? AND f.status = 'LOADED' AND f.replaced_by IS NULL", Long.class, month);
    }

    private static List<String> policies(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT policy_sha FROM month_state ORDER BY month", String.class);
    }

    /** Each month's close time: it changes exactly when the month is re-closed. */
    private static Map<String, Object> months(JdbcTemplate jdbc) {
        Map<String, Object> out = new java.util.TreeMap<>();
        jdbc.query("SELECT month, closed_at FROM month_state", rs -> {
            out.put(rs.getString(1), rs.getTimestamp(2));
        });
        return out;
    }
}

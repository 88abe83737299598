package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civilaffairs.reconcile.identity.IdFixtures;
import org.civilaffairs.reconcile.privacy.Mask;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ingest guesses a household's outcome where the roster lists it in one piece; resolution decides
 * over the whole file. A household listed in pieces is guessed wrong at ingest (a piece without its
 * head, two pieces with a head each) and ends as the whole file gives it, with the masked raw line
 * of each rejected row whether ingest or resolution rejected it.
 */
class HouseholdsInPiecesTest {

    private static final String HEADER = "街道名称,社区,保障类别,家庭编号,姓名,公民身份号码,与户主关系,保障金额,家庭月收入,纳入日期,备注";
    private static final String[] ID = {IdFixtures.born("1961-02-03", "011"), IdFixtures.born("1962-03-04", "022"),
        IdFixtures.born("1963-04-05", "033"), IdFixtures.born("1964-05-06", "044"), IdFixtures.born("1965-06-07", "055"),
        IdFixtures.born("1966-07-08", "066"), IdFixtures.born("1967-08-09", "077")};
    /** Each row: household, name, relation, amount; the row's line is its index plus 2. */
    private static final String[][] ROWS = {
        {"MLCS-101", "甲一", "户主", "700"},
        {"MLCS-102", "乙一", "户主", "500"},
        {"MLCS-101", "甲二", "配偶", ""}, // the rest of 101, apart from its head: no head at ingest, loaded in the end
        {"MLCS-103", "丙一", "户主", "600"},
        {"MLCS-104", "丁一", "户主", "600"},
        {"MLCS-103", "丙二", "户主", "600"}, // a second head of 103 in a piece of its own: only the whole file sees it
        {"MLCS-105", "戊一", "配偶", ""}}; // no head at all, in one piece: rejected at ingest already

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void eachHouseholdEndsAsTheWholeFileGivesIt(String database, @TempDir Path work) throws IOException {
        Path inbox = inbox(work);
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run("run", "--inbox", inbox.toString(), "--policy", "input-samples/policy.yml")).isZero();
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                Map<Long, String> outcomes = new TreeMap<>();
                Map<Long, String> raw = new TreeMap<>();
                jdbc.query("SELECT r.line_no, r.outcome, r.reason, r.raw_masked FROM roster_row r JOIN inbox_file f ON f.id = r.file_id"
                        + " WHERE f.file_name LIKE '%梅岭街%'", rs -> {
                            outcomes.put(rs.getLong(1), rs.getString(3) == null ? rs.getString(2) : rs.getString(3));
                            if (rs.getString(3) != null) {
                                raw.put(rs.getLong(1), rs.getString(4));
                            }
                        });
                assertThat(outcomes.values()).containsExactly("LOADED", "LOADED", "LOADED", "MULTIPLE_HEADS", "LOADED",
                        "MULTIPLE_HEADS", "NO_HEAD");
                assertThat(raw).containsOnlyKeys(5L, 7L, 8L);
                raw.forEach((line, masked) -> assertThat(masked).as("line %d", line)
                        .isEqualTo(line(line.intValue() - 2, Mask.id(ID[line.intValue() - 2]))));
                String rejects = pipeline.output("export", "rejects", "--month", "2019-06");
                List.of(5, 7, 8).forEach(line -> assertThat(rejects).contains(ROWS[line - 2][1]));
            }
        });
    }

    /** A copy of the samples' June whose 梅岭街 roster holds the rows above. */
    private static Path inbox(Path work) throws IOException {
        Path inbox = work.resolve("inbox");
        Trees.copy(Path.of("input-samples", "2019-06"), inbox.resolve("2019-06"));
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < ROWS.length; i++) {
            csv.append(line(i, ID[i])).append('\n');
        }
        Files.writeString(inbox.resolve("2019-06").resolve("rosters").resolve("梅岭街_2019-06.csv"), csv, StandardCharsets.UTF_8);
        return inbox;
    }

    private static String line(int row, String id) {
        String[] r = ROWS[row];
        return String.join(",", "梅岭街", "梅园社区", "城市最低生活保障", r[0], r[1], id, r[2], r[3], "", "2017.09.01", "");
    }
}

package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public example inbox on H2 and MariaDB: {@code export suspects} has the header, is
 * sorted by month then descending weight, shows no personal data, and names households the
 * contract's DUPLICATE_ENROLLMENT did not flag; {@code explain} shows them. That the other exports
 * stay what the contract requires is ExamplesTest's (the link step runs in every run). A month closed
 * again is linked again, also within the second of its last close.
 */
class SuspectsExportTest {

    private static final String HEADER = "month,street_a,program_a,household_id_a,file_a,line_a,street_b,program_b,"
            + "household_id_b,file_b,line_b,match_weight,evidence";

    @ParameterizedTest(name = "public on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void suspectsOfThePublicExample(String database, @TempDir Path work) throws IOException {
        Path dir = ExamplesTest.EXAMPLES.resolve("public");
        Assumptions.assumeTrue(Files.isDirectory(dir), "examples absent");
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run("run", "--inbox", dir.resolve("inbox").toString(), "--policy",
                        dir.resolve("policy.yml").toString())).isZero();
                List<List<String>> rows = new ArrayList<>();
                Set<String> flagged = new java.util.HashSet<>();
                for (String month : List.of("2017-04", "2017-05", "2017-06")) {
                    Path out = work.resolve("suspects_" + month + ".csv");
                    assertThat(pipeline.run("export", "suspects", "--month", month, "--out", out.toString())).isZero();
                    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
                    assertThat(lines.get(0)).isEqualTo("\uFEFF" + HEADER);
                    assertThat(String.join("\n", lines)).doesNotContainPattern("\\d{11,}");
                    List<List<String>> monthRows = lines.stream().skip(1).map(l -> List.of(l.split(",", -1))).toList();
                    assertThat(monthRows).allSatisfy(r -> assertThat(r).hasSize(13).first().isEqualTo(month));
                    assertThat(monthRows).isSortedAccordingTo(Comparator.comparing((List<String> r) -> new BigDecimal(r.get(11))).reversed());
                    rows.addAll(monthRows);
                    flagged.addAll(pipeline.output("export", "flags", "--month", month).lines()
                            .filter(l -> l.contains("DUPLICATE_ENROLLMENT")).map(l -> String.join(",", List.of(l.split(",")).subList(1, 4)))
                            .collect(Collectors.toSet()));
                }
                assertThat(rows).as("the spreadsheet-damaged IDs of 赵峰 and 于佳").hasSize(4);
                assertThat(rows).allSatisfy(r -> assertThat(r.get(12)).startsWith("name=exact;birth_date=unknown;id=first6;"));
                assertThat(rows.stream().flatMap(r -> Stream.of(r.subList(1, 4), r.subList(6, 9))).map(h -> String.join(",", h)))
                        .as("households the contract's rules did not flag").anyMatch(h -> !flagged.contains(h));
                String explained = pipeline.output("explain", "--month", "2017-04", "--street", "汉水桥街", "--program", "URBAN_DIBAO",
                        "--household", "HSCS-0011");
                assertThat(explained).contains("疑似重复", "长丰街 URBAN_DIBAO 户编号 CFCS-0004", "name=exact;birth_date=unknown;id=first6");

                // closed again within the second its last close was (MySQL keeps closed_at in whole seconds)
                String april = pipeline.output("export", "suspects", "--month", "2017-04");
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                jdbc.update("UPDATE month_state SET closings = closings + 1 WHERE month = '2017-04'");
                jdbc.update("DELETE FROM suspect_pair WHERE month = '2017-04'");
                assertThat(pipeline.run("run", "--inbox", dir.resolve("inbox").toString(), "--policy",
                        dir.resolve("policy.yml").toString())).isZero();
                assertThat(pipeline.output("export", "suspects", "--month", "2017-04")).as("linked again").isEqualTo(april);
            }
        });
    }
}

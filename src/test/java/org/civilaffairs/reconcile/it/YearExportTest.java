package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code export --year}: every export starts with a {@code month} column, once, so rows of two
 * months can be told apart; {@code --month} keeps the headers of CONTRACT §11 exactly.
 */
class YearExportTest {

    private static final String REJECTS = "file,line,reason,street,program,raw";

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    void yearExportsStartWithTheMonth(String database, @TempDir Path work) throws IOException {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run(InputSamplesTest.RUN)).isZero();
                for (String kind : List.of("aggregates", "flags", "rejects", "files")) {
                    List<String> year = export(pipeline, work, kind, "--year", "2019");
                    assertThat(year.get(0)).as(kind).startsWith("month,").doesNotContain(",month,");
                    Set<String> months = year.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toSet());
                    assertThat(months).as(kind).containsExactlyInAnyOrderElementsOf(InputSamplesTest.MONTHS);
                    List<String> month = export(pipeline, work, kind, "--month", "2019-07");
                    assertThat(year).as(kind + ": the year's July rows are the month's rows")
                            .containsAll(kind.equals("rejects") ? month.stream().skip(1).map(l -> "2019-07," + l).toList()
                                    : month.subList(1, month.size()));
                }
                assertThat(export(pipeline, work, "rejects", "--month", "2019-07").get(0)).isEqualTo(REJECTS);
                assertThat(export(pipeline, work, "rejects", "--year", "2019").get(0)).isEqualTo("month," + REJECTS);
                assertThat(export(pipeline, work, "indicators", "--year", "2019").get(0)).isEqualTo("year,code,value,target,completion_rate");
            }
        });
    }

    private static List<String> export(Pipeline pipeline, Path work, String kind, String period, String value) throws IOException {
        Path out = work.resolve(kind + value + ".csv");
        assertThat(pipeline.run("export", kind, period, value, "--out", out.toString())).isZero();
        return Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(l -> l.replace("\uFEFF", "")).toList();
    }
}

package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.ingest.FileDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a whole inbox and greps the log file, every export (CSV and xlsx text) and explain output
 * for any ID number, bank account or phone of the rosters in clear, in any digit form (full-width,
 * split by spaces or dashes, spreadsheet notation): none may appear (CONTRACT §11).
 */
class NoClearPersonalDataTest {

    @Test
    void noLogLineOrExportShowsPersonalDataInClear(@TempDir Path work) throws IOException {
        Path example = ExamplesTest.example("another-city");
        Path inbox = withShiftedRows(example.resolve("inbox"), work.resolve("inbox"));
        Set<String> secrets = secretsOf(inbox);
        assertThat(secrets).hasSizeGreaterThan(100);

        List<Path> outputs = new ArrayList<>();
        try (Pipeline pipeline = new Pipeline(Databases.h2(work), work)) {
            assertThat(pipeline.run("run", "--inbox", inbox.toString(), "--policy",
                    example.resolve("policy.yml").toString())).isZero();
            for (String kind : List.of("aggregates", "flags", "rejects", "files")) {
                for (String month : List.of("2017-11", "2017-12", "2018-01")) {
                    Path out = work.resolve(kind + "_" + month + ".csv");
                    assertThat(pipeline.run("export", kind, "--month", month, "--out", out.toString())).isZero();
                    outputs.add(out);
                }
            }
            for (String month : List.of("2017-11", "2017-12", "2018-01")) {
                Path xlsx = work.resolve("rejects_" + month + ".xlsx");
                assertThat(pipeline.run("export", "rejects", "--month", month, "--format", "xlsx", "--out", xlsx.toString())).isZero();
                Path cells = work.resolve("rejects_" + month + ".xlsx.txt");
                Files.write(cells, HostileInputTest.xlsxCells(xlsx));
                outputs.add(cells);
            }
            assertThat(pipeline.run("report", "--year", "2018", "--out", work.resolve("report").toString())).isZero();
            outputs.add(work.resolve("report").resolve("report_2018.html"));
            Path explain = work.resolve("explain.txt");
            Files.writeString(explain, pipeline.output("explain", "--month", "2018-01", "--street", "汉正街", "--program",
                    "URBAN_DIBAO", "--household", "ZJCS-0001"));
            outputs.add(explain);
        }
        outputs.add(work.resolve("reconcile.log"));
        for (Path output : outputs) {
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(PersonalNumbers.in(text)).as("clear personal data in " + output.getFileName()).noneMatch(secrets::contains);
            assertThat(text).as("spreadsheet-notation ID in " + output.getFileName()).doesNotContainPattern(PersonalNumbers.SPREADSHEET);
        }
    }

    /**
     * The inbox with one roster more in its last month, whose rows' columns shifted: an ID number and a
     * phone stand where the street and the program belong, which rejects show as written (CONTRACT §13.5).
     */
    private static Path withShiftedRows(Path inbox, Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(inbox)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(inbox.relativize(f).toString()));
            }
        }
        Files.writeString(copy.resolve("2018-01/rosters/汉正街_补录_2018-01.csv"), String.join("\n",
                "街道,救助类别,户编号,姓名,身份证号,与户主关系,月保障金",
                "420104198511204417,13907145521,户主,650,ZJCS-0900",
                "4.20104E+17,420104198511204417,张三,配偶,ZJCS-0900,汉正街,城市低保,,", ""));
        return copy;
    }

    /** Every personal number of the roster files (ID numbers, bank accounts, phones), whatever its digits and separators. */
    private static Set<String> secretsOf(Path inbox) throws IOException {
        Set<String> secrets = new HashSet<>();
        try (Stream<Path> files = Files.walk(inbox)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv") && p.toString().contains("rosters")).toList()) {
                Charset cs = "UTF-8".equals(FileDigest.of(f).encoding()) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
                secrets.addAll(PersonalNumbers.in(Files.readString(f, cs)));
            }
        }
        return secrets;
    }
}

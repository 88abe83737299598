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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.ingest.FileDigest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a whole inbox and greps the log file, every export (CSV and xlsx text) and explain output
 * for any ID number, bank account or phone of the rosters in clear: none may appear (CONTRACT §11).
 */
class NoClearPersonalDataTest {

    private static final Pattern SECRET = Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15,19}|1[0-9]{10})(?![0-9])");

    @Test
    void noLogLineOrExportShowsPersonalDataInClear(@TempDir Path work) throws IOException {
        Path example = ExamplesTest.EXAMPLES.resolve("another-city");
        Assumptions.assumeTrue(Files.isDirectory(example), "examples absent");
        Set<String> secrets = secretsOf(example.resolve("inbox"));
        assertThat(secrets).hasSizeGreaterThan(100);

        List<Path> outputs = new ArrayList<>();
        try (Pipeline pipeline = new Pipeline(Databases.h2(work), work)) {
            assertThat(pipeline.run("run", "--inbox", example.resolve("inbox").toString(), "--policy",
                    example.resolve("policy.yml").toString())).isZero();
            for (String kind : List.of("aggregates", "flags", "rejects", "files")) {
                for (String month : List.of("2017-11", "2017-12", "2018-01")) {
                    Path out = work.resolve(kind + "_" + month + ".csv");
                    assertThat(pipeline.run("export", kind, "--month", month, "--out", out.toString())).isZero();
                    outputs.add(out);
                }
            }
            Path explain = work.resolve("explain.txt");
            Files.writeString(explain, pipeline.output("explain", "--month", "2018-01", "--street", "汉正街", "--program",
                    "URBAN_DIBAO", "--household", "ZJCS-0001"));
            outputs.add(explain);
        }
        outputs.add(work.resolve("reconcile.log"));
        for (Path output : outputs) {
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Matcher m = SECRET.matcher(text);
            while (m.find()) {
                assertThat(secrets).as("clear personal data in " + output.getFileName()).doesNotContain(m.group(1));
            }
        }
    }

    /** Every long digit run of the roster files: ID numbers, bank accounts, phones. */
    private static Set<String> secretsOf(Path inbox) throws IOException {
        Set<String> secrets = new HashSet<>();
        try (Stream<Path> files = Files.walk(inbox)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv") && p.toString().contains("rosters")).toList()) {
                Charset cs = "UTF-8".equals(FileDigest.of(f).encoding()) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
                Matcher m = SECRET.matcher(Files.readString(f, cs));
                while (m.find()) {
                    secrets.add(m.group(1));
                }
            }
        }
        return secrets;
    }
}

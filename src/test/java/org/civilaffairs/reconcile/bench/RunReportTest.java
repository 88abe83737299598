package org.civilaffairs.reconcile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The roster files' wall time is the union of their spans: files loaded side by side count once. */
class RunReportTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one file|10:00:01.000 1000|1000",
            "one after another|10:00:01.000 1000;10:00:03.000 1000|2000",
            "side by side|10:00:02.000 2000;10:00:02.500 2000|2500",
            "one inside another|10:00:05.000 5000;10:00:03.000 1000|5000",
            "out of order|10:00:09.000 1000;10:00:02.000 2000;10:00:02.500 1000|3500",
            "over midnight|23:59:59.500 1000;00:00:00.200 1000|1700",
            "no roster|10:00:01.000 -|0"})
    void rosterWallTime(String why, String files, long expected) {
        String[] lines = Arrays.stream(files.split(";")).map(f -> f.split(" ")).map(f -> f[1].equals("-")
                ? f[0] + " INFO  FileIngester - 2024-05/reference/hukou.csv: 9 rows read in 1000 ms"
                : f[0] + " INFO  FileIngester - 2024-05/rosters/x.csv: 9 rows read in " + f[1] + " ms").toArray(String[]::new);
        String noise = "10:00:00.000 INFO  Units - ingest 1/2 files";
        assertThat(RunReport.rosterIngestMs(java.util.stream.Stream.concat(java.util.stream.Stream.of(noise),
                Arrays.stream(lines)).toList())).as(why).isEqualTo(expected);
    }
}

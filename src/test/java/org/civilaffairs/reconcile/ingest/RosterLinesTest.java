package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A household reject's raw lines read again from the archive equal what ingest masks for a row reject. */
class RosterLinesTest {

    private static final String ROSTER = """
            街道,救助类别,户编号,姓名,身份证号,与户主关系,月保障金,银行账号,联系电话
            汉正街,城市低保,H1,张三,420104197001011234,户主,670,6222021234567890123,13812345678
            汉正街,城市低保,H1,"李
            四",420104197203041236,配偶,,,
            汉正街,城市低保,H2,王五,4.20104E+17,子,,,13912345678

            汉正街,城市低保,H3,赵六,420104198001011230,户主,abc,,
            """;

    @TempDir
    Path dir;

    @Test
    void readsTheRequestedRecordsMaskedAsIngestWould() throws Exception {
        Map<Long, String> expected = ingestMasks();
        for (String encoding : List.of("UTF-8", "GB18030")) {
            InboxFile file = archived(encoding);
            assertThat(RosterLines.masked(file, new TreeSet<>(List.of(2L, 3L, 7L)))).as(encoding)
                    .containsOnlyKeys(2L, 3L, 7L)
                    .containsEntry(2L, expected.get(2L)).containsEntry(3L, expected.get(3L)).containsEntry(7L, expected.get(7L));
            assertThat(RosterLines.masked(file, new TreeSet<>(List.of(5L)))).as(encoding + ", record on line 5").containsOnlyKeys(5L);
            assertThat(RosterLines.masked(file, new TreeSet<>(List.of(4L, 6L, 99L)))).as(encoding + ", no record starts there")
                    .isEmpty();
            assertThat(RosterLines.masked(file, new TreeSet<>())).isEmpty();
        }
        assertThat(String.join("\n", expected.values())).doesNotContain("420104197001011234", "6222021234567890123",
                "13812345678", "13912345678").contains("张三", "李\n四");
    }

    @Test
    void passesOverThousandsOfLinesAcrossTheReadBuffer() throws Exception {
        StringBuilder roster = new StringBuilder("街道,救助类别,户编号,姓名,身份证号,与户主关系,月保障金\r\n");
        for (int i = 2; i <= 6000; i++) {
            roster.append("汉正街,城市低保,H").append(i).append(i % 1000 == 0 ? ",\"王\n五\"," : ",张三,")
                    .append("420104197001011234,户主,670\r\n");
        }
        Path path = dir.resolve("long.csv");
        Files.writeString(path, roster, Encodings.byName("UTF-8"));
        InboxFile file = new InboxFile(1, YearMonth.of(2024, 5), "rosters/long.csv", InboxFile.ROSTER, "0", "UTF-8",
                InboxFile.Status.LOADED, path, FileCounts.ZERO, null);
        // a quoted name spans two lines every thousand rows: rows after the first such start a line later
        Map<Long, String> lines = RosterLines.masked(file, new TreeSet<>(List.of(2L, 999L, 1000L, 1001L, 1002L, 2003L, 6005L)));
        assertThat(lines).containsOnlyKeys(2L, 999L, 1000L, 1002L, 2003L, 6005L);
        assertThat(lines.get(1000L)).startsWith("汉正街,城市低保,H1000,\"王\n五\",").doesNotContain("420104197001011234");
        assertThat(lines.get(2003L)).startsWith("汉正街,城市低保,H2001,");
        assertThat(lines.get(6005L)).startsWith("汉正街,城市低保,H6000,");
    }

    @Test
    void aMissingArchiveIsAnError() {
        InboxFile gone = new InboxFile(1, YearMonth.of(2024, 5), "rosters/gone.csv", InboxFile.ROSTER, "0", "UTF-8",
                InboxFile.Status.LOADED, dir.resolve("gone.csv"), FileCounts.ZERO, null);
        assertThatThrownBy(() -> RosterLines.masked(gone, new TreeSet<>(List.of(2L)))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("2024-05/rosters/gone.csv");
    }

    private static Map<Long, String> ingestMasks() throws Exception {
        Map<Long, String> out = new HashMap<>();
        try (CsvRecordReader records = new CsvRecordReader(new StringReader(ROSTER))) {
            Header header = Header.read(records, RosterColumns.ALL).header();
            CsvRecord record;
            while ((record = records.next()) != null) {
                out.put(record.line(), RawMasker.roster(header, record));
            }
        }
        return out;
    }

    private InboxFile archived(String encoding) throws Exception {
        Path path = dir.resolve(encoding + ".csv");
        Files.writeString(path, ROSTER, Encodings.byName(encoding));
        return new InboxFile(1, YearMonth.of(2024, 5), "rosters/" + encoding + ".csv", InboxFile.ROSTER, "0", encoding,
                InboxFile.Status.LOADED, path, FileCounts.ZERO, null);
    }
}

package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedRowFilesTest {

    private static final YearMonth MONTH = YearMonth.of(2024, 5);
    private static final long FILE = 7;
    /** 汉正街 in bucket 0, 一元街 in bucket 1. */
    private static final Map<String, Integer> ASSIGNED = Map.of("汉正街", 0, "一元街", 1);
    private static final StreetBucket HANZHENG = new StreetBucket(MONTH, 0, 2, ASSIGNED);
    private static final StreetBucket YIYUAN = new StreetBucket(MONTH, 1, 2, ASSIGNED);

    @TempDir
    Path dir;

    @Test
    void aPartitionReadsItsStreetsRowsAsStagedWithAmountsAsTheColumnHoldsThem() {
        stage(row(1, "汉正街", "420104194811201875", new BigDecimal("670")), row(2, "一元街", "4201", null),
                row(3, "汉正街", null, new BigDecimal("1340.5")));
        assertThat(read(HANZHENG)).containsExactly(
                "1|汉正街|420104194811201875|670.00|null|Stored[key=420104194811201875, method=VALID, outcome=LOADED, reason=null, superseded=false]",
                "3|汉正街|null|1340.50|null|Stored[key=null, method=null, outcome=REJECTED, reason=BAD_ID, superseded=false]");
        assertThat(read(YIYUAN)).containsExactly(
                "2|一元街|4201|null|null|Stored[key=U:张三|4201, method=UNRESOLVED, outcome=LOADED, reason=null, superseded=false]");
    }

    @Test
    void whatAResolveChangedIsReadBackAsStoredAndTheGuessStays() {
        stage(row(1, "汉正街", "420104194811201875", null), row(2, "汉正街", "420104194811201875", null));
        List<StagedRow> rows = new ArrayList<>();
        assertThat(StagedRowFiles.read(dir, HANZHENG, FILE, List.of("汉正街"), new SharedTexts(), rows)).isTrue();
        resolve(rows.get(0), StagedRow.Outcome.LOADED, null);
        resolve(rows.get(1), StagedRow.Outcome.COLLAPSED, "DUPLICATE_ROW");
        StagedRowFiles.forget(dir, MONTH, rows);
        assertThat(read(HANZHENG)).as("the street's resolution unknown: read the database").isEmpty();
        StagedRowFiles.remember(dir, MONTH, rows);
        assertThat(read(HANZHENG)).containsExactly(
                "1|汉正街|420104194811201875|null|null|Stored[key=420104194811201875, method=VALID, outcome=LOADED, reason=null, superseded=false]",
                "2|汉正街|420104194811201875|null|null|Stored[key=420104194811201875, method=VALID, outcome=COLLAPSED, reason=DUPLICATE_ROW, superseded=false]");
        List<StagedRow> again = new ArrayList<>();
        StagedRowFiles.read(dir, HANZHENG, FILE, List.of("汉正街"), new SharedTexts(), again);
        assertThat(again.get(1).guess.outcome()).isEqualTo("LOADED");
        assertThat(again.get(1).stored().outcome()).isEqualTo("COLLAPSED");
    }

    @Test
    void aMissingFileReadsNothing() throws Exception {
        stage(row(1, "汉正街", "420104194811201875", null));
        Files.delete(StagedRowFiles.resolved(dir, MONTH, FILE, "汉正街"));
        assertThat(read(HANZHENG)).isEmpty();
        assertThat(StagedRowFiles.read(dir, HANZHENG, FILE + 1, List.of("汉正街"), new SharedTexts(), new ArrayList<>())).isFalse();
    }

    @Test
    void eachPartitionReadsItsOwnStreetsOfARosterNamingMoreStreetsThanThereAreFiles() throws Exception {
        int streets = 3 * StagedRowFiles.GROUPS;
        Map<String, Integer> assigned = new TreeMap<>();
        List<StagedRow> rows = new ArrayList<>();
        for (int line = 1; line <= 4 * streets; line++) {
            String street = "街道" + line % streets;
            assigned.put(street, line % streets % 3);
            rows.add(row(line, street, "420104194811201875", null));
        }
        StagedRowFiles.Output out = StagedRowFiles.create(dir, MONTH, FILE);
        rows.forEach(out::add);
        out.commit(assigned.keySet());

        for (int bucket = 0; bucket < 3; bucket++) {
            StreetBucket part = new StreetBucket(MONTH, bucket, 3, assigned);
            List<String> ofPart = assigned.keySet().stream().filter(part::holds).toList();
            List<StagedRow> read = new ArrayList<>();
            assertThat(StagedRowFiles.read(dir, part, FILE, ofPart, new SharedTexts(), read)).isTrue();
            assertThat(read.stream().map(r -> r.line).sorted().toList()).as("bucket " + bucket)
                    .isEqualTo(rows.stream().filter(r -> part.holds(r.street)).map(r -> r.line).toList());
        }
        try (Stream<Path> files = Files.list(StagedRowFiles.rows(dir, MONTH, FILE, 0).getParent())) {
            assertThat(files.count()).isBetween(StagedRowFiles.GROUPS * 3L / 4, (long) StagedRowFiles.GROUPS);
        }
    }

    private void stage(StagedRow... rows) {
        StagedRowFiles.Output out = StagedRowFiles.create(dir, MONTH, FILE);
        for (StagedRow row : rows) {
            out.add(row);
        }
        out.commit(List.of("汉正街", "一元街"));
    }

    /** The rows read, or none when the files say "read the database". */
    private List<String> read(StreetBucket part) {
        List<StagedRow> rows = new ArrayList<>();
        if (!StagedRowFiles.read(dir, part, FILE, List.of(part.bucket() == 0 ? "汉正街" : "一元街"), new SharedTexts(), rows)) {
            return List.of();
        }
        return rows.stream().map(r -> String.join("|", String.valueOf(r.line), r.street, r.idNumber, String.valueOf(r.amount),
                String.valueOf(r.declaredIncome), resolvedOrStored(r))).toList();
    }

    private static String resolvedOrStored(StagedRow row) {
        return row.outcome == null ? row.stored().toString() : row.resolved().toString();
    }

    private static void resolve(StagedRow row, StagedRow.Outcome outcome, String reason) {
        row.key = new PersonKey(row.idNumber, PersonKey.Method.VALID, null);
        row.outcome = outcome;
        row.reason = reason;
    }

    private static StagedRow row(long line, String street, String id, BigDecimal amount) {
        String reject = id == null ? "BAD_ID" : null;
        StagedRow.Stored guess = id == null ? new StagedRow.Stored(null, null, "REJECTED", reject, false)
                : id.length() == 18 ? new StagedRow.Stored(id, "VALID", "LOADED", null, false)
                : new StagedRow.Stored("U:张三|" + id, "UNRESOLVED", "LOADED", null, false);
        return new StagedRow(FILE, line, street, "URBAN_DIBAO", true, "H" + line, "张三", id, true, amount, null, reject)
                .inCommunity("社区甲").guessed(guess);
    }
}

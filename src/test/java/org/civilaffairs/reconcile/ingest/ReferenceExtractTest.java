package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A row read back from an extract is the row that was written: line, values, texts, absent columns. */
class ReferenceExtractTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{0}] {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // text of the employer column | amount | month
            "某某公司              | 3500.00 | 2024-04",
            "''                    | 3500    | NULL",
            "NULL                  | NULL    | NULL",
            "'a,b \"quoted\"'       | 0.10    | 2023-12",
            "'two\nlines'          | 12.5    | 2024-05",
            "\\N                   | 1E+3    | 2024-05",
            "'  spaces kept  '     | -0.00   | 2024-05"})
    void socialInsuranceRowsComeBackAsWritten(String employer, String amount, String month) {
        Map<Column, String> texts = new HashMap<>();
        texts.put(ReferenceSource.Cols.ID, "420104194811201875");
        if (employer != null) {
            texts.put(ReferenceSource.Cols.SI_EMPLOYER, employer);
        }
        ReferenceRow row = new ReferenceRow(42, "420104194811201875", texts, amount == null ? null : new BigDecimal(amount),
                null, month == null ? null : YearMonth.parse(month));
        assertThat(roundTrip(ReferenceSource.SOCIAL_INSURANCE, List.of(row))).containsExactly(row);
    }

    @Test
    void registryRowsKeepTheirLinesAndDates() {
        ReferenceRow dead = new ReferenceRow(7, "42010419481120187X", Map.of(ReferenceSource.Cols.NAME, "阿依古丽·买买提",
                ReferenceSource.Cols.POPULATION_STATUS, "死亡"), null, LocalDate.of(2024, 5, 31), null);
        ReferenceRow alive = new ReferenceRow(1_000_001, "420104194811201875", Map.of(), null, null, null);
        assertThat(roundTrip(ReferenceSource.HUKOU, List.of(dead, alive))).containsExactly(dead, alive);
    }

    @Test
    void randomTextsComeBackAsWritten() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "a\",\r\n\\N 王·\t'";
        List<ReferenceRow> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Map<Column, String> texts = new HashMap<>();
            for (Column column : ReferenceSource.SOCIAL_INSURANCE.columns()) {
                if (random.nextInt(5) > 0) {
                    StringBuilder text = new StringBuilder();
                    random.ints(random.nextInt(8), 0, alphabet.length()).forEach(k -> text.append(alphabet.charAt(k)));
                    texts.put(column, random.nextInt(10) == 0 ? "\\N" : text.toString());
                }
            }
            rows.add(new ReferenceRow(i + 2, "420104194811201875", texts, random.nextBoolean() ? null : BigDecimal.valueOf(i, 2),
                    null, random.nextBoolean() ? null : YearMonth.of(2024, 1 + i % 12)));
        }
        assertThat(roundTrip(ReferenceSource.SOCIAL_INSURANCE, rows)).containsExactlyElementsOf(rows);
    }

    @Test
    void aMissingExtractReadsAsNone() {
        assertThat(ReferenceExtract.read(dir.resolve("none.csv"), ReferenceSource.HUKOU, r -> { })).isFalse();
        assertThat(ReferenceExtract.peek(dir.resolve("none.csv"), ReferenceSource.HUKOU, List.of(ReferenceSource.Cols.NAME),
                r -> { })).isFalse();
    }

    @Test
    void aPeekSeesTheIdAndTextsOfEachRowWithoutBuildingIt() {
        Path extract = dir.resolve("hukou.csv");
        ReferenceExtract.Output out = ReferenceExtract.create(extract, false);
        out.add(ReferenceSource.HUKOU, new ReferenceRow(7, "42010419481120187X", Map.of(ReferenceSource.Cols.NAME,
                "阿依古丽·买买提"), null, LocalDate.of(2024, 5, 31), null));
        out.add(ReferenceSource.HUKOU, new ReferenceRow(9, "420104194811201875", Map.of(), null, null, null));
        out.commit();
        List<String> seen = new ArrayList<>();
        assertThat(ReferenceExtract.peek(extract, ReferenceSource.HUKOU, List.of(ReferenceSource.Cols.NAME),
                p -> seen.add(p.id() + "|" + p.text(ReferenceSource.Cols.NAME)))).isTrue();
        assertThat(seen).containsExactly("42010419481120187X|阿依古丽·买买提", "420104194811201875|");
    }

    @Test
    void aPeekReadsTheTextsUpToTheLastColumnAskedForAndNoFurther() {
        Path extract = dir.resolve("hukou.csv");
        ReferenceExtract.Output out = ReferenceExtract.create(extract, false);
        out.add(ReferenceSource.HUKOU, new ReferenceRow(7, "42010419481120187X", Map.of(ReferenceSource.Cols.NAME, "王伟",
                ReferenceSource.Cols.GENDER, "男", ReferenceSource.Cols.BIRTH_DATE, "1948-11-20",
                ReferenceSource.Cols.POPULATION_STATUS, "正常"), null, null, null));
        out.commit();
        List<String> seen = new ArrayList<>();
        ReferenceExtract.peek(extract, ReferenceSource.HUKOU, List.of(ReferenceSource.Cols.GENDER), p -> {
            seen.add(p.text(ReferenceSource.Cols.NAME) + "|" + p.text(ReferenceSource.Cols.GENDER));
            assertThatThrownBy(() -> p.text(ReferenceSource.Cols.POPULATION_STATUS)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> p.text(ReferenceSource.Cols.PLATE)).isInstanceOf(IllegalArgumentException.class);
        });
        assertThat(seen).containsExactly("王伟|男");
    }

    @Test
    void aPeekStillRefusesARowBrokenAfterTheColumnsAskedFor() throws IOException {
        Path extract = dir.resolve("hukou.csv");
        Files.writeString(extract, "\"7\",\"42010419481120187X\",\\N,\\N,\\N,\"王伟\",\"男\"\n");
        assertThatThrownBy(() -> ReferenceExtract.peek(extract, ReferenceSource.HUKOU, List.of(ReferenceSource.Cols.NAME), p -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("damaged at record 1");
    }

    @Test
    void aReadByIdBuildsOnlyTheRowsOfTheIdsWanted() {
        Path extract = dir.resolve("pension.csv");
        ReferenceExtract.Output out = ReferenceExtract.create(extract, false);
        for (int i = 0; i < 10; i++) {
            out.add(ReferenceSource.PENSION, new ReferenceRow(i + 2, "42010419481120187" + i, Map.of(), new BigDecimal(i + ".50"),
                    null, YearMonth.of(2024, 5)));
        }
        out.commit();
        List<String> read = new ArrayList<>();
        assertThat(ReferenceExtract.read(extract, ReferenceSource.PENSION, id -> id.endsWith("3") || id.endsWith("8"),
                r -> read.add(r.line() + "|" + r.id() + "|" + r.amount() + "|" + r.month()))).isTrue();
        assertThat(read).containsExactly("5|420104194811201873|3.50|2024-05", "10|420104194811201878|8.50|2024-05");
    }

    @Test
    void anUncommittedExtractLeavesNothing() {
        Path target = dir.resolve("extract.csv");
        try (ReferenceExtract.Output out = ReferenceExtract.create(target, false)) {
            out.add(ReferenceSource.PENSION, new ReferenceRow(2, "420104194811201875", Map.of(), BigDecimal.ONE, null, null));
        }
        assertThat(target).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    private List<ReferenceRow> roundTrip(ReferenceSource source, List<ReferenceRow> rows) {
        Path target = dir.resolve("extract.csv");
        try (ReferenceExtract.Output out = ReferenceExtract.create(target, true)) {
            rows.forEach(r -> out.add(source, r));
            assertThat(out.commit()).isEqualTo(rows.size());
        }
        assertThat(Files.exists(target)).isTrue();
        List<ReferenceRow> back = new ArrayList<>();
        assertThat(ReferenceExtract.read(target, source, back::add)).isTrue();
        List<ReferenceRow> byIndex = new ArrayList<>();
        assertThat(ReferenceExtract.readOf(target, source, new WantedIds(Set.of("420104194811201875", "42010419481120187X")), byIndex::add))
                .isTrue();
        assertThat(byIndex).as("read through the index").isEqualTo(back);
        return back;
    }
}

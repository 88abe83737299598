package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading the rows of a few IDs through an extract's index gives exactly what passing over the
 * whole extract gives: the same rows in the same order, whatever the IDs' hashes, texts or lines.
 */
class ExtractIndexTest {

    /** "Aa" and "BB" hash alike, as do "AaAa", "BBBB", "AaBB" and "BBAa": rows of one may not stand for the other. */
    private static final List<String> IDS = List.of("420104194811201875", "42010419481120187X", "Aa", "BB", "AaAa", "BBBB",
            "AaBB", "BBAa", "王芳", "");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} rows, IDs wanted out of 100: {1}")
    @CsvSource({"0, 50", "1, 100", "7, 0", "500, 3", "5000, 30", "5000, 100"})
    void theRowsOfTheIdsWantedAsAScanGivesThem(int count, int share) {
        SplittableRandom random = new SplittableRandom(count * 31L + share);
        List<String> ids = new ArrayList<>(IDS);
        for (int i = 0; i < 200; i++) {
            ids.add("4201041948112" + (10000 + random.nextInt(90000)));
        }
        Path extract = write(dir.resolve("pension.csv"), true, rows(count, ids, random));
        Set<String> wanted = ids.stream().filter(id -> random.nextInt(100) < share).collect(Collectors.toSet());
        assertThat(byIndex(extract, wanted)).isEqualTo(scan(extract, wanted));
        assertThat(ExtractIndex.path(extract)).exists();
    }

    @Test
    void anExtractMadeAgainWithoutAnIndexLosesTheOldOne() {
        SplittableRandom random = new SplittableRandom(3);
        Path extract = write(dir.resolve("pension.csv"), true, rows(300, IDS, random));
        write(extract, false, rows(200, IDS, random));
        assertThat(ExtractIndex.path(extract)).doesNotExist();
        Set<String> wanted = Set.of("Aa", "王芳");
        assertThat(byIndex(extract, wanted)).isEqualTo(scan(extract, wanted)).isNotEmpty();
    }

    @Test
    void anUncommittedExtractLeavesNoIndex() {
        Path extract = dir.resolve("pension.csv");
        try (ReferenceExtract.Output out = ReferenceExtract.create(extract, true)) {
            rows(10, IDS, new SplittableRandom(1)).forEach(r -> out.add(ReferenceSource.PENSION, r));
        }
        assertThat(dir).isEmptyDirectory();
    }

    /** Rows of random IDs (one row in twenty with two lines in a value, some in Chinese), lines in order. */
    private static List<ReferenceRow> rows(int count, List<String> ids, SplittableRandom random) {
        List<ReferenceRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            Map<Column, String> texts = random.nextInt(20) == 0
                    ? Map.of(ReferenceSource.Cols.ID, id + "\n\"第二行\"") : Map.of(ReferenceSource.Cols.ID, id);
            rows.add(new ReferenceRow(i + 2, id, texts, BigDecimal.valueOf(random.nextInt(100_000), 2), null, null));
        }
        return rows;
    }

    private static Path write(Path extract, boolean indexed, List<ReferenceRow> rows) {
        try (ReferenceExtract.Output out = ReferenceExtract.create(extract, indexed)) {
            rows.forEach(r -> out.add(ReferenceSource.PENSION, r));
            out.commit();
        }
        return extract;
    }

    private static List<ReferenceRow> byIndex(Path extract, Set<String> wanted) {
        List<ReferenceRow> read = new ArrayList<>();
        assertThat(ReferenceExtract.readOf(extract, ReferenceSource.PENSION, new WantedIds(wanted), read::add)).isTrue();
        return read;
    }

    private static List<ReferenceRow> scan(Path extract, Set<String> wanted) {
        List<ReferenceRow> read = new ArrayList<>();
        assertThat(ReferenceExtract.read(extract, ReferenceSource.PENSION, wanted::contains, read::add)).isTrue();
        return read;
    }
}

package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceReaderTest {

    private static final String KEPT = "42011119990727600X";
    private static final String PASSED_OVER = "420113200612016006";

    /** Line 2 is kept, 3 passed over, 4 to 7 rejected (bad amount, bad ID, missing ID, column count). */
    private static final String PENSION = String.join("\n",
            "id_number,月养老金",
            KEPT + ",311.41",
            PASSED_OVER + ",2646.79",
            PASSED_OVER + ",lots",
            "420113200612016007,100.00",
            ",100.00",
            KEPT + ",1.00,extra",
            "");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "validates all: {0}")
    @CsvSource({
        // validatesAll, kept lines, passed over, rejected lines (reasons)
        "true,  2, 1, '4:BAD_AMOUNT 5:BAD_ID 6:MISSING_FIELD 7:COLUMN_COUNT'",
        "false, 2, 0, '7:COLUMN_COUNT'",
    })
    void aSinkThatKeepsTheAccountingSeesEveryRowOnce(boolean validatesAll, String kept, int passedOver, String rejects)
            throws IOException {
        Path file = Files.writeString(dir.resolve("pension.csv"), PENSION, StandardCharsets.UTF_8);
        Recording sink = new Recording(validatesAll);
        assertThat(new ReferenceReader(ReferenceSource.PENSION, YearMonth.of(2017, 5)).read(file, StandardCharsets.UTF_8, sink))
                .isEmpty();
        assertThat(sink.kept).containsExactly(Long.parseLong(kept.trim()));
        assertThat(sink.passedOver).isEqualTo(passedOver);
        assertThat(String.join(" ", sink.rejects)).isEqualTo(rejects);
    }

    @Test
    void theHeaderAloneSaysWhetherTheFileCanBeUsed() throws IOException {
        ReferenceReader reader = new ReferenceReader(ReferenceSource.PENSION, YearMonth.of(2017, 5));
        Path good = Files.writeString(dir.resolve("good.csv"), PENSION, StandardCharsets.UTF_8);
        Path bad = Files.writeString(dir.resolve("bad.csv"), "姓名,月养老金\n张三,1.00\n李四,2.00\n", StandardCharsets.UTF_8);
        assertThat(reader.header(good, StandardCharsets.UTF_8).problem()).isNull();
        Header.Outcome refused = reader.header(bad, StandardCharsets.UTF_8);
        assertThat(refused.problem().note()).isEqualTo("missing column 身份证号");
        assertThat(refused.problem().rowsRead()).isEqualTo(2);
    }

    /** Wants the rows of {@link #KEPT} only, as an extraction wants its persons' rows. */
    private static final class Recording implements ReferenceReader.Sink {
        private final boolean validatesAll;
        final List<Long> kept = new ArrayList<>();
        final List<String> rejects = new ArrayList<>();
        int passedOver;

        Recording(boolean validatesAll) {
            this.validatesAll = validatesAll;
        }

        @Override
        public boolean wants(String candidateId, Header header, CsvRecord record) {
            return KEPT.equals(candidateId);
        }

        @Override
        public void row(ReferenceRow row) {
            kept.add(row.line());
        }

        @Override
        public boolean validatesAll() {
            return validatesAll;
        }

        @Override
        public void passedOver() {
            passedOver++;
        }

        @Override
        public void reject(long line, RejectReason reason, String rawMasked) {
            rejects.add(line + ":" + reason);
        }
    }
}

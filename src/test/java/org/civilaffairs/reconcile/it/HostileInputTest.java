package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civilaffairs.reconcile.ingest.CsvRecord;
import org.civilaffairs.reconcile.ingest.CsvRecordReader;
import org.civilaffairs.reconcile.it.HostileInbox.Case;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole pipeline on an inbox of hostile files ({@link HostileInbox}), on H2 and on
 * MySQL/MariaDB: the job completes, every file gets its status or every row its reason, the
 * accounting holds, injected SQL stays data, and no export cell can run as a spreadsheet formula.
 */
class HostileInputTest {

    private static final String POLICY = """
            standards:
              urban: [{from: 2016-07-01, amount: 600}, {from: 2017-05-01, amount: 670}]
              rural: [{from: 2016-07-01, amount: 360}, {from: 2017-05-01, amount: 500}]
            """;

    @ParameterizedTest(name = "hostile inbox on {0}")
    @ValueSource(strings = {"h2", "mysql"})
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void hostileFilesAreAccountedForAndNothingLeaks(String database, @TempDir Path work) throws IOException {
        Path inbox = HostileInbox.write(work);
        Path policy = Files.writeString(work.resolve("policy.yml"), POLICY);
        String url = database.equals("h2") ? Databases.h2(work) : Databases.freshMysql();
        try (Pipeline pipeline = new Pipeline(url, work)) {
            assertThat(pipeline.run("run", "--inbox", inbox.toString(), "--policy", policy.toString())).isZero();
            JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
            for (Case c : HostileInbox.cases()) {
                assertFile(jdbc, c);
            }
            assertSqlIsData(jdbc);
            assertThat(jdbc.queryForObject("SELECT amount FROM monthly_aggregate WHERE street = ?", BigDecimal.class,
                    HostileInbox.HUGE_AMOUNT_STREET)).isEqualByComparingTo(HostileInbox.HUGE_AMOUNT_SUM);
            for (String kind : List.of("rejects", "flags", "aggregates")) {
                assertNoFormula(pipeline, work, kind);
            }
            assertNoDigitFormInClear(String.join("\n", csvCells(work.resolve("rejects.csv"))));
            assertNoDigitFormInClear(String.join("\n", xlsxCells(work.resolve("rejects.xlsx"))));
            assertThat(Files.readString(work.resolve("reconcile.log"), StandardCharsets.UTF_8)).as("an unclosed quote is named")
                    .contains("rosters/unclosed_quote.csv: line 3: a quoted value runs over 2 lines, read as one record and rejected"
                            + " (COLUMN_COUNT): check the quotes there");
        } finally {
            assertOneShortLinePerLogEvent(work.resolve("reconcile.log"));
            assertNoDigitFormInClear(Files.readString(work.resolve("reconcile.log"), StandardCharsets.UTF_8));
            if (!database.equals("h2")) {
                Databases.dropMysql(url);
            }
        }
    }

    /**
     * The reader keeps at most its cap of a record, however long (a quoted field spanning lines, a
     * run of separators, a run of blanks before the text), and resumes at the next record.
     */
    @ParameterizedTest(name = "20M characters of {1}")
    @CsvSource(delimiter = '|', value = {"a,|x|", "a,|,|", "a,\"|xxxxxxxxx~|\"", "|' '|x"})
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void aGiantRecordIsCutAtTheCap(String prefix, String unit, String suffix) throws IOException {
        int cap = 1 << 16;
        String body = unit.replace("~", "\n");
        long repeats = 20_000_000L / body.length();
        Reader in = new RepeatingReader(Objects.toString(prefix, ""), body, repeats, Objects.toString(suffix, "") + "\nb,c\n");
        try (CsvRecordReader reader = new CsvRecordReader(in, cap)) {
            CsvRecord giant = reader.next();
            assertThat(giant.broken()).isTrue();
            assertThat(giant.raw().length()).isLessThanOrEqualTo(cap);
            assertThat(giant.fields().size() + giant.fields().stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(cap + 1);
            CsvRecord next = reader.next();
            assertThat(next.fields()).containsExactly("b", "c");
            assertThat(next.line()).isEqualTo(2 + (body.contains("\n") ? repeats : 0));
            assertThat(reader.next()).isNull();
        }
    }

    private static void assertFile(JdbcTemplate jdbc, Case c) {
        Map<String, Object> f = jdbc.queryForMap("SELECT * FROM inbox_file WHERE file_name = ?", c.file());
        long read = ((Number) f.get("rows_read")).longValue();
        long loaded = ((Number) f.get("rows_loaded")).longValue();
        long rejected = ((Number) f.get("rows_rejected")).longValue();
        long collapsed = ((Number) f.get("rows_collapsed")).longValue();
        assertThat(f.get("status")).as(c.file()).isEqualTo(c.status());
        assertThat(read).as("accounting of " + c.file()).isEqualTo(loaded + rejected + collapsed);
        if (c.note() != null) {
            assertThat((String) f.get("note")).as(c.file()).startsWith(c.note());
        }
        if (c.outcomes() == null) {
            assertThat(loaded).as(c.file()).isZero();
            return;
        }
        long id = ((Number) f.get("id")).longValue();
        List<String> expected = c.outcomes().isEmpty() ? List.of() : Arrays.asList(c.outcomes().split(" "));
        assertThat(read).as("rows of " + c.file()).isEqualTo(expected.size());
        if (c.file().startsWith("rosters/")) {
            assertThat(jdbc.query("SELECT line_no, outcome, reason FROM roster_row WHERE file_id = ? ORDER BY line_no",
                    (rs, i) -> rs.getLong(1) + ":" + ("REJECTED".equals(rs.getString(2)) ? rs.getString(3) : rs.getString(2)), id))
                    .as(c.file()).isEqualTo(expected);
        } else {
            assertThat(jdbc.query("SELECT line_no, reason FROM reference_reject WHERE file_id = ? ORDER BY line_no",
                    (rs, i) -> rs.getLong(1) + ":" + rs.getString(2), id))
                    .as(c.file()).isEqualTo(expected.stream().filter(o -> !o.endsWith(":LOADED")).toList());
            assertThat(loaded).as(c.file()).isEqualTo(expected.stream().filter(o -> o.endsWith(":LOADED")).count());
        }
    }

    /** Full-width, Arabic-Indic, split and spreadsheet-notation numbers are masked like plain ones. */
    private static void assertNoDigitFormInClear(String text) {
        Set<String> clear = new HashSet<>();
        HostileInbox.DIGIT_FORMS.forEach(form -> clear.addAll(PersonalNumbers.in(form)));
        assertThat(clear).hasSize(HostileInbox.DIGIT_FORMS.size() - 1);
        assertThat(PersonalNumbers.in(text)).noneMatch(clear::contains);
        assertThat(text).doesNotContainPattern(PersonalNumbers.SPREADSHEET).doesNotContain("197003");
    }

    /** File names and header cells from the inbox can neither forge a log line nor flood the log. */
    private static void assertOneShortLinePerLogEvent(Path log) throws IOException {
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            assertThat(line).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} .*").hasSizeLessThan(2000)
                    .doesNotStartWith(HostileInbox.FORGED_LOG_LINE);
        }
    }

    /** Names written to break out of SQL text are stored as typed, and every table is still there. */
    private static void assertSqlIsData(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForList("SELECT name FROM roster_row r JOIN inbox_file f ON f.id = r.file_id"
                + " WHERE f.file_name = 'rosters/sql_names.csv' ORDER BY line_no", String.class))
                .containsExactlyElementsOf(HostileInbox.SQL_NAMES);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE household_id = '%_'", Integer.class)).isOne();
        for (String table : List.of("roster_row", "inbox_file", "reference_reject", "household", "household_flag",
                "monthly_aggregate", "month_state", "indicator_value")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)).as(table).isNotNull();
        }
    }

    /** Both formats: no text cell starts with = + - @ tab or CR, and the hostile values are there, neutralised. */
    private static void assertNoFormula(Pipeline pipeline, Path work, String kind) throws IOException {
        Path csv = work.resolve(kind + ".csv");
        Path xlsx = work.resolve(kind + ".xlsx");
        assertThat(pipeline.run("export", kind, "--month", HostileInbox.MONTH, "--out", csv.toString())).isZero();
        assertThat(pipeline.run("export", kind, "--month", HostileInbox.MONTH, "--format", "xlsx", "--out", xlsx.toString())).isZero();
        for (List<String> cells : List.of(csvCells(csv), xlsxCells(xlsx))) {
            assertThat(cells).as(kind).noneMatch(v -> !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0);
            assertThat(cells).as(kind).containsAll(neutralised(kind));
        }
    }

    private static List<String> neutralised(String kind) {
        return switch (kind) {
            case "rejects" -> List.of("'-1+1", "'=1+2", "'\t=1+2,社区,城市低保,F5,杨九,420104********1875,户主,abc,,");
            case "flags" -> List.of("'" + HostileInbox.HYPERLINK, "'+cmd", "'@SUM(A1)", "'@SUM(1+1)");
            default -> List.of("'" + HostileInbox.HYPERLINK, "'+cmd", "'-1+1", "'@SUM(1+1)");
        };
    }

    private static List<String> csvCells(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        List<String> cells = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            r.forEach(cells::add);
        }
        return cells;
    }

    static List<String> xlsxCells(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    cells.add(cell.getCellType() == CellType.NUMERIC ? number(cell.getNumericCellValue()) : cell.getStringCellValue());
                }
            }
        }
        return cells;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
    }

    /** A prefix, a unit repeated many times, a suffix: input of any length without holding it in memory. */
    private static final class RepeatingReader extends Reader {
        private final String text;
        private final String suffix;
        private final String prefix;
        private final long repeats;
        private long position;

        RepeatingReader(String prefix, String unit, long repeats, String suffix) {
            this.prefix = prefix;
            this.text = unit;
            this.repeats = repeats;
            this.suffix = suffix;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            long total = prefix.length() + text.length() * repeats + suffix.length();
            int n = 0;
            while (n < len && position < total) {
                buf[off + n++] = charAt(position++);
            }
            return n == 0 ? -1 : n;
        }

        private char charAt(long i) {
            long body = text.length() * repeats;
            if (i < prefix.length()) {
                return prefix.charAt((int) i);
            }
            i -= prefix.length();
            return i < body ? text.charAt((int) (i % text.length())) : suffix.charAt((int) (i - body));
        }

        @Override
        public void close() {
        }
    }
}

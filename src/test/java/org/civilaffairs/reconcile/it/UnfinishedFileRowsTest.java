package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civilaffairs.reconcile.feedback.FeedbackWorkbook;
import org.civilaffairs.reconcile.ingest.StagedRowId;
import org.civilaffairs.reconcile.ingest.Staging;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ingest commits a roster's rows as it writes them and the file's status after its last row, so an
 * ingest cut short leaves committed rows of a file still {@code PENDING}: they count in no export,
 * no view and no street's feedback, and the next attempt at the file removes them before it stages
 * it again.
 */
class UnfinishedFileRowsTest {

    private static final String REJECTED_ROWS = "SELECT COUNT(*) FROM roster_row r WHERE r.outcome = 'REJECTED'"
            + " AND r.superseded = FALSE AND " + StagedRowId.IN_FILE;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "mysql"})
    void rowsOfAFileStillPendingCountNowhereUntilTheNextAttemptRemovesThem(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run(OperationsIT.RUN)).isZero();
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                long file = jdbc.queryForObject("SELECT MIN(id) FROM inbox_file WHERE month = '2019-07' AND kind = 'roster'"
                        + " AND rows_rejected > 0", Long.class);
                String name = jdbc.queryForObject("SELECT file_name FROM inbox_file WHERE id = ?", String.class, file);
                int rejected = jdbc.queryForObject(REJECTED_ROWS, Integer.class, StagedRowId.rangeOf(file).toArray());
                assertThat(pipeline.output("export", "rejects", "--month", "2019-07")).contains(name);
                int viewed = viewedRejects(jdbc);

                jdbc.update("UPDATE inbox_file SET status = 'PENDING' WHERE id = ?", file); // as a killed ingest leaves it
                assertThat(pipeline.output("export", "rejects", "--month", "2019-07")).doesNotContain(name);
                assertThat(viewedRejects(jdbc)).isEqualTo(viewed - rejected);
                assertThat(feedbackRejects(pipeline, work.resolve("feedback"))).doesNotContain(fileName(name));

                pipeline.context().getBean(Staging.class).clear(file);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM roster_row WHERE " + StagedRowId.IN_FILE, Integer.class,
                        StagedRowId.rangeOf(file).toArray())).isZero();
            }
        });
    }

    /** The text of every cell of the rejects sheets of the month's feedback workbooks. */
    private static String feedbackRejects(Pipeline pipeline, Path out) {
        assertThat(pipeline.run("feedback", "--month", "2019-07", "--out", out.toString())).isZero();
        StringBuilder cells = new StringBuilder();
        DataFormatter text = new DataFormatter();
        try (Stream<Path> books = Files.list(out)) {
            for (Path book : books.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                try (InputStream in = Files.newInputStream(book); Workbook workbook = new XSSFWorkbook(in)) {
                    workbook.getSheet(FeedbackWorkbook.REJECTS).forEach(row -> row.forEach(
                            cell -> cells.append(text.formatCellValue(cell)).append('\n')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells.toString();
    }

    private static String fileName(String inboxName) {
        return inboxName.substring(inboxName.lastIndexOf('/') + 1);
    }

    private static int viewedRejects(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(退回行数), 0) FROM v_reject_street_month", Integer.class);
    }
}

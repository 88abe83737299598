package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.civilaffairs.reconcile.ingest.StagedRowId;
import org.civilaffairs.reconcile.ingest.Staging;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clearing a file before it is ingested waits on no other ingest partition. On MySQL a DELETE of a
 * file's empty range locked the first row past it, which could be another partition's uncommitted
 * row; two partitions of a few files each, clearing and staging in turn, deadlocked that way. What
 * an earlier attempt left of a file is still removed.
 */
class StagingLocksTest {

    private static final String INSERT = "INSERT INTO roster_row (row_id, file_id, line_no, month, street, street_known,"
            + " program, program_known, household_id, name, id_number, is_head) VALUES (?, ?, 2, '2024-05', '六角亭街', TRUE,"
            + " 'URBAN_DIBAO', TRUE, 'CS00001', '吴建', '420104194811201875', TRUE)";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "mysql"})
    void clearingAFileWaitsOnNoOtherPartitionsRows(String database, @TempDir Path work) {
        Databases.onFresh(database, work, url -> {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                Staging staging = pipeline.context().getBean(Staging.class);
                JdbcTemplate jdbc = pipeline.context().getBean(JdbcTemplate.class);
                jdbc.update(INSERT, StagedRowId.of(70, 2), 70); // left by an earlier attempt at file 70
                try (Connection other = pipeline.context().getBean(DataSource.class).getConnection()) {
                    other.setAutoCommit(false);
                    stage(other, 60); // another partition's row, not committed yet
                    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                        staging.clear(34);
                        staging.clear(70);
                    }, "clearing waited on another partition's uncommitted row");
                    other.rollback();
                }
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM roster_row", Integer.class)).isZero();
            }
        });
    }

    private static void stage(Connection con, long fileId) throws SQLException {
        try (PreparedStatement insert = con.prepareStatement(INSERT)) {
            insert.setLong(1, StagedRowId.of(fileId, 2));
            insert.setLong(2, fileId);
            insert.executeUpdate();
        }
    }
}

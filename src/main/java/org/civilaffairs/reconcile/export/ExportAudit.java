package org.civilaffairs.reconcile.export;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import org.civilaffairs.reconcile.ops.ProcessCheck;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Records every export and report in {@code export_audit}: the OS user and host, what, and where to. */
@Repository
public class ExportAudit {

    private final JdbcTemplate jdbc;

    public ExportAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code destination} null means standard output. */
    public void record(String kind, String period, String format, Path destination, int rows) {
        jdbc.update("INSERT INTO export_audit (exported_at, os_user, host, kind, period, format, destination, row_count)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()), System.getProperty("user.name", "unknown"), ProcessCheck.hostName(), kind, period,
                format, destination == null ? "stdout" : destination.toAbsolutePath().normalize().toString(), rows);
    }
}

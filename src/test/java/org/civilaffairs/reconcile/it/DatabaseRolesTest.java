package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sql/roles-mysql.sql} on MySQL/MariaDB, as an administrator runs it: the analyst role
 * reads the aggregate and indicator views and nothing person-level; the auditor reads the audit views.
 */
class DatabaseRolesTest {

    @Test
    void analystReadsTheViewsButNoPersonLevelTable(@TempDir Path work) throws Exception {
        String url = Databases.freshMysql();
        String schema = url.substring(url.lastIndexOf('/') + 1);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String analyst = "ra_" + suffix;
        String auditor = "rau_" + suffix;
        String user = "an_" + suffix;
        try {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run(OperationsIT.RUN)).isZero();
                pipeline.output("export", "aggregates", "--month",
                        org.civilaffairs.reconcile.ingest.InboxScanner.months(OperationsIT.INBOX).get(0).toString());
            }
            try (Connection root = DriverManager.getConnection(url, "root", ""); Statement s = root.createStatement()) {
                String script = Files.readString(Path.of("sql", "roles-mysql.sql"), StandardCharsets.UTF_8)
                        .replace("reconcile_pipeline", "rp_" + suffix).replace("reconcile_analyst", analyst)
                        .replace("reconcile_auditor", auditor).replace("reconcile.", schema + ".");
                for (String statement : statements(script)) {
                    s.execute(statement);
                }
                s.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'pw-" + suffix + "'");
                s.execute("GRANT " + analyst + " TO '" + user + "'@'%'");
                s.execute("GRANT " + auditor + " TO '" + user + "'@'%'");
            }
            // no default database: the account has no privilege until its role is set
            try (Connection c = DriverManager.getConnection(Databases.MYSQL_SERVER, user, "pw-" + suffix);
                 Statement s = c.createStatement()) {
                s.execute("SET ROLE " + analyst);
                s.execute("USE " + schema);
                assertThat(count(s, "v_monthly_aggregate")).isPositive();
                assertThat(count(s, "v_indicator")).isPositive();
                for (String table : new String[] {"roster_row", "household", "household_flag", "reference_reject", "monthly_aggregate",
                        "v_audit_export"}) {
                    assertThatThrownBy(() -> count(s, table)).as(table).isInstanceOf(SQLException.class)
                            .hasMessageContaining("denied");
                }
                s.execute("SET ROLE " + auditor);
                assertThat(count(s, "v_audit_export")).isPositive();
                assertThat(count(s, "v_audit_run")).isPositive();
                assertThatThrownBy(() -> count(s, "roster_row")).isInstanceOf(SQLException.class).hasMessageContaining("denied");
            }
        } finally {
            try (Connection root = DriverManager.getConnection(Databases.MYSQL_SERVER, "root", ""); Statement s = root.createStatement()) {
                s.execute("DROP USER IF EXISTS '" + user + "'@'%'");
                for (String role : new String[] {"rp_" + suffix, analyst, auditor}) {
                    s.execute("DROP ROLE IF EXISTS " + role);
                }
            }
            Databases.dropMysql(url);
        }
    }

    private static String[] statements(String script) {
        String withoutComments = script.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";")).map(String::trim).filter(x -> !x.isEmpty()).toArray(String[]::new);
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

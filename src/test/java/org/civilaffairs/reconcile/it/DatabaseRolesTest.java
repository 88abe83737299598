package org.civilaffairs.reconcile.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.civilaffairs.reconcile.ingest.InboxScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sql/roles-mysql.sql} on MySQL/MariaDB, as an administrator runs it: the analyst role
 * reads the aggregate, indicator and label views and nothing person-level; the auditor reads the audit views.
 */
class DatabaseRolesTest {

    /** Every view the analyst is granted (roles-mysql.sql). */
    static final String[] ANALYST_VIEWS = {"v_monthly_aggregate", "v_indicator", "v_inbox_file", "v_street_month",
        "v_district_month", "v_dibao_street_month", "v_program_growth", "v_year_on_year", "v_flag_street_month",
        "v_reject_street_month", "v_self_check", "v_label_program", "v_label_flag", "v_label_reject_reason",
        "v_label_indicator"};

    @Test
    void analystReadsTheViewsButNoPersonLevelTable(@TempDir Path work) throws Exception {
        String url = Databases.freshMysql();
        try {
            try (Pipeline pipeline = new Pipeline(url, work)) {
                assertThat(pipeline.run(OperationsIT.RUN)).isZero();
                pipeline.output("export", "aggregates", "--month", InboxScanner.months(OperationsIT.INBOX).get(0).toString());
            }
            try (AnalystAccount account = new AnalystAccount(url)) {
                try (Connection c = account.connect(account.analystRole); Statement s = c.createStatement()) {
                    for (String view : ANALYST_VIEWS) {
                        assertThat(count(s, view)).as(view).isPositive();
                    }
                    for (String table : new String[] {"roster_row", "household", "household_flag", "reference_reject",
                            "monthly_aggregate", "inbox_file", "code_label", "v_aggregate_dated", "v_audit_export"}) {
                        assertThatThrownBy(() -> count(s, table)).as(table).isInstanceOf(SQLException.class)
                                .hasMessageContaining("denied");
                    }
                }
                try (Connection c = account.connect(account.auditorRole); Statement s = c.createStatement()) {
                    assertThat(count(s, "v_audit_export")).isPositive();
                    assertThat(count(s, "v_audit_run")).isPositive();
                    assertThatThrownBy(() -> count(s, "roster_row")).isInstanceOf(SQLException.class).hasMessageContaining("denied");
                }
            }
        } finally {
            Databases.dropMysql(url);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

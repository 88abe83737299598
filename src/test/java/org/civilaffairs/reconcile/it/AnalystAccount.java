package org.civilaffairs.reconcile.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;

/**
 * {@code sql/roles-mysql.sql} applied as an administrator would, to one throw-away schema, under role
 * names of its own (so that parallel builds never share a role), with one account holding the analyst
 * and auditor roles. {@link #close()} drops the account and the roles.
 */
final class AnalystAccount implements AutoCloseable {

    final String analystRole;
    final String auditorRole;
    private final String pipelineRole;
    private final String user;
    private final String password;
    private final String schema;

    AnalystAccount(String mysqlUrl) throws IOException, SQLException {
        schema = mysqlUrl.substring(mysqlUrl.lastIndexOf('/') + 1);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        analystRole = "ra_" + suffix;
        auditorRole = "rau_" + suffix;
        pipelineRole = "rp_" + suffix;
        user = "an_" + suffix;
        password = "pw-" + suffix;
        try (Connection root = DriverManager.getConnection(mysqlUrl, "root", ""); Statement s = root.createStatement()) {
            String script = Files.readString(Path.of("sql", "roles-mysql.sql"), StandardCharsets.UTF_8)
                    .replace("reconcile_pipeline", pipelineRole).replace("reconcile_analyst", analystRole)
                    .replace("reconcile_auditor", auditorRole).replace("reconcile.", schema + ".");
            for (String statement : statements(script)) {
                s.execute(statement);
            }
            s.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
            s.execute("GRANT " + analystRole + " TO '" + user + "'@'%'");
            s.execute("GRANT " + auditorRole + " TO '" + user + "'@'%'");
        }
    }

    /**
     * A connection of the account with {@code role} set and the schema in use. It connects without a
     * default database: the account has no privilege until its role is set.
     */
    Connection connect(String role) throws SQLException {
        Connection c = DriverManager.getConnection(Databases.MYSQL_SERVER, user, password);
        try (Statement s = c.createStatement()) {
            s.execute("SET ROLE " + role);
            s.execute("USE " + schema);
        }
        return c;
    }

    @Override
    public void close() throws SQLException {
        try (Connection root = DriverManager.getConnection(Databases.MYSQL_SERVER, "root", ""); Statement s = root.createStatement()) {
            s.execute("DROP USER IF EXISTS '" + user + "'@'%'");
            for (String role : new String[] {pipelineRole, analystRole, auditorRole}) {
                s.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    /** The statements of an SQL script: comment lines dropped, split at semicolons. */
    static String[] statements(String script) {
        String withoutComments = script.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";")).map(String::trim).filter(x -> !x.isEmpty()).toArray(String[]::new);
    }
}

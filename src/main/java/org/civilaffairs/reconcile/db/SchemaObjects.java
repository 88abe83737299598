package org.civilaffairs.reconcile.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;

/** The tables, views and sequences of the connection's own schema, by type, to undo a first migration that did not end. */
final class SchemaObjects {

    /** Dropped in this order: views before the tables they read. */
    private static final List<String> TYPES = List.of("VIEW", "TABLE", "SEQUENCE");

    private SchemaObjects() {
    }

    /** "TYPE name" of every object of the current schema. */
    static Set<String> of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return list(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the database's tables: " + e.getMessage(), e);
        }
    }

    /** Drops every object of the current schema but those {@code keep} accepts. */
    static void dropAllBut(DataSource dataSource, Predicate<String> keep) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean mysql = !c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
            if (mysql) {
                s.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            for (String type : TYPES) {
                for (String object : list(c)) {
                    if (object.startsWith(type + " ") && !keep.test(object)) {
                        s.execute("DROP " + object + (type.equals("SEQUENCE") ? "" : " CASCADE"));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the first migration failed and its tables could not be dropped ("
                    + e.getMessage() + "): drop them by hand or use an empty database", e);
        }
    }

    private static Set<String> list(Connection c) throws SQLException {
        boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        String sql = h2 ? "SELECT TABLE_TYPE, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA()"
                + " UNION ALL SELECT 'SEQUENCE', SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = SCHEMA()"
                : "SELECT TABLE_TYPE, TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()";
        String q = c.getMetaData().getIdentifierQuoteString().trim();
        Set<String> names = new LinkedHashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String type = rs.getString(1).contains("TABLE") ? "TABLE" : rs.getString(1);
                names.add(type + " " + q + rs.getString(2) + q);
            }
        }
        return names;
    }
}

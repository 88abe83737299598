package org.civilaffairs.reconcile.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * The first migration of a database, undone when it did not end. A migration's statements are not
 * one transaction (H2 and MySQL commit each DDL statement), so a first start killed halfway left
 * half a schema that every later start failed to migrate again. As the first migration begins (once
 * Flyway has made its history table, so that the schema it found empty stays so to it), a table
 * records the objects the database held before; it is dropped once the migration has ended. A start
 * that finds it drops every other object, the marker too, and migrates from the start.
 */
final class FirstMigration implements Callback {

    static final String MARKER = "reconcile_first_migration";

    /** The objects the database held before the first migration, while it is the one about to run. */
    private volatile Set<String> before;

    /** The objects the database held before a first migration that did not end, if one did not. */
    static Optional<Set<String>> unfinished(DataSource dataSource) {
        if (SchemaObjects.of(dataSource).stream().noneMatch(FirstMigration::isMarker)) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT object_name FROM " + MARKER)) {
            Set<String> objects = new LinkedHashSet<>();
            while (rs.next()) {
                objects.add(rs.getString(1));
            }
            return Optional.of(objects);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + MARKER + " (" + e.getMessage() + "): drop it by hand", e);
        }
    }

    /** The next migration is the database's first, and these objects were there before it. */
    void expect(Set<String> objects) {
        before = objects;
    }

    /** The first migration has ended: the marker goes. */
    void ended(DataSource dataSource) {
        before = null;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + MARKER);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop " + MARKER + " after the first migration: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE && before != null;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return false;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("CREATE TABLE " + MARKER + " (object_name VARCHAR(600) NOT NULL)");
            try (PreparedStatement insert = context.getConnection().prepareStatement(
                    "INSERT INTO " + MARKER + " (object_name) VALUES (?)")) {
                for (String object : before) {
                    insert.setString(1, object);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + MARKER + " as the first migration begins: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return MARKER;
    }

    /** Whether an object of {@link SchemaObjects#of} ("TABLE `name`") is the marker; H2 names it in capitals. */
    static boolean isMarker(String object) {
        return object.replaceAll("[`\"]", "").equalsIgnoreCase("TABLE " + MARKER);
    }
}

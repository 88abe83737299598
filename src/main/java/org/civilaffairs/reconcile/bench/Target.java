package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A fresh database for one measured run: the properties the child gets, and a connection to read it afterwards. */
abstract class Target implements AutoCloseable {

    static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/";

    abstract String name();

    /** {@code --spring.datasource.*} arguments of the child. */
    abstract List<String> springArguments();

    abstract Connection connect() throws SQLException;

    @Override
    public void close() throws SQLException {
    }

    /** Embedded H2 in its own folder, with the options of the default URL in application.properties. */
    static Target h2(Path dir) {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;USER=sa";
        return new Target() {
            @Override
            String name() {
                return "h2";
            }

            @Override
            List<String> springArguments() {
                return List.of("--spring.datasource.url=" + url);
            }

            @Override
            Connection connect() throws SQLException {
                return DriverManager.getConnection(url);
            }
        };
    }

    /** A new MariaDB schema (utf8mb4_bin), dropped on close. */
    static Target mariadb(String schema) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + schema, "CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        return new Target() {
            @Override
            String name() {
                return "mariadb";
            }

            @Override
            List<String> springArguments() {
                return List.of("--spring.datasource.url=" + MARIADB + schema, "--spring.datasource.username=root",
                        "--spring.datasource.password=");
            }

            @Override
            Connection connect() throws SQLException {
                return DriverManager.getConnection(MARIADB + schema, "root", "");
            }

            @Override
            public void close() throws SQLException {
                admin("DROP DATABASE IF EXISTS " + schema);
            }
        };
    }

    static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(MARIADB + "?allowLoadLocalInfile=true", "root", "");
    }

    static void admin(String... statements) throws SQLException {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Recursive delete of a folder the benchmark owns. */
    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

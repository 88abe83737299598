package org.civilaffairs.reconcile.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The two databases every integration test runs on: an H2 file database, and MySQL/MariaDB on
 * 127.0.0.1:3306 (root, empty password) in a throw-away schema. When {@code RECONCILE_REQUIRE_MYSQL}
 * is set (CI), an unreachable server fails the test instead of skipping it.
 */
public final class Databases {

    public static final String MYSQL_SERVER = System.getenv().getOrDefault("RECONCILE_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");

    private Databases() {
    }

    public static String h2(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }

    /** A fresh, empty schema on the MySQL server; the caller drops it with {@link #dropMysql}. */
    public static String freshMysql() {
        String schema = "reconcile_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(MYSQL_SERVER, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            unavailable("MySQL", "RECONCILE_REQUIRE_MYSQL", "MySQL/MariaDB not reachable at " + MYSQL_SERVER + ": " + e.getMessage(), e);
        }
        return MYSQL_SERVER + schema;
    }

    /** A server the test needs does not answer: the test is skipped, or fails when {@code required} is set (CI). */
    static void unavailable(String server, String required, String why, Exception cause) {
        if (System.getenv(required) != null) {
            throw new IllegalStateException(why, cause);
        }
        System.err.println("NOTICE: skipping " + server + " test: " + why);
        Assumptions.abort(why);
    }

    /** Runs a test on a fresh database of the kind named ({@code h2} or {@code mysql}), a MySQL schema dropped afterwards. */
    public static void onFresh(String database, Path work, Test test) {
        String url = database.equals("h2") ? h2(work) : freshMysql();
        try {
            test.run(url);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (!database.equals("h2")) {
                dropMysql(url);
            }
        }
    }

    /** A test's body on a database, given its URL. */
    @FunctionalInterface
    public interface Test {
        void run(String url) throws Exception;
    }

    public static void dropMysql(String url) {
        String schema = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(MYSQL_SERVER, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + schema);
        } catch (SQLException e) {
            System.err.println("could not drop " + schema + ": " + e.getMessage());
        }
    }
}

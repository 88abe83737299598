package org.civilaffairs.reconcile.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.civilaffairs.reconcile.remote.RemoteMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Database settings that depend on the vendor: H2 settings, MySQL driver tuning, placeholders and clean-up for Flyway. */
@Configuration(proxyBeanMethods = false)
public class DatabaseSetup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSetup.class);

    /**
     * A directory that cannot exist: the driver negotiates LOCAL INFILE (roster staging streams rows
     * from memory) but refuses every file of this machine that a server might ask for.
     */
    public static final String NO_LOCAL_FILES = "/proc/self/no-local-files";

    /**
     * Batched inserts become multi-row INSERTs on MySQL; text is exchanged as UTF-8; LOAD DATA LOCAL
     * may send in-memory streams only. The pool holds two connections for every partition that runs at
     * once (its step's transaction and the writes it commits as it goes, {@link CommittedSlices} and
     * {@link WriteBehind}) and a few more.
     */
    @Bean
    static BeanPostProcessor mysqlDriverTuning(Environment environment) {
        int gridSize = environment.getProperty("reconcile.grid-size", Integer.class, 0);
        int partitionConnections = 2 * (gridSize > 0 ? gridSize : Runtime.getRuntime().availableProcessors()) + 4;
        boolean compactOnClose = environment.getProperty(H2Url.COMPACT_ON_CLOSE, Boolean.class, true);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource ds && ds.getMaximumPoolSize() < partitionConnections) {
                    ds.setMaximumPoolSize(partitionConnections);
                }
                if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null && ds.getJdbcUrl().startsWith("jdbc:h2:")) {
                    ds.setJdbcUrl(H2Url.withProjectSettings(ds.getJdbcUrl(), compactOnClose));
                }
                if (bean instanceof HikariDataSource ds && isMysql(ds.getJdbcUrl())) {
                    Map.of("rewriteBatchedStatements", "true", "characterEncoding", "UTF-8",
                                    "useCursorFetch", "true", "defaultFetchSize", "1000", "connectionCollation", "utf8mb4_bin",
                                    "allowLoadLocalInfileInPath", NO_LOCAL_FILES)
                            .forEach((k, v) -> {
                                if (!ds.getJdbcUrl().contains(k + "=")) {
                                    ds.addDataSourceProperty(k, v);
                                }
                            });
                }
                return bean;
            }
        };
    }

    /**
     * A first migration that fails leaves nothing behind: the tables, views and sequences it
     * created are dropped again, so the next start migrates an empty database instead of
     * meeting half a schema; one that did not end (its process killed) is undone by the next start
     * ({@link FirstMigration}). Later migrations are left to Flyway (their database was usable before).
     * A remote worker migrates only an empty database: once a schema is there the manager's release
     * owns it, and a worker of another release refuses its partitions instead of migrating the
     * shared schema under the manager (remote {@code Versions}).
     */
    @Bean
    FlywayMigrationStrategy cleanFailedFirstMigration(Environment environment, FirstMigration firstMigration) {
        return flyway -> {
            DataSource dataSource = flyway.getConfiguration().getDataSource();
            Optional<Set<String>> unfinished = FirstMigration.unfinished(dataSource);
            boolean worker = environment.matchesProfiles(RemoteMode.WORKER_PROFILE);
            if (unfinished.isEmpty() && flyway.info().applied().length > 0) {
                if (!worker) {
                    flyway.migrate();
                }
                return;
            }
            if (unfinished.isPresent()) {
                if (worker) {
                    throw new IllegalStateException("the database's first setup did not end: run 'reconcile status' with the"
                            + " manager's settings once, which sets it up again, then start the worker");
                }
                log.warn("the database's first setup did not end (its process was stopped or killed): it is set up again");
                SchemaObjects.dropAllBut(dataSource, unfinished.get()::contains);
            }
            Set<String> before = unfinished.orElseGet(() -> SchemaObjects.of(dataSource));
            firstMigration.expect(before);
            try {
                flyway.migrate();
            } catch (RuntimeException e) {
                SchemaObjects.dropAllBut(dataSource, before::contains);
                throw e;
            }
            firstMigration.ended(dataSource);
        };
    }

    /** The marker of a first migration, a Flyway callback as the migration begins. */
    @Bean
    FirstMigration firstMigration() {
        return new FirstMigration();
    }

    /** The SQL migrations' vendor words: table options, how a column's type is changed, a long text column. */
    @Bean
    FlywayConfigurationCustomizer vendorPlaceholders() {
        return configuration -> {
            boolean mysql = isMysql(configuration.getDataSource());
            configuration.placeholders(Map.of("table_options", mysql ? "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" : "",
                    "modify_column", mysql ? "MODIFY COLUMN" : "ALTER COLUMN",
                    "long_text", mysql ? "MEDIUMTEXT" : "VARCHAR(1000000)"));
        };
    }

    /** Whether a connection is to MySQL or MariaDB (the only other database is H2). */
    static boolean isMysql(Connection c) throws SQLException {
        return !c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
    }

    /**
     * Refuses, before any pool or driver is made, a {@code spring.datasource.url} of a database the
     * jar has no driver for: the drivers' own words name a class, not the fix.
     */
    public static void requireSupported(String jdbcUrl) {
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:mysql:")) {
            String scheme = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.split(":", 3)[1] : "not a JDBC URL";
            throw new IllegalStateException("spring.datasource.url is of a database reconcile cannot use (" + scheme
                    + "): give jdbc:h2:file:PATH (the embedded default) or jdbc:mysql://HOST:3306/DATABASE (MySQL or MariaDB)");
        }
    }

    public static boolean isMysql(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:mysql:");
    }

    static boolean isMysql(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return isMysql(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }
}

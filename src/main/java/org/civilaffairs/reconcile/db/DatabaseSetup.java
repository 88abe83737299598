package org.civilaffairs.reconcile.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Database settings that depend on the vendor: MySQL driver tuning and placeholders for Flyway. */
@Configuration(proxyBeanMethods = false)
public class DatabaseSetup {

    /**
     * A directory that cannot exist: the driver negotiates LOCAL INFILE (roster staging streams rows
     * from memory) but refuses every file of this machine that a server might ask for.
     */
    public static final String NO_LOCAL_FILES = "/proc/self/no-local-files";

    /**
     * Batched inserts become multi-row INSERTs on MySQL; text is exchanged as UTF-8; LOAD DATA LOCAL
     * may send in-memory streams only.
     */
    @Bean
    static BeanPostProcessor mysqlDriverTuning() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
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

    /** The SQL migrations' vendor words: table options, and how a column's type is changed. */
    @Bean
    FlywayConfigurationCustomizer vendorPlaceholders() {
        return configuration -> {
            boolean mysql = isMysql(configuration.getDataSource());
            configuration.placeholders(Map.of("table_options", mysql ? "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" : "",
                    "modify_column", mysql ? "MODIFY COLUMN" : "ALTER COLUMN"));
        };
    }

    public static boolean isMysql(String jdbcUrl) {
        return jdbcUrl != null && (jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.startsWith("jdbc:mariadb:"));
    }

    static boolean isMysql(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return !c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }
}

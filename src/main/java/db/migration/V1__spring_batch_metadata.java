package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates the Spring Batch metadata tables with the script that ships inside spring-batch-core,
 * chosen for the database the driver reports (H2, MySQL with *_SEQ tables, MariaDB with sequences),
 * so the schema always matches the Spring Batch version on the classpath.
 */
public class V1__spring_batch_metadata extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String script = "org/springframework/batch/core/schema-" + platform(connection.getMetaData()) + ".sql";
        ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
    }

    static String platform(DatabaseMetaData meta) throws java.sql.SQLException {
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("mariadb")) {
            return "mariadb";
        }
        if (product.contains("mysql")) {
            return "mysql";
        }
        throw new IllegalStateException("unsupported database: " + meta.getDatabaseProductName());
    }
}

package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The warnings of a run (input the job did not read, a street office's missing roster), kept per
 * run for 'status'; and run ids that count 1, 2, 3: H2 hands out sequence values 32 at a time
 * and loses the rest when the process ends, so its Spring Batch sequences stop caching (MariaDB's
 * are created NOCACHE, MySQL's are tables).
 */
public class V10__run_warnings_and_gapless_run_ids extends BaseJavaMigration {

    private static final String[] BATCH_SEQUENCES = {"BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_EXECUTION_SEQ", "BATCH_STEP_EXECUTION_SEQ"};

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean h2 = V1__spring_batch_metadata.platform(connection.getMetaData()).equals("h2");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE run_warning ("
                    + " execution_id BIGINT NOT NULL,"
                    + " seq INT NOT NULL,"
                    + " subject VARCHAR(1000) NOT NULL,"
                    + " problem VARCHAR(1000) NOT NULL,"
                    + " fix VARCHAR(1000) NOT NULL,"
                    + " PRIMARY KEY (execution_id, seq))"
                    + (h2 ? "" : " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"));
            if (h2) {
                for (String sequence : BATCH_SEQUENCES) {
                    s.execute("ALTER SEQUENCE " + sequence + " NO CACHE");
                }
            }
        }
    }
}

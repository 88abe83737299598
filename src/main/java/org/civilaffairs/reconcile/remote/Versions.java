package org.civilaffairs.reconcile.remote;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.civilaffairs.reconcile.ReconcileApplication;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The release a process runs: its jar's version and the highest schema migration the jar holds.
 * The manager writes its own into every partition it sends; a worker of another release refuses
 * the partition, because it would compute with other rules or write another schema's rows.
 * {@code reconcile.remote.jar-version} replaces the jar's version (a drill of a mixed fleet).
 */
@Component
@Profile(RemoteMode.PROFILE)
class Versions {

    static final String JAR = "reconcile.jar-version";
    static final String SCHEMA = "reconcile.schema-version";

    private final String jar;
    private final String schema;

    Versions(Flyway flyway, @Value("${reconcile.remote.jar-version:}") String jar) {
        this.jar = jar.isEmpty() ? Optional.ofNullable(ReconcileApplication.class.getPackage().getImplementationVersion())
                .orElse("development") : jar;
        this.schema = Arrays.stream(flyway.info().all())
                .filter(m -> m.getVersion() != null && m.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse("none");
    }

    /** Marks a partition with the manager's release. */
    void stamp(ExecutionContext partition) {
        partition.putString(JAR, jar);
        partition.putString(SCHEMA, schema);
    }

    /** Why this process must not run a partition the manager marked, if its release differs. */
    Optional<String> refusal(String partition, ExecutionContext context) {
        String theirJar = context.getString(JAR, "unknown");
        String theirSchema = context.getString(SCHEMA, "unknown");
        if (Objects.equals(theirJar, jar) && Objects.equals(theirSchema, schema)) {
            return Optional.empty();
        }
        return Optional.of("worker refuses partition " + partition + ": it runs jar " + jar + " / schema " + schema
                + ", the manager jar " + theirJar + " / schema " + theirSchema
                + ": run the same release on the manager and every worker");
    }
}

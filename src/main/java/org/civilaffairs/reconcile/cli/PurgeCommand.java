package org.civilaffairs.reconcile.cli;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.ops.MetadataPurge;
import org.civilaffairs.reconcile.ops.RetentionPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code purge --older-than 180d}: delete finished runs' job metadata older than the age given. */
@Command(name = "purge", description = "Delete the job metadata of finished runs older than an age (e.g. 180d).")
public class PurgeCommand implements Callable<Integer> {

    @Option(names = "--older-than", required = true, description = "age: 180d, 12h, 30m or ISO-8601 (P180D)")
    String olderThan;

    private final MetadataPurge purge;

    public PurgeCommand(MetadataPurge purge) {
        this.purge = purge;
    }

    @Override
    public Integer call() {
        LocalDateTime cutoff = LocalDateTime.now().minus(RetentionPeriod.parse(olderThan));
        int deleted = purge.olderThan(cutoff);
        System.err.println("reconcile purge: deleted " + deleted + " run(s) that ended before " + cutoff.withNano(0));
        return 0;
    }
}

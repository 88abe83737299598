package org.civilaffairs.reconcile.cli;

import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.ops.Retention;
import org.civilaffairs.reconcile.ops.RetentionPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code purge --older-than 180d}: delete finished runs' job metadata older than the age given, and
 * what runs derived from the files of months closed before then ({@link Retention}).
 */
@Command(name = "purge", description = "Delete the job metadata of finished runs older than an age (e.g. 180d),"
        + " and the files derived from months closed before then.")
public class PurgeCommand implements Callable<Integer> {

    @Option(names = "--older-than", required = true, description = "age: 180d, 12h, 30m or ISO-8601 (P180D)")
    String olderThan;

    private final Retention retention;

    public PurgeCommand(Retention retention) {
        this.retention = retention;
    }

    @Override
    public Integer call() {
        retention.purgeOlderThan(RetentionPeriod.parse(olderThan), line -> System.err.println("reconcile purge: " + line));
        return 0;
    }
}

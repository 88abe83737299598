package org.civilaffairs.reconcile.cli;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.ops.DerivedFilesPurge;
import org.civilaffairs.reconcile.ops.MetadataPurge;
import org.civilaffairs.reconcile.ops.RetentionPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code purge --older-than 180d}: delete finished runs' job metadata older than the age given, and
 * what runs derived from the files of months closed before then ({@link DerivedFilesPurge}).
 */
@Command(name = "purge", description = "Delete the job metadata of finished runs older than an age (e.g. 180d),"
        + " and the files derived from months closed before then.")
public class PurgeCommand implements Callable<Integer> {

    @Option(names = "--older-than", required = true, description = "age: 180d, 12h, 30m or ISO-8601 (P180D)")
    String olderThan;

    private final MetadataPurge purge;
    private final DerivedFilesPurge derived;

    public PurgeCommand(MetadataPurge purge, DerivedFilesPurge derived) {
        this.purge = purge;
        this.derived = derived;
    }

    @Override
    public Integer call() {
        LocalDateTime cutoff = LocalDateTime.now().minus(RetentionPeriod.parse(olderThan));
        int deleted = purge.olderThan(cutoff);
        System.err.println("reconcile purge: deleted " + deleted + " run(s) that ended before " + cutoff.withNano(0));
        System.err.println(derived.closedBefore(cutoff)
                .map(p -> "reconcile purge: deleted the derived files of " + p.months().size() + " month(s) closed before "
                        + cutoff.withNano(0) + ", " + p.bytes() / 1_000_000 + " MB" + (p.months().isEmpty() ? "" : ": "
                        + String.join(", ", p.months())))
                .orElse("reconcile purge: a run is in progress, which may read the months' derived files: they are kept;"
                        + " purge again once it has ended"));
        return 0;
    }
}

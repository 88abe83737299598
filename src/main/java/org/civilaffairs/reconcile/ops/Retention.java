package org.civilaffairs.reconcile.ops;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What a deployment keeps for an age and no longer: the job metadata of the runs that ended before
 * the cut-off ({@link MetadataPurge}) and the files runs derived from the months closed before it
 * ({@link DerivedFilesPurge}). Run by {@code purge} and, with the schedule's {@code retention}, after
 * each scheduled run.
 */
@Service
public class Retention {

    private final MetadataPurge metadata;
    private final DerivedFilesPurge derived;

    public Retention(MetadataPurge metadata, DerivedFilesPurge derived) {
        this.metadata = metadata;
        this.derived = derived;
    }

    /** Deletes what is older than {@code age}; returns what was deleted, a line each. */
    public List<String> purgeOlderThan(Duration age) {
        LocalDateTime cutoff = LocalDateTime.now().minus(age);
        LocalDateTime shown = cutoff.withNano(0);
        int runs = metadata.olderThan(cutoff);
        String files = derived.closedBefore(cutoff)
                .map(p -> "deleted the derived files of " + p.months().size() + " month(s) closed before " + shown + ", "
                        + p.bytes() / 1_000_000 + " MB" + (p.months().isEmpty() ? "" : ": " + String.join(", ", p.months())))
                .orElse("a run is in progress, which may read the months' derived files: they are kept; purge again once it has ended");
        return List.of("deleted " + runs + " run(s) that ended before " + shown, files);
    }
}

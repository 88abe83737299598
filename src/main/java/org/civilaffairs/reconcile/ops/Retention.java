package org.civilaffairs.reconcile.ops;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Consumer;
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

    /**
     * Deletes what is older than {@code age}, saying what was deleted a line each as it goes, then
     * fails naming the months whose derived files could not be deleted, if any.
     */
    public void purgeOlderThan(Duration age, Consumer<String> said) {
        LocalDateTime cutoff = LocalDateTime.now().minus(age);
        LocalDateTime shown = cutoff.withNano(0);
        said.accept("deleted " + metadata.olderThan(cutoff) + " run(s) that ended before " + shown);
        Optional<DerivedFilesPurge.Purged> purged = derived.closedBefore(cutoff);
        said.accept(purged.map(p -> "deleted the derived files of " + p.months().size() + " month(s) closed before " + shown
                        + ", " + p.bytes() / 1_000_000 + " MB" + (p.months().isEmpty() ? "" : ": " + String.join(", ", p.months())))
                .orElse("a run is in progress, which may read the months' derived files: they are kept; purge again once it has ended"));
        purged.flatMap(DerivedFilesPurge.Purged::failure).ifPresent(failure -> {
            throw failure;
        });
    }
}

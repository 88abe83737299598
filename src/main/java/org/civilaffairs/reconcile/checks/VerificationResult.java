package org.civilaffairs.reconcile.checks;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.civilaffairs.reconcile.ingest.ReferenceSource;

/**
 * The outcome of checking one household (核对结果): its flags with their evidence, whether the BASIC
 * checks ran (verified), the checks that could not run for lack of a source, and the snapshot
 * month of every source used.
 */
public record VerificationResult(SortedMap<Flag, String> flags, boolean verified, List<String> checksSkipped,
                                 Map<ReferenceSource, YearMonth> snapshots) {

    public boolean flagged() {
        return !flags.isEmpty();
    }
}

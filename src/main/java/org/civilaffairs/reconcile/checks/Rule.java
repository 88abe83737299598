package org.civilaffairs.reconcile.checks;

import java.util.Optional;
import java.util.Set;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.policy.Program;

/**
 * One check of CONTRACT §6: which programs it applies to, which sources it needs, and the
 * evidence (in words a street office reads, personal data masked) when it flags a household.
 */
public interface Rule {

    Flag flag();

    boolean appliesTo(Program program);

    /** Whether the check can run with the sources delivered; by default it needs nothing. */
    default boolean canRun(ReferenceFacts facts) {
        return true;
    }

    /** The sources the check reads, for the record of checks not run. */
    default Set<ReferenceSource> sources() {
        return Set.of();
    }

    Optional<String> evaluate(CheckedHousehold household, MonthContext context);
}

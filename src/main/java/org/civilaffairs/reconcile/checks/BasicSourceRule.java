package org.civilaffairs.reconcile.checks;

import java.util.Set;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.policy.Program;

/** A BASIC-household check that reads one reference source and cannot run without it. */
abstract class BasicSourceRule implements Rule {

    private final Flag flag;
    private final ReferenceSource source;

    BasicSourceRule(Flag flag, ReferenceSource source) {
        this.flag = flag;
        this.source = source;
    }

    @Override
    public final Flag flag() {
        return flag;
    }

    @Override
    public final boolean appliesTo(Program program) {
        return program.isBasic();
    }

    @Override
    public final boolean canRun(ReferenceFacts facts) {
        return facts.has(source);
    }

    @Override
    public final Set<ReferenceSource> sources() {
        return Set.of(source);
    }
}

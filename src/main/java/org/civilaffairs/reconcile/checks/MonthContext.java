package org.civilaffairs.reconcile.checks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.Program;

/**
 * Everything a rule may consult besides the household: policy, reference facts, the month's
 * enrollments; and the checks each program's households skip, the same for all of them ({@link
 * HouseholdChecker#checksSkipped}), found once instead of once per household.
 */
public final class MonthContext {

    private final Policy policy;
    private final ReferenceFacts facts;
    private final Enrollments enrollments;
    private final Map<Program, List<String>> skipped = new EnumMap<>(Program.class);

    public MonthContext(Policy policy, ReferenceFacts facts, Enrollments enrollments) {
        this.policy = policy;
        this.facts = facts;
        this.enrollments = enrollments;
        for (Program program : Program.values()) {
            skipped.put(program, HouseholdChecker.checksSkipped(program, facts));
        }
    }

    public Policy policy() {
        return policy;
    }

    public ReferenceFacts facts() {
        return facts;
    }

    public Enrollments enrollments() {
        return enrollments;
    }

    /** The checks a household of the program cannot run for lack of a source. */
    public List<String> checksSkipped(Program program) {
        return skipped.get(program);
    }
}

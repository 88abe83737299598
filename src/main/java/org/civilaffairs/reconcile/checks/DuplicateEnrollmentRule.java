package org.civilaffairs.reconcile.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civilaffairs.reconcile.policy.Program;

/**
 * DUPLICATE_ENROLLMENT (重复享受): a member is in another household of the same program, or — for
 * BASIC programs — of another BASIC program, in the same month. Every household involved is flagged.
 * Equal unresolved keys count as the same person.
 */
public final class DuplicateEnrollmentRule implements Rule {

    @Override
    public Flag flag() {
        return Flag.DUPLICATE_ENROLLMENT;
    }

    @Override
    public boolean appliesTo(Program program) {
        return program != Program.TEMP_RELIEF;
    }

    @Override
    public Optional<String> evaluate(CheckedHousehold h, MonthContext c) {
        List<String> found = new ArrayList<>();
        for (String key : h.members()) {
            for (Enrollments.Enrollment other : c.enrollments().of(key)) {
                boolean self = other.street().equals(h.street()) && other.program() == h.program()
                        && other.householdId().equals(h.householdId());
                boolean clash = other.program() == h.program() || (h.program().isBasic() && other.program().isBasic());
                if (!self && clash) {
                    found.add(Evidence.person(key) + " 同时在 " + other);
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(Evidence.join(found));
    }
}

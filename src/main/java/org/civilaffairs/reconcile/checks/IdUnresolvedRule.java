package org.civilaffairs.reconcile.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civilaffairs.reconcile.identity.PersonKey;
import org.civilaffairs.reconcile.policy.Program;
import org.civilaffairs.reconcile.privacy.Mask;

/** ID_UNRESOLVED (身份证号无法核实): a member's ID could not be validated or repaired from the registry. */
public final class IdUnresolvedRule implements Rule {

    @Override
    public Flag flag() {
        return Flag.ID_UNRESOLVED;
    }

    @Override
    public boolean appliesTo(Program program) {
        return true;
    }

    @Override
    public Optional<String> evaluate(CheckedHousehold h, MonthContext c) {
        List<String> unresolved = null; // nearly every household has none: a loop, not a stream apiece
        for (String key : h.members()) {
            if (PersonKey.isUnresolved(key)) {
                unresolved = unresolved == null ? new ArrayList<>(2) : unresolved;
                unresolved.add(describe(key));
            }
        }
        return unresolved == null ? Optional.empty() : Optional.of(Evidence.join(unresolved));
    }

    /** {@code U:name|raw}: the name is shown, the typed ID masked. */
    private static String describe(String key) {
        String body = key.substring(PersonKey.UNRESOLVED_PREFIX.length());
        int bar = body.lastIndexOf('|');
        return "成员 " + body.substring(0, bar) + " 身份证号 " + Mask.id(body.substring(bar + 1)) + " 无法核实";
    }
}

package org.civilaffairs.reconcile.checks;

import java.util.Optional;
import org.civilaffairs.reconcile.policy.Program;
import org.civilaffairs.reconcile.privacy.Mask;

/** NO_BASIC_ENROLLMENT (非低保特困对象): the head of a 困难残疾人生活补贴 household is in no BASIC household in M. */
public final class NoBasicEnrollmentRule implements Rule {

    @Override
    public Flag flag() {
        return Flag.NO_BASIC_ENROLLMENT;
    }

    @Override
    public boolean appliesTo(Program program) {
        return program == Program.DISABILITY_LIVING;
    }

    @Override
    public Optional<String> evaluate(CheckedHousehold h, MonthContext c) {
        if (c.enrollments().inBasicHousehold(h.headKey())) {
            return Optional.empty();
        }
        return Optional.of("户主 " + Mask.id(h.headKey()) + " 本月不在任何低保或特困家庭中");
    }
}

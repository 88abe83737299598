package org.civilaffairs.reconcile.checks;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.civilaffairs.reconcile.identity.IdNumbers;
import org.civilaffairs.reconcile.identity.PersonKey;
import org.civilaffairs.reconcile.policy.Program;

/**
 * AGE_INELIGIBLE (年龄不符): the head's age in completed years on the first day of M is 18 or more
 * for an orphan, under 80 for the elderly allowance. An unresolved head has no age.
 */
public final class AgeIneligibleRule implements Rule {

    static final int ADULT = 18;
    static final int ELDERLY = 80;

    @Override
    public Flag flag() {
        return Flag.AGE_INELIGIBLE;
    }

    @Override
    public boolean appliesTo(Program program) {
        return program == Program.ORPHAN || program == Program.ELDERLY_ALLOWANCE;
    }

    @Override
    public Optional<String> evaluate(CheckedHousehold h, MonthContext c) {
        if (PersonKey.isUnresolved(h.headKey())) {
            return Optional.empty();
        }
        Optional<LocalDate> birth = IdNumbers.birthDate(h.headKey());
        if (birth.isEmpty()) {
            return Optional.empty();
        }
        int age = Period.between(birth.get(), h.firstDay()).getYears();
        boolean ineligible = h.program() == Program.ORPHAN ? age >= ADULT : age < ELDERLY;
        if (!ineligible) {
            return Optional.empty();
        }
        String bound = h.program() == Program.ORPHAN ? "应未满 " + ADULT + " 周岁" : "应年满 " + ELDERLY + " 周岁";
        return Optional.of("户主 " + h.firstDay() + " 年龄 " + age + " 周岁, " + bound);
    }
}

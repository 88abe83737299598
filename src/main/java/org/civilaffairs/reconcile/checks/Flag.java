package org.civilaffairs.reconcile.checks;

import java.util.Locale;

/** The flags of CONTRACT §6, in the column order of §9. */
public enum Flag {
    DECEASED_MEMBER, INCOME_OVER, DEPOSIT_OVER, VEHICLE, PROPERTY_OVER, BUSINESS, PUBLIC_EMPLOYEE,
    DUPLICATE_ENROLLMENT, ID_UNRESOLVED, AGE_INELIGIBLE, NO_BASIC_ENROLLMENT;

    /** The aggregate column that counts households carrying this flag. */
    public String column() {
        return "flag_" + name().toLowerCase(Locale.ROOT);
    }
}

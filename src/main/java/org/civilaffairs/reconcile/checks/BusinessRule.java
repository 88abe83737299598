package org.civilaffairs.reconcile.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.ingest.ReferenceSource.Cols;

/** BUSINESS (经营企业): a member is 法定代表人, 股东 or 经营者 of an entity whose status is 存续. */
public final class BusinessRule extends BasicSourceRule {

    public BusinessRule() {
        super(Flag.BUSINESS, ReferenceSource.BUSINESS);
    }

    private static final Set<String> ROLES = Set.of("法定代表人", "股东", "经营者");
    private static final String ACTIVE = "存续";

    @Override
    public Optional<String> evaluate(CheckedHousehold h, MonthContext c) {
        List<String> found = new ArrayList<>();
        for (String key : h.members()) {
            for (ReferenceRow row : c.facts().of(ReferenceSource.BUSINESS, key)) {
                String role = row.text(Cols.ROLE);
                if (ROLES.contains(role) && ACTIVE.equals(row.text(Cols.BUSINESS_STATUS))) {
                    found.add(Evidence.person(key) + " 为 " + row.text(Cols.COMPANY) + " (" + row.text(Cols.CREDIT_CODE)
                            + ", " + ACTIVE + ") 的" + role);
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(Evidence.join(found));
    }
}

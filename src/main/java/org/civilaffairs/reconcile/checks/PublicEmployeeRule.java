package org.civilaffairs.reconcile.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.ingest.ReferenceSource.Cols;

/** PUBLIC_EMPLOYEE (财政供养人员): a member is on the public-payroll list. */
public final class PublicEmployeeRule extends BasicSourceRule {

    public PublicEmployeeRule() {
        super(Flag.PUBLIC_EMPLOYEE, ReferenceSource.PUBLIC_EMPLOYEE);
    }

    @Override
    public Optional<String> evaluate(CheckedHousehold h, MonthContext c) {
        List<String> found = new ArrayList<>();
        for (String key : h.members()) {
            for (ReferenceRow row : c.facts().of(ReferenceSource.PUBLIC_EMPLOYEE, key)) {
                found.add(Evidence.person(key) + " 在财政供养人员名单, 单位 " + row.text(Cols.PE_EMPLOYER));
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(Evidence.join(found));
    }
}

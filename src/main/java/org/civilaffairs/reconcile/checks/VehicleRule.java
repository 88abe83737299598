package org.civilaffairs.reconcile.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.ingest.ReferenceSource.Cols;

/** VEHICLE (有车辆): a member owns a vehicle whose type is not exempt by policy; a blank type is not exempt. */
public final class VehicleRule extends BasicSourceRule {

    public VehicleRule() {
        super(Flag.VEHICLE, ReferenceSource.VEHICLE);
    }

    @Override
    public Optional<String> evaluate(CheckedHousehold h, MonthContext c) {
        List<String> found = new ArrayList<>();
        for (String key : h.members()) {
            for (ReferenceRow row : c.facts().of(ReferenceSource.VEHICLE, key)) {
                String type = row.text(Cols.VEHICLE_TYPE);
                if (!c.policy().exemptVehicleTypes().contains(type)) {
                    found.add(Evidence.person(key) + " 名下车辆 " + row.text(Cols.PLATE) + " ("
                            + (type.isEmpty() ? "类型空白" : type) + ")");
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(Evidence.join(found));
    }
}

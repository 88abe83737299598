package org.civilaffairs.reconcile.checks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.ingest.ReferenceSource.Cols;

/**
 * PROPERTY_OVER (房产超标): more than P residential (用途 = 住宅 exactly) properties, or any other one.
 * A property is one certificate number, so a flat co-owned by two members counts once.
 */
public final class PropertyOverRule extends BasicSourceRule {

    public PropertyOverRule() {
        super(Flag.PROPERTY_OVER, ReferenceSource.PROPERTY);
    }

    private static final String RESIDENTIAL = "住宅";

    @Override
    public Optional<String> evaluate(CheckedHousehold h, MonthContext c) {
        Map<String, String> useByCertificate = new LinkedHashMap<>();
        for (String key : h.members()) {
            for (ReferenceRow row : c.facts().of(ReferenceSource.PROPERTY, key)) {
                String certificate = row.text(Cols.CERTIFICATE);
                String id = certificate.isEmpty() ? "(无证号, 第 " + row.line() + " 行)" : certificate;
                String use = row.text(Cols.USE);
                useByCertificate.merge(id, use, (a, b) -> RESIDENTIAL.equals(a) ? b : a);
            }
        }
        if (useByCertificate.isEmpty()) {
            return Optional.empty(); // most households own nothing, and a limit is never negative (PolicyLoader)
        }
        long residential = useByCertificate.values().stream().filter(RESIDENTIAL::equals).count();
        Map<String, String> other = new LinkedHashMap<>(useByCertificate);
        other.values().removeIf(RESIDENTIAL::equals);
        int limit = c.policy().residentialPropertyLimit();
        if (residential <= limit && other.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("住宅 " + residential + " 套 (限 " + limit + " 套)");
        if (!other.isEmpty()) {
            text.append(", 非住宅 ").append(other.size()).append(" 处");
        }
        text.append(": ");
        useByCertificate.forEach((cert, use) -> text.append(cert).append(" (").append(use.isEmpty() ? "用途空白" : use).append(") "));
        return Optional.of(text.toString().strip());
    }
}

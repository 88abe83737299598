package org.civilaffairs.reconcile.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.ingest.ReferenceSource.Cols;
import org.civilaffairs.reconcile.policy.Program;

/**
 * DECEASED_MEMBER (死亡未销户): a member died before the first day of M — a death record dated
 * earlier, or the registry says 死亡 with an earlier status date or none. A death record without a
 * date raises nothing. Runs when either source exists.
 */
public final class DeceasedMemberRule implements Rule {

    @Override
    public Flag flag() {
        return Flag.DECEASED_MEMBER;
    }

    @Override
    public boolean appliesTo(Program program) {
        return true;
    }

    @Override
    public boolean canRun(ReferenceFacts facts) {
        return facts.has(ReferenceSource.DEATH) || facts.has(ReferenceSource.HUKOU);
    }

    @Override
    public Set<ReferenceSource> sources() {
        return Set.of(ReferenceSource.DEATH, ReferenceSource.HUKOU);
    }

    /** Whether a registry row says 死亡: the only registry rows this rule, and so the checks, read. */
    public static boolean dead(ReferenceRow registry) {
        return "死亡".equals(registry.text(Cols.POPULATION_STATUS));
    }

    @Override
    public Optional<String> evaluate(CheckedHousehold h, MonthContext c) {
        List<String> found = new ArrayList<>();
        for (String key : h.members()) {
            for (ReferenceRow death : c.facts().of(ReferenceSource.DEATH, key)) {
                if (death.date() != null && death.date().isBefore(h.firstDay())) {
                    found.add(Evidence.person(key) + " 死亡日期 " + death.date() + " (死亡登记第 " + death.line() + " 行)");
                }
            }
            for (ReferenceRow registry : c.facts().of(ReferenceSource.HUKOU, key)) {
                if (dead(registry) && (registry.date() == null || registry.date().isBefore(h.firstDay()))) {
                    found.add(Evidence.person(key) + " 户籍状态 死亡" + (registry.date() == null ? "" : " " + registry.date())
                            + " (户籍第 " + registry.line() + " 行)");
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(Evidence.join(found));
    }
}

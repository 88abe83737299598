package org.civilaffairs.reconcile.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.civilaffairs.reconcile.ingest.ReferenceSource;

/** Runs every rule of CONTRACT §6 that applies to a household and keeps the evidence. */
public final class HouseholdChecker {

    public static final List<Rule> RULES = List.of(new DeceasedMemberRule(), new IncomeOverRule(), new DepositOverRule(),
            new VehicleRule(), new PropertyOverRule(), new BusinessRule(), new PublicEmployeeRule(),
            new DuplicateEnrollmentRule(), new IdUnresolvedRule(), new AgeIneligibleRule(), new NoBasicEnrollmentRule());

    private HouseholdChecker() {
    }

    public static VerificationResult check(CheckedHousehold household, MonthContext context) {
        SortedMap<Flag, String> flags = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.appliesTo(household.program())) {
                continue;
            }
            if (!rule.canRun(context.facts())) {
                skipped.add(rule.flag().name());
                continue;
            }
            rule.sources().stream().filter(s -> !context.facts().has(s)).map(ReferenceSource::fileStem).sorted()
                    .forEach(s -> skipped.add(rule.flag().name() + ":" + s));
            Optional<String> evidence = rule.evaluate(household, context);
            evidence.ifPresent(e -> flags.put(rule.flag(), e));
        }
        return new VerificationResult(flags, household.program().isBasic(), skipped, context.facts().snapshots());
    }
}

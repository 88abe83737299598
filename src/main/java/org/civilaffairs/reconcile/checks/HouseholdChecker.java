package org.civilaffairs.reconcile.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.policy.Program;

/** Runs every rule of CONTRACT §6 that applies to a household and keeps the evidence. */
public final class HouseholdChecker {

    public static final List<Rule> RULES = List.of(new DeceasedMemberRule(), new IncomeOverRule(), new DepositOverRule(),
            new VehicleRule(), new PropertyOverRule(), new BusinessRule(), new PublicEmployeeRule(),
            new DuplicateEnrollmentRule(), new IdUnresolvedRule(), new AgeIneligibleRule(), new NoBasicEnrollmentRule());

    private HouseholdChecker() {
    }

    /**
     * The household's flags with their evidence; most households have none, and share one empty map
     * instead of holding their own while their partition's results wait to be written.
     */
    public static VerificationResult check(CheckedHousehold household, MonthContext context) {
        SortedMap<Flag, String> flags = Collections.emptySortedMap();
        for (Rule rule : RULES) {
            if (rule.appliesTo(household.program()) && rule.canRun(context.facts())) {
                Optional<String> evidence = rule.evaluate(household, context);
                if (evidence.isPresent()) {
                    flags = flags.isEmpty() ? new TreeMap<>() : flags;
                    flags.put(rule.flag(), evidence.get());
                }
            }
        }
        Program program = household.program();
        return new VerificationResult(flags, program.isBasic(), context.checksSkipped(program), context.facts().snapshots());
    }

    /**
     * What a verification of a program's household says besides its flags: it follows from the
     * program and the sources delivered only, so every household of a program shares it.
     */
    public static VerificationResult withFlags(Program program, ReferenceFacts facts, SortedMap<Flag, String> flags) {
        return new VerificationResult(flags, program.isBasic(), checksSkipped(program, facts), facts.snapshots());
    }

    /** The checks of the program's rules that cannot run, or run without one of their sources. */
    static List<String> checksSkipped(Program program, ReferenceFacts facts) {
        List<String> skipped = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.appliesTo(program)) {
                continue;
            }
            if (!rule.canRun(facts)) {
                skipped.add(rule.flag().name());
                continue;
            }
            rule.sources().stream().filter(s -> !facts.has(s)).map(ReferenceSource::fileStem).sorted()
                    .forEach(s -> skipped.add(rule.flag().name() + ":" + s));
        }
        return List.copyOf(skipped);
    }
}

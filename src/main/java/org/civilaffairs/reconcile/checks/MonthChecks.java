package org.civilaffairs.reconcile.checks;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civilaffairs.reconcile.identity.PersonKey;
import org.civilaffairs.reconcile.policy.Policy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Checks every household of a month against the references in force (家庭经济状况核对). */
@Service
public class MonthChecks {

    private static final Logger log = LoggerFactory.getLogger(MonthChecks.class);

    private final CheckStore store;
    private final ReferenceFactsLoader references;

    public MonthChecks(CheckStore store, ReferenceFactsLoader references) {
        this.store = store;
        this.references = references;
    }

    /** The month's households and their results under a policy, side by side. */
    public record Checked(List<CheckedHousehold> households, List<VerificationResult> results) {
    }

    /** Checks every household of the month and writes the results; returns how many. */
    public int check(YearMonth month, Policy policy) {
        Checked checked = evaluate(month, policy);
        long start = System.nanoTime();
        store.save(month, checked.households(), checked.results());
        log.info("{}: wrote {} households' results in {} ms", month, checked.households().size(),
                (System.nanoTime() - start) / 1_000_000);
        return checked.households().size();
    }

    /** Checks every household of the month under a policy without writing anything (also what {@code simulate} runs). */
    public Checked evaluate(YearMonth month, Policy policy) {
        long start = System.nanoTime();
        List<CheckedHousehold> households = store.households(month);
        Enrollments enrollments = new Enrollments();
        Set<String> resolvedKeys = new HashSet<>();
        for (CheckedHousehold h : households) {
            Enrollments.Enrollment enrollment = new Enrollments.Enrollment(h.street(), h.program(), h.householdId());
            for (String key : h.memberKeys()) {
                enrollments.add(key, enrollment);
                if (!PersonKey.isUnresolved(key)) {
                    resolvedKeys.add(key);
                }
            }
        }
        long read = System.nanoTime();
        MonthContext context = new MonthContext(policy, references.load(month, resolvedKeys), enrollments);
        long loaded = System.nanoTime();
        // The rules are pure and the context is read-only from here on: both cores share the households.
        List<VerificationResult> results = households.parallelStream().map(h -> HouseholdChecker.check(h, context)).toList();
        log.info("{}: checked {} households, {} flagged; ms: read {}, references {}, rules {}", month,
                households.size(), results.stream().filter(VerificationResult::flagged).count(), (read - start) / 1_000_000,
                (loaded - read) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
        return new Checked(households, results);
    }
}

package org.civilaffairs.reconcile.checks;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.civilaffairs.reconcile.identity.PersonKey;
import org.civilaffairs.reconcile.partition.StreetBucket;
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
    /** Partitions being evaluated in this process now, whatever ran them (a grid, a worker's consumers, simulate). */
    private final AtomicInteger evaluating = new AtomicInteger();

    public MonthChecks(CheckStore store, ReferenceFactsLoader references) {
        this.store = store;
        this.references = references;
    }

    /** A partition's streets, their households and the households' results under a policy, side by side. */
    public record Checked(List<String> streets, List<CheckedHousehold> households, List<VerificationResult> results) {
    }

    /** Checks every household of a partition's streets and writes their flags; returns how many. */
    public int check(StreetBucket part, Policy policy) {
        Checked checked = evaluate(part, policy);
        long start = System.nanoTime();
        store.saveFlags(part.month(), checked.streets(), checked.households(), checked.results());
        log.info("{}: wrote the flags of {} households in {} ms", part, checked.households().size(),
                (System.nanoTime() - start) / 1_000_000);
        return checked.households().size();
    }

    /** Checks a partition's households under a policy without writing anything (also what {@code simulate} runs). */
    public Checked evaluate(StreetBucket part, Policy policy) {
        evaluating.incrementAndGet();
        try {
            return evaluateCounted(part, policy);
        } finally {
            evaluating.decrementAndGet();
        }
    }

    private Checked evaluateCounted(StreetBucket part, Policy policy) {
        long start = System.nanoTime();
        YearMonth month = part.month();
        List<String> streets = store.streets(part);
        List<CheckedHousehold> households = store.households(month, streets);
        Set<String> resolvedKeys = new HashSet<>();
        for (CheckedHousehold h : households) {
            for (String key : h.members()) {
                if (!PersonKey.isUnresolved(key)) {
                    resolvedKeys.add(key);
                }
            }
        }
        Enrollments enrollments = store.sharedEnrollments(month, streets);
        long read = System.nanoTime();
        MonthContext context = new MonthContext(policy, references.load(month, resolvedKeys), enrollments);
        long loaded = System.nanoTime();
        List<VerificationResult> results = (sparesCores() ? households.parallelStream() : households.stream())
                .map(h -> HouseholdChecker.check(h, context)).toList();
        log.info("{}: checked {} households, {} flagged; ms: read {}, references {}, rules {}", part,
                households.size(), results.stream().filter(VerificationResult::flagged).count(), (read - start) / 1_000_000,
                (loaded - read) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
        return new Checked(streets, households, results);
    }

    /**
     * Whether fewer partitions are being evaluated than there are cores: then the rules (pure, over a
     * read-only context) spread a partition's households over the idle ones. With a partition per core
     * they do not, since sharing each partition's households as well only made each wait for the
     * other's share.
     */
    private boolean sparesCores() {
        return evaluating.get() < Runtime.getRuntime().availableProcessors();
    }

    /** After every partition of the month: what each program's verification says besides its flags. */
    public void close(YearMonth month) {
        store.saveProgramChecks(month, references.deliveries(month));
    }
}

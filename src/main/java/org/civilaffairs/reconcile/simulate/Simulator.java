package org.civilaffairs.reconcile.simulate;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.HashMap;
import org.civilaffairs.reconcile.checks.CheckedHousehold;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.checks.MonthChecks;
import org.civilaffairs.reconcile.identity.Household;
import org.civilaffairs.reconcile.indicators.IndicatorStore;
import org.civilaffairs.reconcile.indicators.IndicatorValue;
import org.civilaffairs.reconcile.indicators.ProgramHead;
import org.civilaffairs.reconcile.ingest.RosterStreets;
import org.civilaffairs.reconcile.ingest.StreetListChange;
import org.civilaffairs.reconcile.UsageError;
import org.civilaffairs.reconcile.job.MonthLedger;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.civilaffairs.reconcile.policy.Policy;
import org.springframework.stereotype.Service;

/**
 * Re-closes months under a draft policy in memory (what if the standard changes?): the checks run
 * on the staged households exactly as a close runs them, and the results are set beside the flags the
 * month was closed with. Nothing an analyst or an export reads is written.
 */
@Service
public class Simulator {

    private final MonthChecks checks;
    private final SimulationStore store;
    private final IndicatorStore indicators;
    private final MonthLedger ledger;
    private final RosterStreets rosterStreets;

    Simulator(MonthChecks checks, SimulationStore store, IndicatorStore indicators, MonthLedger ledger, RosterStreets rosterStreets) {
        this.checks = checks;
        this.store = store;
        this.indicators = indicators;
        this.ledger = ledger;
        this.rosterStreets = rosterStreets;
    }

    /** The closed months of a year, oldest first. */
    public List<YearMonth> closedMonths(int year) {
        return ledger.allAt(MonthLedger.CLOSED).stream().filter(m -> m.getYear() == year).toList();
    }

    /**
     * Simulates the asked months (each must be closed). Their years' indicators need every closed
     * month of the year under the draft, so those months are simulated too.
     */
    public Simulation simulate(List<YearMonth> asked, Policy draft) {
        List<YearMonth> closed = ledger.allAt(MonthLedger.CLOSED);
        for (YearMonth m : asked) {
            if (!closed.contains(m)) {
                throw new UsageError("month " + m + " is not closed: run it (or 'restart --last') before simulating it");
            }
            draft.requireStandards(m);
        }
        Set<Integer> years = new TreeSet<>();
        asked.forEach(m -> years.add(m.getYear()));
        List<HouseholdOutcome> households = new ArrayList<>();
        List<Simulation.IndicatorChange> changes = new ArrayList<>();
        List<StreetListChange> streets = new ArrayList<>();
        asked.forEach(m -> streets.addAll(rosterStreets.readOtherwise(m, draft)));
        for (int year : years) {
            Map<YearMonth, List<HouseholdOutcome>> simulated = new LinkedHashMap<>();
            for (YearMonth m : closedMonths(year)) {
                draft.requireStandards(m);
                simulated.put(m, outcomes(m, draft));
                if (asked.contains(m)) {
                    households.addAll(simulated.get(m));
                }
            }
            changes.addAll(indicatorChanges(year, draft, simulated));
        }
        return new Simulation(households, changes, streets);
    }

    private List<HouseholdOutcome> outcomes(YearMonth month, Policy draft) {
        MonthChecks.Checked checked = checks.evaluate(StreetBucket.wholeMonth(month), draft);
        Map<String, SortedMap<Flag, String>> closedFlags = store.closedFlags(month);
        List<HouseholdOutcome> out = new ArrayList<>();
        for (int i = 0; i < checked.households().size(); i++) {
            CheckedHousehold h = checked.households().get(i);
            SortedMap<Flag, String> before = closedFlags.getOrDefault(Household.key(h.street(), h.program().name(),
                    h.householdId()), new TreeMap<>());
            out.add(new HouseholdOutcome(month, h.street(), h.program(), h.householdId(), h.headKey(),
                    h.amount() == null ? BigDecimal.ZERO : h.amount(), before, checked.results().get(i).flags()));
        }
        return out;
    }

    private List<Simulation.IndicatorChange> indicatorChanges(int year, Policy draft,
                                                              Map<YearMonth, List<HouseholdOutcome>> simulated) {
        Set<YearMonth> inInbox = new TreeSet<>(indicators.months());
        Map<YearMonth, Set<ProgramHead>> nextHeads = new HashMap<>();
        simulated.keySet().stream().filter(m -> inInbox.contains(m.plusMonths(1)))
                .forEach(m -> nextHeads.put(m, indicators.basicHeads(m.plusMonths(1))));
        Map<String, IndicatorValue> before = new HashMap<>();
        indicators.of(year).forEach(v -> before.put(v.code(), v));
        Map<String, BigDecimal> targets = draft.targets().getOrDefault(year, Map.of());
        return DraftIndicators.compute(year, targets, indicators.districtRows(year), simulated, nextHeads).stream()
                .map(after -> new Simulation.IndicatorChange(year, after.code(), Optional.ofNullable(before.get(after.code())), after))
                .toList();
    }

    /** Records the simulation in the audit trail: the one write a simulation makes. */
    public void audit(String period, String draftPath, Policy draft, String format, String destination, int changed) {
        store.record(period, draftPath, draft.sha256(), format, destination, changed);
    }
}

package org.civilaffairs.reconcile.simulate;

import java.util.List;
import java.util.Optional;
import org.civilaffairs.reconcile.indicators.IndicatorValue;
import org.civilaffairs.reconcile.ingest.StreetListChange;

/**
 * What a draft policy would change: the households of the asked months with their flags before and
 * after, each indicator of their years before and after, and the streets of the asked months that
 * its street list reads otherwise.
 */
public record Simulation(List<HouseholdOutcome> households, List<IndicatorChange> indicators, List<StreetListChange> streets) {

    /** An indicator as closed (empty when the closed year had no target for it) and under the draft. */
    public record IndicatorChange(int year, String code, Optional<IndicatorValue> before, IndicatorValue after) {
    }

    public List<HouseholdOutcome> changed() {
        return households.stream().filter(h -> h.change().isPresent()).toList();
    }

    public List<ProgramSummary> summary() {
        return ProgramSummary.of(households);
    }
}

package org.civilaffairs.reconcile.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's policy (CONTRACT §8): effective-dated 低保 standards, asset limits, exempt
 * vehicle types, the street list with aliases, and yearly indicator targets.
 *
 * @param streetAliases every accepted street spelling mapped to its canonical name; empty when the
 *                      policy has no street list (then any street is accepted as written)
 * @param targets       year to indicator code to target, in the order the policy lists them
 * @param sha256        hash over the parsed content (not the text: a comment edit keeps it), so a month
 *                      closed under another policy is re-closed
 */
public record Policy(Map<Program.Standard, List<StandardPeriod>> standards,
                     BigDecimal depositLimitMonths,
                     int residentialPropertyLimit,
                     Set<String> exemptVehicleTypes,
                     Map<String, String> streetAliases,
                     Map<Integer, Map<String, BigDecimal>> targets,
                     String sha256) {

    /** A standard amount in force from a date on. */
    public record StandardPeriod(LocalDate from, BigDecimal amount) {
    }

    /** The standard in force on the first day of the month, if the policy has one. */
    public Optional<BigDecimal> standard(Program.Standard which, YearMonth month) {
        LocalDate firstDay = month.atDay(1);
        StandardPeriod inForce = null; // the latest start on or before the first day; of two alike, the first listed
        for (StandardPeriod p : standards.getOrDefault(which, List.of())) {
            if (!p.from().isAfter(firstDay) && (inForce == null || p.from().isAfter(inForce.from()))) {
                inForce = p;
            }
        }
        return inForce == null ? Optional.empty() : Optional.of(inForce.amount());
    }

    public BigDecimal standardFor(Program program, YearMonth month) {
        return standard(program.standard(), month).orElseThrow(() -> new PolicyException(
                "the policy has no " + program.standard().name().toLowerCase() + " standard in force on " + month.atDay(1)));
    }

    /** The canonical street for a spelling, or empty when the policy's street list does not know it. */
    public Optional<String> street(String written) {
        if (streetAliases.isEmpty()) {
            return Optional.of(written);
        }
        return Optional.ofNullable(streetAliases.get(written));
    }

    /** Stops a run before anything is written when a month to close has no standard. */
    public void requireStandards(YearMonth month) {
        for (Program.Standard which : Program.Standard.values()) {
            if (standard(which, month).isEmpty()) {
                throw new PolicyException("the policy has no " + which.name().toLowerCase()
                        + " standard in force on " + month.atDay(1) + ": add one under standards." + which.name().toLowerCase());
            }
        }
    }
}

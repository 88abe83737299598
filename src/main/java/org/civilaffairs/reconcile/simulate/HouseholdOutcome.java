package org.civilaffairs.reconcile.simulate;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.civilaffairs.reconcile.checks.Flag;
import org.civilaffairs.reconcile.labels.Labels;
import org.civilaffairs.reconcile.policy.Program;

/**
 * One household of a simulated month: its flags with their evidence under the policy in force
 * (as the month was closed) and under the draft.
 */
public record HouseholdOutcome(YearMonth month, String street, Program program, String householdId, String headKey,
                               BigDecimal amount, SortedMap<Flag, String> before, SortedMap<Flag, String> after) {

    /** How the draft changes a household's result; empty when its flags stay the same. */
    public enum Change {
        /** No flag before, some under the draft. */
        FLAGGED,
        /** Flags before, none under the draft. */
        CLEARED,
        /** Flagged both ways, with other flags. */
        CHANGED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Optional<Change> change() {
        if (before.keySet().equals(after.keySet())) {
            return Optional.empty();
        }
        return Optional.of(before.isEmpty() ? Change.FLAGGED : after.isEmpty() ? Change.CLEARED : Change.CHANGED);
    }

    /** Flags the draft raises that were not raised before. */
    public Set<Flag> raised() {
        Set<Flag> raised = EnumSet.noneOf(Flag.class);
        after.keySet().stream().filter(f -> !before.containsKey(f)).forEach(raised::add);
        return raised;
    }

    /** Flags raised before that the draft no longer raises. */
    public Set<Flag> dropped() {
        Set<Flag> dropped = EnumSet.noneOf(Flag.class);
        before.keySet().stream().filter(f -> !after.containsKey(f)).forEach(dropped::add);
        return dropped;
    }

    /**
     * Why the result changes, one clause per flag that comes or goes, with the rule's figures
     * (例: {@code INCOME_OVER 收入超标: 草案 人均收入 … > 标准 700.00 元 …; 之前 未标记}).
     */
    public String why() {
        List<String> clauses = new ArrayList<>();
        for (Flag f : raised()) {
            clauses.add(f.name() + " " + Labels.flag(f.name()) + ": 草案 " + after.get(f) + "; 之前 未标记");
        }
        for (Flag f : dropped()) {
            clauses.add(f.name() + " " + Labels.flag(f.name()) + ": 草案 不再成立; 之前 " + before.get(f));
        }
        return String.join(" | ", clauses);
    }

    /** The flag codes sorted and joined with {@code ;}, as in the {@code flags} export. */
    static String codes(Set<Flag> flags) {
        return String.join(";", flags.stream().map(Flag::name).sorted().toList());
    }
}

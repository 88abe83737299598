package org.civilaffairs.reconcile.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.policy.Program;

/** Who is enrolled where in the month: for duplicate enrollment and the BASIC-membership rule. */
public final class Enrollments {

    /** One household a person belongs to. */
    public record Enrollment(String street, Program program, String householdId) {
        @Override
        public String toString() {
            return street + "/" + program + "/" + householdId;
        }
    }

    private final Map<String, List<Enrollment>> byPerson = new HashMap<>();

    public void add(String personKey, Enrollment enrollment) {
        byPerson.computeIfAbsent(personKey, k -> new ArrayList<>()).add(enrollment);
    }

    /**
     * Orders each person's households by street, program and household ID (a database sorts them
     * slower), each once: the same household may have been added twice.
     */
    public void sort() {
        Comparator<Enrollment> order = Comparator.comparing(Enrollment::street).thenComparing(e -> e.program().name())
                .thenComparing(Enrollment::householdId);
        byPerson.replaceAll((person, households) -> households.stream().distinct().sorted(order).toList());
    }

    public List<Enrollment> of(String personKey) {
        return byPerson.getOrDefault(personKey, List.of());
    }

    public boolean inBasicHousehold(String personKey) {
        return of(personKey).stream().anyMatch(e -> e.program().isBasic());
    }
}

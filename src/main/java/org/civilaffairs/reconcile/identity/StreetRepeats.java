package org.civilaffairs.reconcile.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * For each program, how many times the street rows of the aggregates count a person twice: a person
 * in the households of k streets of one program counts once in each street's persons, k - 1 times
 * too many. Such a person is in two households, so the {@link SharedEnrollments} hold every one of
 * them (once under their own street); a COUNT(DISTINCT) of a city's million keys would sort them on
 * disk. Fed the shared enrollments, or the close's ranges of persons one after the other, each
 * range's persons forgotten once their counts are taken.
 */
final class StreetRepeats implements SharedEnrollments.Sink {

    /** Program, person, the streets of the person's households of the program. */
    private final Map<String, Map<String, Set<String>>> streets = new HashMap<>();
    private final Map<String, Integer> repeats = new TreeMap<>();

    @Override
    public void enrollment(String street, String personKey, String enrolledStreet, String program, String householdId) {
        if (enrolledStreet.equals(street)) {
            streets.computeIfAbsent(program, k -> new HashMap<>()).computeIfAbsent(personKey, k -> new HashSet<>(2)).add(street);
        }
    }

    /** The rows {person key, enrolled street, program, household} of a range by street, no person of which comes again. */
    void addRange(Map<String, List<String[]>> byStreet) {
        byStreet.forEach((street, rows) -> rows.forEach(r -> enrollment(street, r[0], r[1], r[2], r[3])));
        fold();
    }

    private void fold() {
        streets.forEach((program, persons) ->
                repeats.merge(program, persons.values().stream().mapToInt(s -> s.size() - 1).sum(), Integer::sum));
        streets.clear();
    }

    Map<String, Integer> perProgram() {
        fold();
        return repeats;
    }
}

package org.civilaffairs.reconcile.identity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a partition's roster persons can ask of the registry (户籍, CONTRACT §5): the name each
 * valid ID is registered under, and the people who can repair an ID: those named like a person
 * whose ID is broken, and those named like a valid ID's person and born the same day. Gathered in
 * the pass over the partition's rows, while each row's texts are in the processor's cache: built
 * afterwards from a map of the IDs, whose every entry is then a cache miss again, they were 5 % of
 * a resolve partition's samples.
 */
public final class RegistryQuestions {

    /** The birth days of a name written with a broken ID: a registry row of that name on any day can repair it. */
    private static final Set<String> ANY_DAY = Collections.unmodifiableSet(new HashSet<>());

    private final LocalDate latestBirth;
    /** The valid IDs, asked of each registry row. */
    private final IdTable<Boolean> validIds;
    /** The birth days (yyyyMMdd) of the valid IDs written with each name, or {@link #ANY_DAY}: one question of a row's name. */
    private final Map<String, Set<String>> birthDaysByName;

    /**
     * @param latestBirth the last day of the month: no one is born after it
     * @param expected    about how many rows will be added
     */
    public RegistryQuestions(LocalDate latestBirth, int expected) {
        this.latestBirth = latestBirth;
        this.validIds = new IdTable<>(expected);
        this.birthDaysByName = new HashMap<>(Registry.hashCapacity(expected));
    }

    /** A roster row that passed the row checks, its name and ID as staged. */
    public void add(String rawName, String idNumber) {
        String name = Names.normalize(rawName);
        Optional<String> valid = IdNumbers.valid(idNumber, latestBirth);
        if (valid.isPresent()) {
            String id = valid.get();
            validIds.putIfAbsent(id, Boolean.TRUE);
            birthDaysByName.compute(name, (k, days) -> days == ANY_DAY ? ANY_DAY : SmallSets.add(days, birthDay(id)));
        } else {
            birthDaysByName.put(name, ANY_DAY);
        }
    }

    /** Whether a registry row's person can be asked about under its ID: a valid roster ID. */
    boolean asksId(String id) {
        return id != null && validIds.containsKey(id);
    }

    /**
     * Whether a registry row can repair an ID: named like a broken ID's person, or like a valid ID's
     * and born that day ({@code id} null: a row without a valid ID, which only the first can use).
     */
    boolean asksName(String normalizedName, String id) {
        Set<String> days = birthDaysByName.get(normalizedName);
        return days == ANY_DAY || days != null && id != null && days.contains(birthDay(id));
    }

    int validIdCount() {
        return validIds.size();
    }

    private static String birthDay(String id) {
        return id.substring(6, 14);
    }
}

package org.civilaffairs.reconcile.extract;

import java.util.HashSet;
import java.util.Set;
import org.civilaffairs.reconcile.identity.Names;
import org.civilaffairs.reconcile.identity.RegistryLoader;
import org.civilaffairs.reconcile.ingest.Prefilter;
import org.civilaffairs.reconcile.ingest.WrittenPerson;

/**
 * Whom a month's rosters name, as far as a reference row can matter to them: the valid IDs, the
 * names written with a broken ID, and the name and birth day of each valid ID. It answers
 * "perhaps" for every row resolve or check of any partition of the month could keep (a superset:
 * each partition applies its exact rules to the extract), in a few bytes per person.
 */
public final class MonthPersons {

    private final Prefilter ids;
    private final Prefilter namedBirthDays;
    private final Set<String> brokenNames = new HashSet<>();

    public MonthPersons(int expected) {
        this.ids = new Prefilter(expected);
        this.namedBirthDays = new Prefilter(expected);
    }

    /** A roster row that passed the row checks. */
    void add(WrittenPerson person) {
        if (person.validId() != null) {
            ids.add(person.validId().hashCode());
            namedBirthDays.add(RegistryLoader.nameAndBirthDay(person.normalizedName(), person.validId()));
        } else {
            brokenNames.add(person.normalizedName());
        }
    }

    /** A person resolve may give a roster row as its key: a registry row it can repair an ID from. */
    public void addKey(String id) {
        ids.add(id.hashCode());
    }

    /** Whether a registry row can matter: its ID is a roster ID, or its name a broken ID's or a valid ID's born that day. */
    public boolean mayNeedRegistryRow(String candidateId, String name) {
        return mayNeedNormalized(candidateId, Names.normalize(name));
    }

    /** {@link #mayNeedRegistryRow} of a name already normalized, which a row asked of by several partitions is once. */
    boolean mayNeedNormalized(String candidateId, String normalizedName) {
        if (candidateId != null && (ids.mightContain(candidateId.hashCode())
                || namedBirthDays.mightContain(RegistryLoader.nameAndBirthDay(normalizedName, candidateId)))) {
            return true;
        }
        return brokenNames.contains(normalizedName);
    }

    /** The IDs that may be person keys, for the other sources' extracts. */
    public Prefilter keys() {
        return ids;
    }

    static boolean mayBeKey(Prefilter keys, String candidateId) {
        return candidateId != null && keys.mightContain(candidateId.hashCode());
    }
}

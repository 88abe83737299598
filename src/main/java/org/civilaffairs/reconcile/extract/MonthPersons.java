package org.civilaffairs.reconcile.extract;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.civilaffairs.reconcile.identity.IdNumbers;
import org.civilaffairs.reconcile.identity.Names;
import org.civilaffairs.reconcile.identity.RegistryLoader;
import org.civilaffairs.reconcile.ingest.Prefilter;

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
    private final LocalDate latestBirth;

    public MonthPersons(int expected, LocalDate latestBirth) {
        this.ids = new Prefilter(expected);
        this.namedBirthDays = new Prefilter(expected);
        this.latestBirth = latestBirth;
    }

    /** A roster row that passed the row checks: its name and ID as written. */
    public void addRosterPerson(String name, String idNumber) {
        String normalized = Names.normalize(name);
        Optional<String> valid = IdNumbers.valid(idNumber, latestBirth);
        if (valid.isPresent()) {
            ids.add(valid.get().hashCode());
            namedBirthDays.add(RegistryLoader.nameAndBirthDay(normalized, valid.get()));
        } else {
            brokenNames.add(normalized);
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

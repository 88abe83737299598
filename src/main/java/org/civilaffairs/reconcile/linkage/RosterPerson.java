package org.civilaffairs.reconcile.linkage;

import org.civilaffairs.reconcile.identity.Household;

/**
 * One loaded roster row as linkage sees it: where it is ({@code file}, {@code line} as in the
 * rejects export), its household, its community, its name and ID as compared, and the person key
 * identity resolution gave it, and its household's key. A resolved key is the ID compared; an unresolved one ({@code U:})
 * leaves the ID as typed.
 */
record RosterPerson(String file, long line, String street, String program, String householdId, String community,
                    PersonName name, IdFragments id, String personKey, String household) {

    static RosterPerson of(String file, long line, String street, String program, String householdId, String community,
                           String name, String idAsTyped, String personKey) {
        String compared = personKey.startsWith("U:") ? idAsTyped : personKey;
        return new RosterPerson(file, line, street, program, householdId, community == null ? "" : community.strip(),
                PersonName.of(name), IdFragments.of(compared), personKey, Household.key(street, program, householdId));
    }
}

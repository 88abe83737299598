package org.civilaffairs.reconcile.linkage;

import java.util.HashMap;
import java.util.Map;
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
        return of(new Shared(), file, line, street, program, householdId, community, name, idAsTyped, personKey);
    }

    /** As the other {@code of}, with the values equal rows share taken from {@code shared}. */
    static RosterPerson of(Shared shared, String file, long line, String street, String program, String householdId,
                           String community, String name, String idAsTyped, String personKey) {
        String compared = personKey.startsWith("U:") ? idAsTyped : personKey;
        String household = shared.text(Household.key(street, program, householdId));
        return new RosterPerson(file, line, street, program, shared.text(householdId),
                shared.text(community == null ? "" : community.strip()), shared.name(name), IdFragments.of(compared), personKey,
                household);
    }

    /**
     * The values the rows of a month share: a city month is a million rows of a few hundred thousand
     * names (each read once into its pinyin) and households of one or two rows each.
     */
    static final class Shared {
        private final Map<String, PersonName> names = new HashMap<>();
        private final Map<String, String> texts = new HashMap<>();

        PersonName name(String raw) {
            return names.computeIfAbsent(raw, PersonName::of);
        }

        String text(String value) {
            return texts.computeIfAbsent(value, v -> v);
        }
    }
}

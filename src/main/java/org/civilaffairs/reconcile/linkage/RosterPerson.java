package org.civilaffairs.reconcile.linkage;

/**
 * One loaded roster row as linkage sees it: where it is ({@code file}, {@code line} as in the
 * rejects export), its household, its community, its name and ID as compared, and the person key
 * identity resolution gave it. A resolved key is the ID compared; an unresolved one ({@code U:})
 * leaves the ID as typed. Read out of a {@link LinkageMonth} for the rows that become suspects.
 */
record RosterPerson(String file, long line, String street, String program, String householdId, String community,
                    PersonName name, IdFragments id, String personKey) {
}

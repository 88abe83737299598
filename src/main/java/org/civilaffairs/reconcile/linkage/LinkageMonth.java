package org.civilaffairs.reconcile.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.civilaffairs.reconcile.identity.ValidIds;
import org.civilaffairs.reconcile.policy.Program;

/**
 * What linkage knows of a month: its loaded roster rows (by index), each row's household, each
 * household's members, and who each household held in M−1 under which name (the longitudinal
 * evidence). Held as columns (about 200 bytes a loaded row at 4M, most of it the distinct names, the
 * household IDs and the members' arrays), so that a month of millions of rows fits a worker's heap: texts that rows share (files, streets, communities, names) are stored once, and a
 * person key that is a valid ID is a number from which the key and the compared ID are read back.
 * Looked up by index so that comparing a pair costs no hashing.
 */
final class LinkageMonth {

    private final String month;
    private final int size;
    private final String[] files;
    private final int[] fileOf;
    private final int[] lineOf;
    private final String[] streets;
    private final int[] streetOf;
    private final Program[] programOf;
    private final String[] communities;
    private final int[] communityOf;
    private final PersonName[] names;
    private final int[] nameOf;
    /** A person key that is a valid ID as {@link ValidIds#pack}; else {@code -1 - k}, the k-th of {@link #otherKeys}. */
    private final long[] personOf;
    private final String[] otherKeys;
    /**
     * The ID compared for a row whose person key is one of {@link #otherKeys}, by row (null for the
     * others): read for each member of a household for each of its rows, so an array, not a map of
     * boxed row numbers.
     */
    private final IdFragments[] otherIds;
    private final int[] householdOf;
    private final String[] householdIds;
    private final int[][] members;
    /** The person the row's household held in M−1 under the row's name (as {@link #personOf}), or {@link #NOBODY}. */
    private final long[] heldOf;

    private static final long NOBODY = Long.MIN_VALUE;

    private LinkageMonth(Builder b) {
        this.month = b.month;
        this.size = b.size;
        this.files = b.files.values(String[]::new);
        this.fileOf = b.fileOf;
        this.lineOf = b.lineOf;
        this.streets = b.streets.values(String[]::new);
        this.streetOf = b.streetOf;
        this.programOf = b.programOf;
        this.communities = b.communities.values(String[]::new);
        this.communityOf = b.communityOf;
        this.names = b.names.values(PersonName[]::new);
        this.nameOf = b.nameOf;
        this.personOf = b.personOf;
        this.otherKeys = b.otherKeys.values(String[]::new);
        this.otherIds = b.otherIds;
        this.householdOf = b.householdOf;
        this.householdIds = b.householdIds.toArray(String[]::new);
        this.members = b.members();
        this.heldOf = b.heldOf;
    }

    static Builder builder(String month) {
        return new Builder(month);
    }

    private static int[][] membersOf(int[] householdOf, int size, int households) {
        int[] sizes = new int[households];
        for (int i = 0; i < size; i++) {
            sizes[householdOf[i]]++;
        }
        int[][] members = new int[households][];
        for (int h = 0; h < households; h++) {
            members[h] = new int[sizes[h]];
            sizes[h] = 0;
        }
        for (int i = 0; i < size; i++) {
            int h = householdOf[i];
            members[h][sizes[h]++] = i;
        }
        return members;
    }

    String month() {
        return month;
    }

    int size() {
        return size;
    }

    /** Row i as a whole, for the few rows that become suspects. */
    RosterPerson row(int i) {
        return new RosterPerson(files[fileOf[i]], lineOf[i], streets[streetOf[i]], programOf[i].name(),
                householdIds[householdOf[i]], communities[communityOf[i]], name(i), id(i), personKey(i));
    }

    PersonName name(int i) {
        return names[nameOf[i]];
    }

    /** The ID compared: the person key when it is a valid ID, else the ID as typed. */
    IdFragments id(int i) {
        long person = personOf[i];
        return person >= 0 ? IdFragments.valid(ValidIds.chars(person)) : otherIds[i];
    }

    /**
     * Whether row i's compared ID is whole and the same as row m's ({@link IdFragments#sameAs}): of
     * two valid IDs, whether they are one number, without reading either back.
     */
    boolean sameId(int i, int m) {
        return personOf[i] >= 0 && personOf[m] >= 0 ? personOf[i] == personOf[m] : id(i).sameAs(id(m));
    }

    String personKey(int i) {
        long person = personOf[i];
        return person >= 0 ? ValidIds.unpack(person) : otherKeys[(int) (-1 - person)];
    }

    String community(int i) {
        return communities[communityOf[i]];
    }

    /** Identity resolution could not read row i's ID: its key is {@code U:name|raw}. */
    boolean unresolved(int i) {
        long person = personOf[i];
        return person < 0 && otherKeys[(int) (-1 - person)].startsWith("U:");
    }

    /** What identity resolution says of rows i and j: one person, two, or nothing (one of them unresolved). */
    FellegiSunter.Known known(int i, int j) {
        if (personOf[i] == personOf[j]) {
            return FellegiSunter.Known.SAME_PERSON;
        }
        return unresolved(i) || unresolved(j) ? FellegiSunter.Known.NOTHING : FellegiSunter.Known.TWO_PERSONS;
    }

    /** Row i's household, a number of this month's. */
    int household(int i) {
        return householdOf[i];
    }

    boolean sameHousehold(int i, int j) {
        return householdOf[i] == householdOf[j];
    }

    /**
     * Rows i and j could be a duplicate enrollment the contract's rules missed: different person keys
     * and programs that CONTRACT §6 counts as one (the same, or two BASIC; TEMP_RELIEF never).
     */
    boolean mayBeMissedDuplicate(int i, int j) {
        Program a = programOf[i];
        Program b = programOf[j];
        return personOf[i] != personOf[j] && a != Program.TEMP_RELIEF && b != Program.TEMP_RELIEF
                && (a == b || a.isBasic() && b.isBasic());
    }

    /** The rows of row i's household, itself included. */
    int[] members(int i) {
        return members[householdOf[i]];
    }

    /** Last month, row i's household held row j's person under row i's name. */
    boolean heldLastMonth(int i, int j) {
        return heldOf[i] == personOf[j];
    }

    /** Collects a month's rows, in the order they are read, into columns. */
    static final class Builder {
        private final String month;
        private int size;
        private final Distinct<String> files = Distinct.texts();
        private final Distinct<String> streets = Distinct.texts();
        private final Distinct<String> communities = Distinct.texts();
        private final Distinct<String> otherKeys = Distinct.texts();
        /** By the name as typed: spellings that read the same share one number. */
        private final Distinct<PersonName> names = new Distinct<>(PersonName::of);
        /** Household number by street and program, then by household ID. */
        private final Map<String, Map<String, Integer>> households = new HashMap<>();
        private final List<String> householdIds = new ArrayList<>();
        private int[] fileOf = new int[1024];
        private int[] lineOf = new int[1024];
        private int[] streetOf = new int[1024];
        private Program[] programOf = new Program[1024];
        private int[] communityOf = new int[1024];
        private int[] nameOf = new int[1024];
        private long[] personOf = new long[1024];
        private IdFragments[] otherIds = new IdFragments[1024];
        private int[] householdOf = new int[1024];
        private long[] heldOf;
        private int[][] members;

        private Builder(String month) {
            this.month = month;
        }

        /**
         * One loaded roster row: where it is ({@code file}, {@code line} as in the rejects export), its
         * household, community, name and ID as typed, and the person key identity resolution gave it.
         */
        Builder add(String file, long line, String street, String program, String householdId, String community, String name,
                    String idAsTyped, String personKey) {
            grow();
            int i = size++;
            fileOf[i] = files.index(file);
            lineOf[i] = Math.toIntExact(line);
            streetOf[i] = streets.index(street);
            programOf[i] = Program.valueOf(program);
            communityOf[i] = communities.index(community == null ? "" : community.strip());
            nameOf[i] = names.index(name);
            householdOf[i] = households.computeIfAbsent(streetAndProgram(street, program), k -> new HashMap<>())
                    .computeIfAbsent(householdId, id -> {
                        householdIds.add(id);
                        return householdIds.size() - 1;
                    });
            personOf[i] = person(personKey);
            if (personOf[i] < 0) {
                otherIds[i] = IdFragments.of(personKey.startsWith("U:") ? idAsTyped : personKey);
            }
            return this;
        }

        private long person(String personKey) {
            long valid = ValidIds.pack(personKey);
            return valid >= 0 ? valid : -1 - otherKeys.index(personKey);
        }

        /**
         * One loaded row of M−1, after every row of the month: the household, if it is one of the
         * month's, held this person under this name (the last row of a name counts).
         */
        Builder heldLastMonth(String street, String program, String householdId, String name, String personKey) {
            Map<String, Integer> ids = households.get(streetAndProgram(street, program));
            Integer household = ids == null ? null : ids.get(householdId);
            if (household != null) {
                String bare = PersonName.bare(name);
                for (int i : members()[household]) {
                    if (names.value(nameOf[i]).bare().equals(bare)) {
                        heldOf[i] = person(personKey);
                    }
                }
            }
            return this;
        }

        private static String streetAndProgram(String street, String program) {
            return street + '\u0000' + program;
        }

        /** The rows of each household, made once every row of the month is in. */
        private int[][] members() {
            if (members == null) {
                members = membersOf(householdOf, size, householdIds.size());
                heldOf = new long[size];
                Arrays.fill(heldOf, NOBODY);
            }
            return members;
        }

        private void grow() {
            if (size == fileOf.length) {
                int n = size * 2;
                fileOf = Arrays.copyOf(fileOf, n);
                lineOf = Arrays.copyOf(lineOf, n);
                streetOf = Arrays.copyOf(streetOf, n);
                programOf = Arrays.copyOf(programOf, n);
                communityOf = Arrays.copyOf(communityOf, n);
                nameOf = Arrays.copyOf(nameOf, n);
                personOf = Arrays.copyOf(personOf, n);
                otherIds = Arrays.copyOf(otherIds, n);
                householdOf = Arrays.copyOf(householdOf, n);
            }
        }

        LinkageMonth build() {
            members();
            return new LinkageMonth(this);
        }
    }

    /** Distinct values by their text, each numbered once in the order first seen. */
    private static final class Distinct<T> {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<T> values = new ArrayList<>();
        private final Function<String, T> value;

        Distinct(Function<String, T> value) {
            this.value = value;
        }

        static Distinct<String> texts() {
            return new Distinct<>(Function.identity());
        }

        int index(String text) {
            return index.computeIfAbsent(text, t -> {
                values.add(value.apply(t));
                return values.size() - 1;
            });
        }

        T value(int number) {
            return values.get(number);
        }

        T[] values(IntFunction<T[]> array) {
            return values.toArray(array.apply(0));
        }
    }
}

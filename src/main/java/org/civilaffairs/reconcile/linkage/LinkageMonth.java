package org.civilaffairs.reconcile.linkage;

import java.util.Arrays;
import org.civilaffairs.reconcile.identity.Names;
import org.civilaffairs.reconcile.identity.ValidIds;
import org.civilaffairs.reconcile.policy.Program;

/**
 * What linkage knows of a month: its loaded roster rows (by index), each row's household, each
 * household's members, and who each household held in M−1 under which name (the longitudinal
 * evidence). Held as columns of numbers, so that a month of millions of rows fits a worker's heap:
 * texts (files, streets, communities, names, household IDs) are numbered in {@link TextPool}s and
 * stored once, a name's sound is kept as its blocking hash, the households' members are one array,
 * and a person key that is a valid ID is a number from which the key and the compared ID are read
 * back. Looked up by index so that comparing a pair costs no hashing.
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
    /** Normalized names (CONTRACT §5). */
    private final TextPool names;
    /** By name: its sound, as {@link Blocking#sound}. */
    private final long[] soundOf;
    private final int[] nameOf;
    /** A person key that is a valid ID as {@link ValidIds#pack}; else {@code -1 - k}, the k-th of {@link #otherKeys}. */
    private final long[] personOf;
    private final TextPool otherKeys;
    /**
     * The ID compared for a row whose person key is one of {@link #otherKeys}, by row (null for the
     * others): read for each member of a household for each of its rows, so an array, not a map of
     * boxed row numbers.
     */
    private final IdFragments[] otherIds;
    private final int[] householdOf;
    /** Household IDs, tagged with their street and program. */
    private final TextPool householdIds;
    /** The rows of household h are {@code memberRows[memberStart[h], memberStart[h + 1])}. */
    private final int[] memberStart;
    private final int[] memberRows;
    /** The person the row's household held in M−1 under the row's name (as {@link #personOf}), or {@link #NOBODY}. */
    private final long[] heldOf;

    private static final long NOBODY = Long.MIN_VALUE;

    private LinkageMonth(Builder b) {
        this.month = b.month;
        this.size = b.size;
        b.members();
        this.files = b.files.texts();
        this.fileOf = fit(b.fileOf, size);
        this.lineOf = fit(b.lineOf, size);
        this.streets = b.streets.texts();
        this.streetOf = fit(b.streetOf, size);
        this.programOf = fit(b.programOf, size);
        this.communities = b.communities.texts();
        this.communityOf = fit(b.communityOf, size);
        this.names = b.names.freeze();
        this.soundOf = Arrays.copyOf(b.soundOf, names.size());
        this.nameOf = fit(b.nameOf, size);
        this.personOf = fit(b.personOf, size);
        this.otherKeys = b.otherKeys.freeze();
        this.otherIds = fit(b.otherIds, size);
        this.householdOf = fit(b.householdOf, size);
        this.householdIds = b.households.freeze();
        this.memberStart = b.memberStart;
        this.memberRows = b.memberRows;
        this.heldOf = b.heldOf;
    }

    /** The column itself when it is the month's size, else a copy of its rows. */
    private static int[] fit(int[] column, int size) {
        return column.length == size ? column : Arrays.copyOf(column, size);
    }

    private static long[] fit(long[] column, int size) {
        return column.length == size ? column : Arrays.copyOf(column, size);
    }

    private static <T> T[] fit(T[] column, int size) {
        return column.length == size ? column : Arrays.copyOf(column, size);
    }

    static Builder builder(String month) {
        return builder(month, 0);
    }

    /**
     * A builder whose columns are made at the month's size when it is known beforehand, so that
     * they are neither grown nor trimmed: a copy of every column fewer while the month is read.
     */
    static Builder builder(String month, int expectedRows) {
        return new Builder(month, expectedRows);
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
                householdIds.text(householdOf[i]), communities[communityOf[i]], name(i), id(i), personKey(i));
    }

    PersonName name(int i) {
        return PersonName.normalized(names.text(nameOf[i]));
    }

    /** {@code h} folded with each character of row i's bare name, as {@code fold} does, without making the name. */
    long foldBareName(int i, long h, LongCharFold fold) {
        int k = nameOf[i];
        for (int at = 0; at < names.length(k); at++) {
            char c = names.charAt(k, at);
            if (c != PersonName.SEPARATOR) {
                h = fold.fold(h, c);
            }
        }
        return h;
    }

    /** A hash's step over one more character. */
    interface LongCharFold {
        long fold(long h, char c);
    }

    /** How close rows i and j's names are: one normalized name is one number, which needs no comparing. */
    PersonName.Level compareNames(int i, int j) {
        return nameOf[i] == nameOf[j] ? PersonName.Level.EXACT : name(i).compare(name(j));
    }

    /** Row i's name's sound as {@link Blocking#sound}: equal for names whose pinyin is, and rarely for others. */
    long sound(int i) {
        return soundOf[nameOf[i]];
    }

    /** Whether rows i and j's names have one pinyin. */
    boolean soundAlike(int i, int j) {
        return nameOf[i] == nameOf[j] || sound(i) == sound(j) && name(i).pinyin().equals(name(j).pinyin());
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
        return person >= 0 ? ValidIds.unpack(person) : otherKeys.text((int) (-1 - person));
    }

    String community(int i) {
        return communities[communityOf[i]];
    }

    /** Identity resolution could not read row i's ID: its key is {@code U:name|raw}. */
    boolean unresolved(int i) {
        long person = personOf[i];
        return person < 0 && otherKeys.startsWith((int) (-1 - person), "U:");
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

    /** How many rows row i's household has, itself included. */
    int memberCount(int i) {
        int h = householdOf[i];
        return memberStart[h + 1] - memberStart[h];
    }

    /** The k-th row of row i's household (k &lt; {@link #memberCount}), in row order. */
    int member(int i, int k) {
        return memberRows[memberStart[householdOf[i]] + k];
    }

    /** Last month, row i's household held row j's person under row i's name. */
    boolean heldLastMonth(int i, int j) {
        return heldOf[i] == personOf[j];
    }

    /** Collects a month's rows, in the order they are read, into columns. */
    static final class Builder {
        private final String month;
        private int size;
        private final TextPool files = new TextPool();
        private final TextPool streets = new TextPool();
        private final TextPool communities = new TextPool();
        private final TextPool otherKeys = new TextPool();
        /** By the name normalized: spellings that read the same share one number. */
        private final TextPool names = new TextPool();
        private long[] soundOf = new long[1024];
        /** Household IDs tagged by {@link #streetAndProgram}. */
        private final TextPool households = new TextPool();
        private int[] fileOf;
        private int[] lineOf;
        private int[] streetOf;
        private Program[] programOf;
        private int[] communityOf;
        private int[] nameOf;
        private long[] personOf;
        private IdFragments[] otherIds;
        private int[] householdOf;
        private long[] heldOf;
        private int[] memberStart;
        private int[] memberRows;

        private Builder(String month, int expectedRows) {
            this.month = month;
            int n = Math.max(expectedRows, 1024);
            fileOf = new int[n];
            lineOf = new int[n];
            streetOf = new int[n];
            programOf = new Program[n];
            communityOf = new int[n];
            nameOf = new int[n];
            personOf = new long[n];
            otherIds = new IdFragments[n];
            householdOf = new int[n];
        }

        /**
         * One loaded roster row: where it is ({@code file}, {@code line} as in the rejects export), its
         * household, community, name and ID as typed, and the person key identity resolution gave it.
         */
        Builder add(String file, long line, String street, String program, String householdId, String community, String name,
                    String idAsTyped, String personKey) {
            grow();
            int i = size++;
            fileOf[i] = files.index(0, file);
            lineOf[i] = Math.toIntExact(line);
            streetOf[i] = streets.index(0, street);
            programOf[i] = Program.valueOf(program);
            communityOf[i] = communities.index(0, community == null ? "" : community.strip());
            nameOf[i] = name(name);
            householdOf[i] = households.index(streetAndProgram(streetOf[i], programOf[i]), householdId);
            personOf[i] = person(personKey);
            if (personOf[i] < 0) {
                otherIds[i] = IdFragments.of(personKey.startsWith("U:") ? idAsTyped : personKey);
            }
            return this;
        }

        private int name(String raw) {
            int known = names.size();
            int k = names.index(0, Names.normalize(raw));
            if (k == known) {
                soundOf = k < soundOf.length ? soundOf : Arrays.copyOf(soundOf, k * 2);
                soundOf[k] = Blocking.sound(PersonName.normalized(names.text(k)));
            }
            return k;
        }

        private long person(String personKey) {
            long valid = ValidIds.pack(personKey);
            return valid >= 0 ? valid : -1 - otherKeys.index(0, personKey);
        }

        /**
         * One loaded row of M−1, after every row of the month: the household, if it is one of the
         * month's, held this person under this name (the last row of a name counts).
         */
        Builder heldLastMonth(String street, String program, String householdId, String name, String personKey) {
            int s = streets.find(0, street);
            int household = s < 0 ? -1 : households.find(streetAndProgram(s, Program.valueOf(program)), householdId);
            if (household >= 0) {
                members();
                String bare = PersonName.bare(name);
                for (int k = memberStart[household]; k < memberStart[household + 1]; k++) {
                    int i = memberRows[k];
                    if (PersonName.normalized(names.text(nameOf[i])).bare().equals(bare)) {
                        heldOf[i] = person(personKey);
                    }
                }
            }
            return this;
        }

        private static int streetAndProgram(int street, Program program) {
            return street * Program.values().length + program.ordinal();
        }

        /** The rows of each household (a counting sort by household), made once every row of the month is in. */
        private void members() {
            if (memberStart != null) {
                return;
            }
            memberStart = new int[households.size() + 1];
            for (int i = 0; i < size; i++) {
                memberStart[householdOf[i] + 1]++;
            }
            for (int h = 0; h < households.size(); h++) {
                memberStart[h + 1] += memberStart[h];
            }
            memberRows = new int[size];
            int[] next = Arrays.copyOf(memberStart, households.size());
            for (int i = 0; i < size; i++) {
                memberRows[next[householdOf[i]]++] = i;
            }
            heldOf = new long[size];
            Arrays.fill(heldOf, NOBODY);
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
            return new LinkageMonth(this);
        }
    }
}

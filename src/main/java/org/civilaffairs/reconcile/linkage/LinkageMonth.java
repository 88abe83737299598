package org.civilaffairs.reconcile.linkage;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import org.civilaffairs.reconcile.columns.ColumnSpace;
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
 * back. Looked up by index so that comparing a pair costs no hashing. The columns are buffers of a
 * {@link ColumnSpace}: heap arrays, or files mapped to memory for a month too large for the heap.
 */
final class LinkageMonth {

    private final String month;
    private final int size;
    private final String[] files;
    private final IntBuffer fileOf;
    private final IntBuffer lineOf;
    private final String[] streets;
    private final IntBuffer streetOf;
    /** By row: its program's ordinal. */
    private final ByteBuffer programOf;
    private final String[] communities;
    private final IntBuffer communityOf;
    /** Normalized names (CONTRACT §5). */
    private final TextPool names;
    /** By name: its sound, as {@link Blocking#sound}. */
    private final LongBuffer soundOf;
    private final IntBuffer nameOf;
    /** A person key that is a valid ID as {@link ValidIds#pack}; else {@code -1 - k}, the k-th of {@link #otherKeys}. */
    private final LongBuffer personOf;
    private final TextPool otherKeys;
    /**
     * The ID compared for a row whose person key is one of {@link #otherKeys}: by row, the number of
     * its ID in {@link #otherIds} ({@link IdFragments#WIDTH} characters each), -1 for the others.
     */
    private final IntBuffer otherIdOf;
    private final CharBuffer otherIds;
    private final IntBuffer householdOf;
    /** Household IDs, tagged with their street and program. */
    private final TextPool householdIds;
    /** The rows of household h are {@code memberRows[memberStart[h], memberStart[h + 1])}. */
    private final IntBuffer memberStart;
    private final IntBuffer memberRows;
    /** The person the row's household held in M−1 under the row's name (as {@link #personOf}), or {@link #NOBODY}. */
    private final LongBuffer heldOf;
    private final ColumnSpace space;

    private static final long NOBODY = Long.MIN_VALUE;
    private static final Program[] PROGRAMS = Program.values();

    private LinkageMonth(Builder b) {
        this.month = b.month;
        this.size = b.size;
        b.members();
        this.files = b.files.texts();
        this.fileOf = b.fileOf;
        this.lineOf = b.lineOf;
        this.streets = b.streets.texts();
        this.streetOf = b.streetOf;
        this.programOf = b.programOf;
        this.communities = b.communities.texts();
        this.communityOf = b.communityOf;
        this.names = b.names.freeze();
        this.soundOf = b.soundOf;
        this.nameOf = b.nameOf;
        this.personOf = b.personOf;
        this.otherKeys = b.otherKeys.freeze();
        this.otherIdOf = b.otherIdOf;
        this.otherIds = b.otherIds;
        this.householdOf = b.householdOf;
        this.householdIds = b.households.freeze();
        this.memberStart = b.memberStart;
        this.memberRows = b.memberRows;
        this.heldOf = b.heldOf;
        this.space = b.space;
    }

    static Builder builder(String month) {
        return builder(month, 0, ColumnSpace.HEAP);
    }

    /**
     * A builder whose columns are made at the month's size when it is known beforehand, so that
     * they are neither grown nor trimmed: a copy of every column fewer while the month is read.
     */
    static Builder builder(String month, int expectedRows, ColumnSpace space) {
        return new Builder(month, expectedRows, space);
    }

    String month() {
        return month;
    }

    int size() {
        return size;
    }

    /** Where the columns are: what else is made a row of this month goes there too. */
    ColumnSpace space() {
        return space;
    }

    /** Row i as a whole, for the few rows that become suspects. */
    RosterPerson row(int i) {
        return new RosterPerson(files[fileOf.get(i)], lineOf.get(i), streets[streetOf.get(i)], program(i).name(),
                householdIds.text(householdOf.get(i)), communities[communityOf.get(i)], name(i), id(i), personKey(i));
    }

    PersonName name(int i) {
        return PersonName.normalized(names.text(nameOf.get(i)));
    }

    /** {@code h} folded with each character of row i's bare name, as {@code fold} does, without making the name. */
    long foldBareName(int i, long h, LongCharFold fold) {
        int k = nameOf.get(i);
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
        return nameOf.get(i) == nameOf.get(j) ? PersonName.Level.EXACT : name(i).compare(name(j));
    }

    /** Row i's name's sound as {@link Blocking#sound}: equal for names whose pinyin is, and rarely for others. */
    long sound(int i) {
        return soundOf.get(nameOf.get(i));
    }

    /** Whether rows i and j's names have one pinyin. */
    boolean soundAlike(int i, int j) {
        return nameOf.get(i) == nameOf.get(j) || sound(i) == sound(j) && name(i).pinyin().equals(name(j).pinyin());
    }

    /** The ID compared: the person key when it is a valid ID, else the ID as typed. */
    IdFragments id(int i) {
        long person = personOf.get(i);
        return person >= 0 ? IdFragments.valid(ValidIds.chars(person)) : IdFragments.readFrom(otherIds, otherIdOf.get(i) * IdFragments.WIDTH);
    }

    /**
     * Whether row i's compared ID is whole and the same as row m's ({@link IdFragments#sameAs}): of
     * two valid IDs, whether they are one number, without reading either back.
     */
    boolean sameId(int i, int m) {
        long a = personOf.get(i);
        long b = personOf.get(m);
        return a >= 0 && b >= 0 ? a == b : id(i).sameAs(id(m));
    }

    String personKey(int i) {
        long person = personOf.get(i);
        return person >= 0 ? ValidIds.unpack(person) : otherKeys.text((int) (-1 - person));
    }

    String community(int i) {
        return communities[communityOf.get(i)];
    }

    /** Identity resolution could not read row i's ID: its key is {@code U:name|raw}. */
    boolean unresolved(int i) {
        long person = personOf.get(i);
        return person < 0 && otherKeys.startsWith((int) (-1 - person), "U:");
    }

    /** What identity resolution says of rows i and j: one person, two, or nothing (one of them unresolved). */
    FellegiSunter.Known known(int i, int j) {
        if (personOf.get(i) == personOf.get(j)) {
            return FellegiSunter.Known.SAME_PERSON;
        }
        return unresolved(i) || unresolved(j) ? FellegiSunter.Known.NOTHING : FellegiSunter.Known.TWO_PERSONS;
    }

    /** Row i's household, a number of this month's. */
    int household(int i) {
        return householdOf.get(i);
    }

    boolean sameHousehold(int i, int j) {
        return householdOf.get(i) == householdOf.get(j);
    }

    /**
     * Rows i and j could be a duplicate enrollment the contract's rules missed: different person keys
     * and programs that CONTRACT §6 counts as one (the same, or two BASIC; TEMP_RELIEF never).
     */
    boolean mayBeMissedDuplicate(int i, int j) {
        Program a = program(i);
        Program b = program(j);
        return personOf.get(i) != personOf.get(j) && a != Program.TEMP_RELIEF && b != Program.TEMP_RELIEF
                && (a == b || a.isBasic() && b.isBasic());
    }

    /** How many rows row i's household has, itself included. */
    int memberCount(int i) {
        int h = householdOf.get(i);
        return memberStart.get(h + 1) - memberStart.get(h);
    }

    /** The k-th row of row i's household (k &lt; {@link #memberCount}), in row order. */
    int member(int i, int k) {
        return memberRows.get(memberStart.get(householdOf.get(i)) + k);
    }

    /** Last month, row i's household held row j's person under row i's name. */
    boolean heldLastMonth(int i, int j) {
        return heldOf.get(i) == personOf.get(j);
    }

    private Program program(int i) {
        return PROGRAMS[programOf.get(i)];
    }

    /** Collects a month's rows, in the order they are read, into columns of its {@link ColumnSpace}. */
    static final class Builder {
        private final String month;
        private final ColumnSpace space;
        private int size;
        private final TextPool files = new TextPool();
        private final TextPool streets = new TextPool();
        private final TextPool communities = new TextPool();
        private final TextPool otherKeys;
        /** By the name normalized: spellings that read the same share one number. */
        private final TextPool names;
        private LongBuffer soundOf;
        /** Household IDs tagged by {@link #streetAndProgram}. */
        private final TextPool households;
        private IntBuffer fileOf;
        private IntBuffer lineOf;
        private IntBuffer streetOf;
        private ByteBuffer programOf;
        private IntBuffer communityOf;
        private IntBuffer nameOf;
        private LongBuffer personOf;
        private IntBuffer otherIdOf;
        private CharBuffer otherIds;
        private int otherIdCount;
        private IntBuffer householdOf;
        private LongBuffer heldOf;
        private IntBuffer memberStart;
        private IntBuffer memberRows;

        private Builder(String month, int expectedRows, ColumnSpace space) {
            this.month = month;
            this.space = space;
            otherKeys = new TextPool(space);
            names = new TextPool(space);
            households = new TextPool(space);
            soundOf = space.longs(1024);
            otherIds = space.chars(1024 * IdFragments.WIDTH);
            int n = Math.max(expectedRows, 1024);
            fileOf = space.ints(n);
            lineOf = space.ints(n);
            streetOf = space.ints(n);
            programOf = space.bytes(n);
            communityOf = space.ints(n);
            nameOf = space.ints(n);
            personOf = space.longs(n);
            otherIdOf = space.ints(n);
            householdOf = space.ints(n);
        }

        /**
         * One loaded roster row: where it is ({@code file}, {@code line} as in the rejects export), its
         * household, community, name and ID as typed, and the person key identity resolution gave it.
         */
        Builder add(String file, long line, String street, String program, String householdId, String community, String name,
                    String idAsTyped, String personKey) {
            grow();
            int i = size++;
            fileOf.put(i, files.index(0, file));
            lineOf.put(i, Math.toIntExact(line));
            int s = streets.index(0, street);
            streetOf.put(i, s);
            Program p = Program.valueOf(program);
            programOf.put(i, (byte) p.ordinal());
            communityOf.put(i, communities.index(0, community == null ? "" : community.strip()));
            nameOf.put(i, name(name));
            householdOf.put(i, households.index(streetAndProgram(s, p), householdId));
            long person = person(personKey);
            personOf.put(i, person);
            otherIdOf.put(i, person < 0 ? otherId(IdFragments.of(personKey.startsWith("U:") ? idAsTyped : personKey)) : -1);
            return this;
        }

        private int otherId(IdFragments id) {
            int k = otherIdCount++;
            if ((k + 1) * IdFragments.WIDTH > otherIds.capacity()) {
                otherIds = space.grown(otherIds, otherIds.capacity() * 2);
            }
            id.copyTo(otherIds, k * IdFragments.WIDTH);
            return k;
        }

        private int name(String raw) {
            int known = names.size();
            int k = names.index(0, Names.normalize(raw));
            if (k == known) {
                soundOf = k < soundOf.capacity() ? soundOf : space.grown(soundOf, k * 2);
                soundOf.put(k, Blocking.sound(PersonName.normalized(names.text(k))));
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
                for (int k = memberStart.get(household); k < memberStart.get(household + 1); k++) {
                    int i = memberRows.get(k);
                    if (PersonName.normalized(names.text(nameOf.get(i))).bare().equals(bare)) {
                        heldOf.put(i, person(personKey));
                    }
                }
            }
            return this;
        }

        private static int streetAndProgram(int street, Program program) {
            return street * PROGRAMS.length + program.ordinal();
        }

        /** The rows of each household (a counting sort by household), made once every row of the month is in. */
        private void members() {
            if (memberStart != null) {
                return;
            }
            int count = households.size();
            memberStart = space.ints(count + 1);
            for (int i = 0; i < size; i++) {
                int h = householdOf.get(i) + 1;
                memberStart.put(h, memberStart.get(h) + 1);
            }
            for (int h = 0; h < count; h++) {
                memberStart.put(h + 1, memberStart.get(h + 1) + memberStart.get(h));
            }
            memberRows = space.ints(size);
            IntBuffer next = space.grown(memberStart, count);
            for (int i = 0; i < size; i++) {
                int h = householdOf.get(i);
                int at = next.get(h);
                memberRows.put(at, i);
                next.put(h, at + 1);
            }
            heldOf = space.longs(size);
            for (int i = 0; i < size; i++) {
                heldOf.put(i, NOBODY);
            }
        }

        private void grow() {
            if (size == fileOf.capacity()) {
                int n = size * 2;
                fileOf = space.grown(fileOf, n);
                lineOf = space.grown(lineOf, n);
                streetOf = space.grown(streetOf, n);
                programOf = space.grown(programOf, n);
                communityOf = space.grown(communityOf, n);
                nameOf = space.grown(nameOf, n);
                personOf = space.grown(personOf, n);
                otherIdOf = space.grown(otherIdOf, n);
                householdOf = space.grown(householdOf, n);
            }
        }

        LinkageMonth build() {
            return new LinkageMonth(this);
        }
    }
}

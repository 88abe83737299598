package org.civilaffairs.reconcile.identity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civilaffairs.reconcile.ingest.AtomicFile;
import org.civilaffairs.reconcile.ingest.DataFiles;
import org.civilaffairs.reconcile.partition.StreetBucket;

/**
 * A roster's staged rows beside the archive, so that resolve reads them there instead of from the
 * database. Two kinds of file, each written whole or not at all:
 * <ul>
 * <li>the rows, written by ingest from the very values it stages, with the resolution it stored for
 * each (its guess, {@link StagedRow#guess}): per roster, one file for each group of streets (a
 * street's group is its hash's, of {@link #GROUPS}), so that a partition reads the rows of its
 * streets and few others even in a district-wide roster that names every street (disability
 * subsidies, old-age allowance), which each of a city's dozens of partitions read whole before;</li>
 * <li>per street of the roster, the rows whose resolution columns now differ from that guess: empty
 * from ingest, removed by resolve before it writes the street's outcomes and written again once they
 * are committed.</li>
 * </ul>
 * So a file present holds what the database holds, and a missing one (a roster staged by an earlier
 * release, a cleaned folder, a resolve stopped between its writes) means "read the staged rows".
 */
public final class StagedRowFiles {

    /** Raised when the layout below changes: an older file is then not found, and the staged rows read. */
    private static final String LAYOUT = "v2";
    /**
     * Files of a roster's rows at most: a district-wide roster's dozens of streets mostly each in
     * their own, while a roster of many made-up street texts keeps as many files open, and their
     * buffers, as this.
     */
    static final int GROUPS = 64;
    private static final int GROUP_BUFFER = 1 << 14;
    private static final int NAMES_PAIR = 1;
    private static final int HEAD = 2;
    private static final byte KEY_NULL = 0;
    private static final byte KEY_ID = 1;
    private static final byte KEY_TEXT = 2;

    private StagedRowFiles() {
    }

    /** Where the rows of a group of streets of the roster staged as file {@code fileId} of {@code month} live. */
    static Path rows(Path archiveDir, YearMonth month, long fileId, int group) {
        return folder(archiveDir, month).resolve("file-" + fileId + "-rows").resolve("group-" + group + "-" + LAYOUT + ".bin");
    }

    /**
     * The group of a street's rows: the top bits of its text's hash (fixed by the Java language, so
     * any run finds the same) times the golden ratio, which spread names that differ in a character.
     */
    static int group(String street) {
        return (street.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(GROUPS));
    }

    /** Where the resolution of the roster's rows of {@code street} that differs from ingest's guess lives. */
    static Path resolved(Path archiveDir, YearMonth month, long fileId, String street) {
        return folder(archiveDir, month).resolve("file-" + fileId + "-resolved").resolve(StreetFiles.name(street, LAYOUT));
    }

    private static Path folder(Path archiveDir, YearMonth month) {
        return archiveDir.resolve("extract").resolve(month.toString()).resolve("staged-rows");
    }

    /** Starts a roster's rows files; nothing is visible until {@link Output#commit}. */
    public static Output create(Path archiveDir, YearMonth month, long fileId) {
        return new Output(archiveDir, month, fileId);
    }

    /** A roster's rows being written, in line order, each to its street's group. */
    public static final class Output {
        private final Path archiveDir;
        private final YearMonth month;
        private final long fileId;
        private final GroupFile[] groups = new GroupFile[GROUPS];

        private Output(Path archiveDir, YearMonth month, long fileId) {
            this.archiveDir = archiveDir;
            this.month = month;
            this.fileId = fileId;
        }

        /** A staged row with the values bound for it and the resolution stored with it. */
        public void add(StagedRow row) {
            int group = group(row.street);
            if (groups[group] == null) {
                groups[group] = new GroupFile(AtomicFile.of(rows(archiveDir, month, fileId, group)));
            }
            groups[group].add(row);
        }

        /** Makes the rows visible, each of the roster's {@code streets} with its rows as ingest stored them. */
        public void commit(Collection<String> streets) {
            for (GroupFile group : groups) {
                if (group != null) {
                    group.close();
                }
            }
            for (String street : streets) {
                AtomicFile.write(resolved(archiveDir, month, fileId, street), o -> o.writeBoolean(false));
            }
            for (GroupFile group : groups) {
                if (group != null) {
                    group.file.commit();
                }
            }
        }
    }

    /** The rows of one group of a roster's streets, with the texts they repeat. */
    private static final class GroupFile {
        private final AtomicFile file;
        private final DataOutputStream out;
        private final RepeatedTexts.Out texts = new RepeatedTexts.Out();

        GroupFile(AtomicFile file) {
            this.file = file;
            try {
                this.out = DataFiles.writer(file.partial(), GROUP_BUFFER);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file.target(), e);
            }
        }

        void add(StagedRow row) {
            try {
                out.writeBoolean(true);
                texts.write(out, row.street);
                out.writeLong(row.line);
                out.writeByte((row.namesPair ? NAMES_PAIR : 0) | (row.head ? HEAD : 0));
                texts.write(out, row.program);
                texts.write(out, row.community);
                DataFiles.writeText(out, row.householdId);
                DataFiles.writeText(out, row.name);
                DataFiles.writeText(out, row.idNumber);
                texts.write(out, row.rowReject);
                amount(out, row.amount);
                amount(out, row.declaredIncome);
                StagedRow.Stored guess = row.guess;
                key(out, guess.key(), row.idNumber);
                texts.write(out, guess.method());
                texts.write(out, guess.outcome());
                texts.write(out, guess.reason());
                out.writeBoolean(guess.superseded());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file.target(), e);
            }
        }

        void close() {
            try {
                out.writeBoolean(false);
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file.target(), e);
            }
        }
    }

    /**
     * Adds the rows of {@code part}'s {@code streets} in roster {@code fileId}, as the staged rows hold
     * them; false, having added nothing, when a file of them is missing.
     */
    static boolean read(Path archiveDir, StreetBucket part, long fileId, Collection<String> streets, SharedTexts texts,
                        List<StagedRow> into) {
        YearMonth month = part.month();
        try {
            Map<Long, StagedRow.Stored> resolved = new HashMap<>();
            for (String street : streets) {
                readResolved(resolved(archiveDir, month, fileId, street), texts, resolved);
            }
            List<StagedRow> rows = new ArrayList<>();
            for (int group : new TreeSet<>(streets.stream().map(StagedRowFiles::group).toList())) {
                readGroup(rows(archiveDir, month, fileId, group), part, fileId, texts, resolved, rows);
            }
            into.addAll(rows);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder(archiveDir, month) + ": delete it to read the staged rows instead", e);
        }
    }

    /** Adds the rows of {@code part}'s streets in one group's file, passing over those of the group's other streets. */
    private static void readGroup(Path file, StreetBucket part, long fileId, SharedTexts texts,
                                  Map<Long, StagedRow.Stored> resolved, List<StagedRow> rows) throws IOException {
        RepeatedTexts.In repeated = new RepeatedTexts.In(texts);
        try (DataInputStream in = DataFiles.reader(file)) {
            while (in.readBoolean()) {
                String street = repeated.read(in);
                if (part.holds(street)) {
                    rows.add(row(in, fileId, street, repeated, resolved));
                } else {
                    skipRow(in, repeated);
                }
            }
        }
    }

    private static StagedRow row(DataInputStream in, long fileId, String street, RepeatedTexts.In repeated,
                                 Map<Long, StagedRow.Stored> resolved) throws IOException {
        long line = in.readLong();
        int flags = in.readByte();
        String program = repeated.read(in);
        String community = repeated.read(in);
        String householdId = DataFiles.readText(in);
        String name = DataFiles.readText(in);
        String id = DataFiles.readText(in);
        String reject = repeated.read(in);
        BigDecimal amount = amount(in);
        BigDecimal income = amount(in);
        StagedRow.Stored guess = new StagedRow.Stored(key(in, id), repeated.read(in), repeated.read(in), repeated.read(in),
                in.readBoolean());
        return new StagedRow(fileId, line, street, program, (flags & NAMES_PAIR) != 0, householdId, name, id,
                (flags & HEAD) != 0, amount, income, reject).inCommunity(community).guessed(guess)
                .withStored(resolved.isEmpty() ? guess : resolved.getOrDefault(line, guess)); // a first resolve boxes no line
    }

    /** Passes over a row of another partition's street, keeping the repeated texts it introduces. */
    private static void skipRow(DataInputStream in, RepeatedTexts.In repeated) throws IOException {
        in.skipNBytes(Long.BYTES + 1);
        repeated.read(in);
        repeated.read(in);
        for (int i = 0; i < 3; i++) {
            skipText(in);
        }
        repeated.read(in);
        skipAmount(in);
        skipAmount(in);
        if (in.readByte() == KEY_TEXT) {
            DataFiles.skipUTF(in);
        }
        for (int i = 0; i < 3; i++) {
            repeated.read(in);
        }
        in.skipNBytes(1);
    }

    /**
     * Writes, for each street of each roster among {@code rows} read from these files, the rows whose
     * resolution differs from ingest's guess; call once their outcomes are committed.
     */
    static void remember(Path archiveDir, YearMonth month, List<StagedRow> rows) {
        Map<Long, Map<String, List<StagedRow>>> differing = new TreeMap<>();
        for (StagedRow row : rows) {
            if (row.guess != null) {
                List<StagedRow> of = differing.computeIfAbsent(row.fileId, k -> new TreeMap<>())
                        .computeIfAbsent(row.street, k -> new ArrayList<>());
                if (!row.resolved().equals(row.guess)) {
                    of.add(row);
                }
            }
        }
        differing.forEach((fileId, streets) -> streets.forEach((street, changed) ->
                AtomicFile.write(resolved(archiveDir, month, fileId, street), out -> {
                    for (StagedRow row : changed) {
                        out.writeBoolean(true);
                        out.writeLong(row.line);
                        stored(out, row.resolved());
                    }
                    out.writeBoolean(false);
                })));
    }

    /** Removes what is known of the resolution of the streets of {@code rows}: call before their outcomes change. */
    static void forget(Path archiveDir, YearMonth month, List<StagedRow> rows) {
        Map<Long, Set<String>> streets = new TreeMap<>();
        rows.forEach(row -> streets.computeIfAbsent(row.fileId, k -> new HashSet<>()).add(row.street));
        streets.forEach((fileId, of) -> of.forEach(street -> AtomicFile.delete(resolved(archiveDir, month, fileId, street))));
    }

    /** The rows of a street whose resolution differs from ingest's guess, by line. */
    private static void readResolved(Path file, SharedTexts texts, Map<Long, StagedRow.Stored> into) throws IOException {
        try (DataInputStream in = DataFiles.reader(file, 1 << 12)) {
            while (in.readBoolean()) {
                long line = in.readLong();
                into.put(line, stored(in, texts));
            }
        }
    }

    /** The resolution columns of a row, in a street's file of the rows that differ from ingest's guess. */
    private static void stored(DataOutputStream out, StagedRow.Stored stored) throws IOException {
        DataFiles.writeText(out, stored.key());
        DataFiles.writeText(out, stored.method());
        out.writeUTF(stored.outcome());
        DataFiles.writeText(out, stored.reason());
        out.writeBoolean(stored.superseded());
    }

    private static StagedRow.Stored stored(DataInputStream in, SharedTexts texts) throws IOException {
        return new StagedRow.Stored(DataFiles.readText(in), texts.of(DataFiles.readText(in)), texts.of(in.readUTF()), texts.of(DataFiles.readText(in)), in.readBoolean());
    }

    /** A stored person key: mostly the row's ID itself, then written as a mark and read as that very instance. */
    private static void key(DataOutputStream out, String key, String id) throws IOException {
        if (key == null) {
            out.writeByte(KEY_NULL);
        } else if (key.equals(id)) {
            out.writeByte(KEY_ID);
        } else {
            out.writeByte(KEY_TEXT);
            out.writeUTF(key);
        }
    }

    private static String key(DataInputStream in, String id) throws IOException {
        return switch (in.readByte()) {
            case KEY_NULL -> null;
            case KEY_ID -> id;
            default -> in.readUTF();
        };
    }


    private static void skipText(DataInputStream in) throws IOException {
        if (in.readBoolean()) {
            DataFiles.skipUTF(in);
        }
    }

    /** An amount as a DECIMAL(14,2) column returns it: in cents, with two decimals. */
    private static void amount(DataOutputStream out, BigDecimal amount) throws IOException {
        out.writeBoolean(amount != null);
        if (amount != null) {
            // cents as a scale-0 decimal, whose long is read without making a BigInteger
            out.writeLong(amount.setScale(2, RoundingMode.HALF_UP).scaleByPowerOfTen(2).longValueExact());
        }
    }

    private static BigDecimal amount(DataInputStream in) throws IOException {
        return in.readBoolean() ? BigDecimal.valueOf(in.readLong(), 2) : null;
    }

    private static void skipAmount(DataInputStream in) throws IOException {
        if (in.readBoolean()) {
            in.skipNBytes(Long.BYTES);
        }
    }
}

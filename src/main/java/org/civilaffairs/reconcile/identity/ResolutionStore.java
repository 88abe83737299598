package org.civilaffairs.reconcile.identity;

import java.nio.file.Path;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.civilaffairs.reconcile.db.InList;
import org.civilaffairs.reconcile.db.LargeResults;
import org.civilaffairs.reconcile.db.BulkInsert;
import org.civilaffairs.reconcile.db.CommittedSlices;
import org.civilaffairs.reconcile.db.KeyedUpdate;
import org.civilaffairs.reconcile.ingest.FileCounts;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ingest.StagedRowId;
import org.civilaffairs.reconcile.ingest.StreetLines;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** Reads a partition's staged rows and writes what resolution decided for its streets. */
@Repository
public class ResolutionStore {

    private static final int BATCH = 2000;
    /** Rows read by key in one statement. */
    private static final int BY_KEY = 500;

    private static final BulkInsert.Table HOUSEHOLD = new BulkInsert.Table("household", List.of("month", "street", "program",
            "household_id", "file_id", "head_key", "amount", "declared_income", "persons", "member_keys"), new int[] {
                Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.DECIMAL,
                Types.DECIMAL, Types.INTEGER, Types.VARCHAR});
    /** A staged row's resolution; its stored masked raw line stays unless a household rule now rejects the row. */
    private static final KeyedUpdate.Columns OUTCOME = new KeyedUpdate.Columns("roster_row", "row_id", List.of("person_key",
            "key_method", "outcome", "reason", "superseded", "raw_masked"), new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR}, Set.of("raw_masked"));
    /** A person's enrollments {street, program, household} in the order the checks read them. */
    private static final Comparator<String[]> ENROLLMENT_ORDER = Comparator.comparing((String[] e) -> e[0])
            .thenComparing(e -> e[1]).thenComparing(e -> e[2]);
    /** Everything resolve writes per street, and what depends on it (a street's flags). */
    private static final List<String> STREET_TABLES = List.of("household_flag", "household", "street_member_hashes",
            "resolve_count");

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final CommittedSlices slices;
    private final KeyedUpdate updates;
    private final Path archiveDir;

    public ResolutionStore(JdbcTemplate jdbc, BulkInsert bulk, CommittedSlices slices, KeyedUpdate updates,
                           @Value("${reconcile.archive-dir:data/archive}") Path archiveDir) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.slices = slices;
        this.updates = updates;
        this.archiveDir = archiveDir;
    }

    /**
     * The staged rows of the partition's streets in the month's loaded roster files, in ingest
     * order then line order (sorted here, not by the database, which would sort them on disk). Only
     * the files that name one of its streets are read: beside the archive ({@link StagedRowFiles}),
     * else from the database, each as a range of the key. Repeated texts are shared ({@link
     * SharedTexts}): a city's month repeats a few hundred streets a million times.
     */
    public List<StagedRow> stagedRows(StreetBucket part) {
        Map<Long, Map<String, byte[]>> held = new TreeMap<>();
        Set<Long> mixed = new HashSet<>();
        jdbc.query("SELECT file_id, street, line_numbers FROM roster_file_street WHERE " + InboxFiles.CURRENT_ROWS, rs -> {
            if (part.holds(rs.getString(2))) {
                held.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getBytes(3));
            } else {
                mixed.add(rs.getLong(1));
            }
        }, part.month().toString());
        List<StagedRow> rows = new ArrayList<>();
        SharedTexts texts = new SharedTexts();
        // a file naming other partitions' streets too (a district-wide roster): only this partition's rows leave the database
        held.forEach((file, streets) -> {
            if (StagedRowFiles.read(archiveDir, part, file, streets.keySet(), texts, rows)) {
                return;
            }
            if (mixed.contains(file)) {
                readMixed(part, file, streets, texts, rows);
            } else {
                readStaged(part, StagedRowId.IN_FILE, StagedRowId.rangeOf(file), texts, rows);
            }
        });
        rows.sort(Comparator.comparingLong((StagedRow r) -> r.fileId).thenComparingLong(r -> r.line));
        return rows;
    }

    /**
     * Adds the partition's rows of a file that holds other streets too: by key where ingest kept the
     * lines of each of them (a few rows among many, {@link StreetLines}), else by a scan of the file.
     */
    private void readMixed(StreetBucket part, long file, Map<String, byte[]> streets, SharedTexts texts, List<StagedRow> rows) {
        if (streets.containsValue(null)) {
            List<Object> args = new ArrayList<>(StagedRowId.rangeOf(file));
            args.addAll(streets.keySet());
            readStaged(part, StagedRowId.IN_FILE + " AND r.street IN (" + InList.marks(streets.size()) + ")", args, texts, rows);
            return;
        }
        long[] lines = streets.values().stream().flatMapToLong(packed -> Arrays.stream(StreetLines.unpack(packed)))
                .sorted().toArray();
        for (int from = 0; from < lines.length; from += BY_KEY) {
            int to = Math.min(lines.length, from + BY_KEY);
            List<Object> args = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                args.add(StagedRowId.of(file, lines[i]));
            }
            readStaged(part, "r.row_id IN (" + InList.marks(to - from) + ")", args, texts, rows);
        }
    }

    /**
     * Adds the staged rows of the partition's streets among those {@code where} selects, their
     * repeated texts shared, and a stored key equal to the row's ID the ID itself.
     */
    private void readStaged(StreetBucket part, String where, List<?> args, SharedTexts texts, List<StagedRow> rows) {
        LargeResults.query(jdbc, "SELECT r.file_id, r.line_no, r.street, r.program, r.street_known, r.program_known,"
                        + " r.household_id, r.name, r.id_number, r.is_head, r.amount, r.declared_income, r.row_reject,"
                        + " r.person_key, r.key_method, r.outcome, r.reason, r.superseded, r.community FROM roster_row r WHERE " + where, rs -> {
                    String street = rs.getString(3);
                    if (part.holds(street)) { // exact where the database compares with trailing spaces ignored
                        String id = rs.getString(9);
                        String key = rs.getString(14);
                        rows.add(new StagedRow(rs.getLong(1), rs.getLong(2), texts.of(street), texts.of(rs.getString(4)),
                                rs.getBoolean(5) && rs.getBoolean(6), rs.getString(7), rs.getString(8), id,
                                rs.getBoolean(10), rs.getBigDecimal(11), rs.getBigDecimal(12), texts.of(rs.getString(13)))
                                .withStored(new StagedRow.Stored(id != null && id.equals(key) ? id : key, texts.of(rs.getString(15)),
                                        texts.of(rs.getString(16)), texts.of(rs.getString(17)), rs.getBoolean(18)))
                                .inCommunity(texts.of(rs.getString(19))));
                    }
                }, args.toArray());
    }

    /** Writes the rows whose outcome differs from what they hold (ingest stored its guess: most rows keep it). */
    public void saveOutcomes(List<StagedRow> rows) {
        List<StagedRow> changed = rows.stream().filter(StagedRow::changed).toList();
        slices.commitSlices(changed, slice -> updates.update(OUTCOME, slice, r -> {
            StagedRow.Stored now = r.resolved();
            return new Object[] {StagedRowId.of(r.fileId, r.line), now.key(), now.method(), now.outcome(), now.reason(),
                now.superseded(), r.rawMasked};
        }));
    }

    /**
     * Replaces what the partition's streets hold: their households with their members, their
     * counts, and the flags of their earlier households (checking comes after). Its streets
     * resolved {@code before} that have no rows now are cleared too.
     */
    public void replaceStreets(StreetBucket part, List<String> before, List<StagedRow> rows, List<Household> households) {
        String m = part.month().toString();
        TreeSet<String> streets = new TreeSet<>(before);
        rows.forEach(r -> streets.add(r.street));
        slices.commit(() -> streets.forEach(street -> STREET_TABLES.forEach(t -> jdbc.update("DELETE FROM "
                + t + " WHERE month = ? AND street = ?", m, street))));
        // counts before households: a street with households then always has counts (see streets)
        slices.commit(() -> jdbc.batchUpdate("INSERT INTO resolve_count (month, street, program, file_id, loaded, rejected, collapsed,"
                + " counted_rejects, households) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", counts(rows, households), BATCH, (ps, c) -> {
                    ps.setString(1, m);
                    ps.setString(2, c.street);
                    ps.setString(3, c.program);
                    ps.setLong(4, c.fileId);
                    ps.setInt(5, c.loaded);
                    ps.setInt(6, c.rejected);
                    ps.setInt(7, c.collapsed);
                    ps.setInt(8, c.countedRejects);
                    ps.setInt(9, c.households);
                }));
        slices.commitEach(households, slice -> bulk.insert(HOUSEHOLD, slice, h -> new Object[] {m, h.street(),
            h.program(), h.householdId(), h.fileId(), PersonKey.stored(h.headKey()), h.amount(), h.declaredIncome(),
            h.persons(), MemberKeys.join(h.memberKeys())}));
        List<MemberHashes.Chunk> hashes = MemberHashes.of(rows.stream().map(r -> r.street).distinct().toList(), households);
        slices.commitEach(hashes, slice -> jdbc.batchUpdate("INSERT INTO street_member_hashes (month, street, chunk, hashes)"
                + " VALUES (?, ?, ?, ?)", slice, BATCH, (ps, c) -> {
                    ps.setString(1, m);
                    ps.setString(2, c.street());
                    ps.setInt(3, c.number());
                    ps.setBytes(4, c.hashes());
                }));
    }

    /**
     * The streets resolve wrote anything for in these months: each street with households among
     * them, since its counts are committed first. Read from the counts, a few rows a street, and not
     * from the households: H2 has no index skip scan, and each partition would read the month's
     * households whole to find a few hundred streets.
     */
    public List<String> streets(String... months) {
        return jdbc.queryForList("SELECT DISTINCT street FROM resolve_count WHERE month IN ("
                + InList.marks(months.length) + ")", String.class, (Object[]) months);
    }

    /**
     * The households of those of {@code streets} resolved in {@code month}, as the household table
     * holds them: from the files resolve wrote beside the archive ({@link StreetHouseholds}), and
     * from the database for a street without one.
     */
    public void households(YearMonth month, List<String> streets, StreetHouseholds.Sink sink) {
        fromFilesElseDatabase(month, streets, file -> StreetHouseholds.read(file, sink),
                "SELECT street, program, household_id, head_key, amount, declared_income, member_keys FROM household WHERE month = ?",
                rs -> sink.household(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6), MemberKeys.split(rs.getString(7))));
    }

    /**
     * The members of the households of {@link #households} whose key's {@link RepeatedKeys#hash}
     * {@code wanted} accepts, the others passed over unread where a file holds them.
     */
    private void members(YearMonth month, List<String> streets, LongPredicate wanted, StreetHouseholds.MemberSink sink) {
        fromFilesElseDatabase(month, streets, file -> StreetHouseholds.readMembers(file, wanted, sink),
                "SELECT street, program, household_id, member_keys FROM household WHERE month = ?", rs -> {
                    String street = rs.getString(1);
                    String program = rs.getString(2);
                    String householdId = rs.getString(3);
                    MemberKeys.forEach(rs.getString(4), key -> {
                        if (wanted.test(RepeatedKeys.hash(key))) {
                            sink.member(street, program, householdId, key);
                        }
                    });
                });
    }

    /**
     * Each of {@code streets} resolved in {@code month} read from its households file by {@code
     * readFile} (false when it has none), and the streets without one by {@code sql} street by street.
     */
    private void fromFilesElseDatabase(YearMonth month, List<String> streets, Predicate<Path> readFile, String sql,
                                       RowCallbackHandler rows) {
        Set<String> resolvedStreets = new HashSet<>(streets(month.toString()));
        List<String> unwritten = streets.stream().filter(resolvedStreets::contains)
                .filter(street -> !readFile.test(StreetHouseholds.path(archiveDir, month, street))).toList();
        LargeResults.queryStreets(jdbc, sql, rows, month.toString(), unwritten);
    }

    /** Each loaded roster file's rows of the month by outcome, summed over every street. */
    public Map<Long, FileCounts> fileCounts(YearMonth month) {
        Map<Long, FileCounts> out = new HashMap<>();
        jdbc.query("SELECT file_id, SUM(loaded), SUM(rejected), SUM(collapsed) FROM resolve_count WHERE month = ?"
                + " GROUP BY file_id", rs -> {
                    out.put(rs.getLong(1), new FileCounts(0, rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }, month.toString());
        return out;
    }

    /**
     * The households of every person enrolled more than once in the month, over every street,
     * filed under each street the person is enrolled in ({@link SharedEnrollments}): rows {person
     * key, enrolled street, program, household} by street, then person key, then enrollment. The
     * candidates come from the members' hashes resolve wrote ({@link #memberHashes}), 8 bytes a
     * member: a database's GROUP BY of a city's million keys spills to disk; a read of the month's
     * households then confirms them on the keys. That read holds each candidate's households, a
     * few hundred bytes a candidate: a month of more than {@code perRange} candidates is read once
     * for each range of them ({@link RepeatedKeys.Candidates#ranges}), and each range's rows go to
     * {@code eachRange} before the next is read. A person lies in one range.
     */
    public void repeatedEnrollments(YearMonth month, int perRange, Consumer<Map<String, List<String[]>>> eachRange) {
        String m = month.toString();
        for (LongPredicate range : memberHashes(m).candidates().ranges(perRange)) {
            eachRange.accept(byStreet(candidateEnrollments(m, range)));
        }
    }

    /** {@link #repeatedEnrollments(YearMonth, int, Consumer)} of the whole month at once. */
    public Map<String, List<String[]>> repeatedEnrollments(YearMonth month) {
        Map<String, List<String[]>> byStreet = new TreeMap<>();
        repeatedEnrollments(month, Integer.MAX_VALUE, byStreet::putAll);
        return byStreet;
    }

    /**
     * The households of the month's members whose hash is a candidate, by member key: the streets in
     * two halves side by side ({@link TwoThreads}).
     */
    private Map<String, List<String[]>> candidateEnrollments(String month, LongPredicate candidates) {
        List<Map<String, List<String[]>>> halves = TwoThreads.halves(streets(month),
                half -> candidateEnrollments(month, half, candidates));
        Map<String, List<String[]>> byPerson = halves.get(0);
        halves.get(1).forEach((key, households) -> byPerson.merge(key, households, (a, b) -> {
            a.addAll(b);
            return a;
        }));
        return byPerson;
    }

    /** The enrollments of the candidates among the members of {@code streets}' households ({@link #members}). */
    private Map<String, List<String[]>> candidateEnrollments(String month, List<String> streets, LongPredicate candidates) {
        Map<String, List<String[]>> byPerson = new HashMap<>();
        members(YearMonth.parse(month), streets, candidates, (street, program, household, key) ->
                byPerson.computeIfAbsent(key, k -> new ArrayList<>(2)).add(new String[] {street, program, household}));
        return byPerson;
    }

    /**
     * The hashes of every member of the month's households: those resolve wrote beside them ({@link
     * MemberHashes}), and for a street resolved before it wrote them, its households' member keys.
     * They are kept on the heap while they take at most an eighth of it (22M members with {@code
     * -Xmx1536m}), beyond that in files mapped under the month's extract, and sorted at most an
     * eighth of the heap at a time.
     */
    private RepeatedKeys memberHashes(String month) {
        int eighth = (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 8 / Long.BYTES);
        RepeatedKeys keys = new RepeatedKeys(eighth,
                () -> ColumnSpace.filesIn(archiveDir.resolve("extract").resolve(month).resolve("member-hashes")), eighth);
        Set<String> hashed = new HashSet<>();
        jdbc.query("SELECT street, hashes FROM street_member_hashes WHERE month = ?", rs -> {
            hashed.add(rs.getString(1));
            MemberHashes.forEach(rs.getBytes(2), keys::addHash);
        }, month);
        List<String> unhashed = streets(month).stream().filter(street -> !hashed.contains(street)).toList();
        LargeResults.queryStreets(jdbc, "SELECT member_keys FROM household WHERE month = ?", rs -> {
            MemberKeys.forEach(rs.getString(1), keys::add);
        }, month, unhashed);
        return keys;
    }

    /** The enrollments of the persons enrolled more than once, filed under each of their streets. */
    private static Map<String, List<String[]>> byStreet(Map<String, List<String[]>> byPerson) {
        Map<String, List<String[]>> byStreet = new TreeMap<>();
        byPerson.keySet().stream().filter(key -> byPerson.get(key).size() > 1).sorted().forEach(key -> {
            List<String[]> enrollments = byPerson.get(key);
            enrollments.sort(ENROLLMENT_ORDER);
            enrollments.stream().map(e -> e[0]).distinct().forEach(filedUnder -> {
                List<String[]> rows = byStreet.computeIfAbsent(filedUnder, s -> new ArrayList<>());
                enrollments.forEach(e -> rows.add(new String[] {key, e[0], e[1], e[2]}));
            });
        });
        return byStreet;
    }

    private static List<Count> counts(List<StagedRow> rows, List<Household> households) {
        Map<Count.Key, Count> counts = new LinkedHashMap<>();
        for (StagedRow r : rows) {
            Count c = counts.computeIfAbsent(new Count.Key(r.street, r.program, r.fileId),
                    k -> new Count(r.street, r.program, r.fileId));
            switch (r.outcome) {
                case LOADED -> c.loaded++;
                case REJECTED -> {
                    c.rejected++;
                    c.countedRejects += r.namesPair && !r.superseded ? 1 : 0;
                }
                case COLLAPSED -> c.collapsed++;
            }
        }
        households.forEach(h -> counts.get(new Count.Key(h.street(), h.program(), h.fileId())).households++);
        return new ArrayList<>(counts.values());
    }

    /** The rows of one street, program and file by outcome, and the households of its loaded rows. */
    private static final class Count {
        final String street;
        final String program;
        final long fileId;
        int loaded;
        int rejected;
        int collapsed;
        int countedRejects;
        int households;

        record Key(String street, String program, long fileId) {
        }

        Count(String street, String program, long fileId) {
            this.street = street;
            this.program = program;
            this.fileId = fileId;
        }
    }
}

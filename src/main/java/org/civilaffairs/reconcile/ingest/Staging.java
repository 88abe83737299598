package org.civilaffairs.reconcile.ingest;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.civilaffairs.reconcile.db.BulkInsert;
import org.civilaffairs.reconcile.db.CommittedSlices;
import org.civilaffairs.reconcile.db.WriteBehind;
import org.civilaffairs.reconcile.identity.PersonKey;
import org.civilaffairs.reconcile.identity.PersonKeyResolver;
import org.civilaffairs.reconcile.identity.Registry;
import org.civilaffairs.reconcile.identity.StagedRow;
import org.civilaffairs.reconcile.identity.StagedRowFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Batched writes of staged roster rows ({@link WriteBehind}, committed as they go) and rejected
 * reference rows ({@link BulkInsert}, in the caller's transaction). A roster's rows count once the
 * caller commits the file's status and streets: until then no step reads them, and the next attempt
 * at the file removes them first ({@link #clear}).
 */
@Repository
public class Staging {

    private static final BulkInsert.Table ROSTER_ROW = new BulkInsert.Table("roster_row", List.of("row_id", "file_id", "line_no",
            "month", "street", "street_known", "program", "program_known", "community", "household_id", "name", "id_number",
            "is_head", "amount", "declared_income", "row_reject", "raw_masked", "person_key", "key_method", "outcome",
            "reason"), new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.CHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR,
                Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.DECIMAL,
                Types.DECIMAL, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});

    /** The first of the resolution columns ingest fills in once a row's household is guessed: raw_masked, person_key, key_method, outcome, reason. */
    private static final int RESOLUTION = ROSTER_ROW.columns().indexOf("raw_masked");

    private static final BulkInsert.Table REFERENCE_REJECT = new BulkInsert.Table("reference_reject", List.of("file_id",
            "line_no", "reason", "raw_masked"), new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR});

    private static final Comparator<List<String>> STREET_THEN_SPELLING = Comparator.<List<String>, String>comparing(k -> k.get(0))
            .thenComparing(k -> k.get(1));

    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final CommittedSlices slices;

    public Staging(JdbcTemplate jdbc, BulkInsert bulk, CommittedSlices slices) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.slices = slices;
    }

    /**
     * A buffer of roster rows for one file, flushed in batches; closing it records the file's streets,
     * so that a partition of the later steps reads only the files naming its streets, and makes the
     * file's {@link RosterPersons} and {@link StagedRowFiles} visible under {@code archiveDir}.
     */
    public RosterBatch rosterBatch(long fileId, YearMonth month, Path archiveDir) {
        WriteBehind<Object[]> writer = bulk.writeBehind(ROSTER_ROW, Function.identity());
        Map<String, StreetLines> streets = new TreeMap<>();
        Set<String> known = new HashSet<>();
        Map<List<String>, Integer> aliases = new TreeMap<>(STREET_THEN_SPELLING);
        long[] fileRows = new long[1];
        RosterPersons.Output personsOut = RosterPersons.create(RosterPersons.path(archiveDir, month, fileId), month);
        StagedRowFiles.Output rowsOut = StagedRowFiles.create(archiveDir, month, fileId);
        Runnable finish = () -> {
            personsOut.commit();
            rowsOut.commit(streets.keySet());
            writer.close();
            jdbc.batchUpdate("INSERT INTO roster_file_street (file_id, street, staged_rows, line_numbers, street_known)"
                    + " VALUES (?, ?, ?, ?, ?)", streets.entrySet().stream().map(e -> new Object[] {fileId, e.getKey(),
                        e.getValue().count(), e.getValue().packedFor(fileRows[0]), known.contains(e.getKey())}).toList(),
                    new int[] {Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARBINARY, Types.BOOLEAN});
            jdbc.batchUpdate("INSERT INTO roster_file_spelling (file_id, street, spelling, staged_rows) VALUES (?, ?, ?, ?)",
                    aliases.entrySet().stream().map(e -> new Object[] {fileId, e.getKey().get(0), e.getKey().get(1), e.getValue()})
                            .toList(), new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER});
        };
        return new RosterBatch(new RosterValues(fileId, month), writer, finish, rowsOut, r -> {
            String street = cut(r.street(), 200);
            streets.computeIfAbsent(street, k -> new StreetLines()).add(r.line());
            if (r.streetKnown()) {
                known.add(street);
                if (!r.writtenStreet().equals(r.street())) { // an alias: a draft list may drop it
                    aliases.merge(List.of(street, cut(r.writtenStreet(), 200)), 1, Integer::sum);
                }
            }
            if (r.reject() == null) {
                personsOut.add(street, cut(r.name(), 200), cut(r.idNumber(), 64));
            }
            fileRows[0]++;
        });
    }

    /**
     * A roster's rows on their way: each household held until it ends and its outcome guessed
     * ({@link HouseholdRun}), then written beside the archive and sent to the database in slices;
     * closing it sends the last slice and records the file's streets.
     */
    public static final class RosterBatch implements AutoCloseable {
        private final RosterValues values;
        private final HouseholdRun run;
        private final WriteBehind<Object[]> writer;
        private final Runnable finish;
        private final StagedRowFiles.Output rowsOut;
        private final Consumer<RosterRow> counted;
        private final HouseholdRun.Sink toStage = this::stage;

        private RosterBatch(RosterValues values, WriteBehind<Object[]> writer, Runnable finish, StagedRowFiles.Output rowsOut,
                            Consumer<RosterRow> counted) {
            this.values = values;
            this.run = new HouseholdRun(values.guess);
            this.writer = writer;
            this.finish = finish;
            this.rowsOut = rowsOut;
            this.counted = counted;
        }

        /** Adds the file's next row, with how to get its masked raw line should a household rule reject it. */
        public void add(RosterRow row, Supplier<String> rawLine) {
            counted.accept(row);
            StagedRow staged = values.staged(row);
            if (run.endsBefore(staged)) {
                run.drain(toStage);
            }
            run.add(staged, values.columns(row), rawLine);
        }

        private void stage(StagedRow guessed, Object[] columns, String rawMasked) {
            values.resolve(columns, guessed.guess(), rawMasked);
            rowsOut.add(guessed);
            writer.add(columns);
        }

        @Override
        public void close() {
            run.drain(toStage);
            finish.run();
        }
    }

    /** A buffer of a reference file's rejected rows, flushed in batches. */
    public Batch<ReferenceReject> referenceRejects(long fileId) {
        return new Batch<>(bulk.batchSize(), rows -> bulk.insert(REFERENCE_REJECT, rows,
                r -> new Object[] {fileId, r.line(), r.reason().name(), r.rawMasked()}), () -> { });
    }

    /** A rejected reference row. */
    public record ReferenceReject(long line, RejectReason reason, String rawMasked) {
    }

    /**
     * Removes what a half-done ingest of a file left, committed at once: the rows written behind the
     * caller's transaction would otherwise wait on its uncommitted deletes.
     */
    public void clear(long fileId) {
        slices.autocommit(() -> {
            deleteIfAny("roster_row", StagedRowId.IN_FILE, StagedRowId.rangeOf(fileId).toArray());
            deleteIfAny("roster_file_street", "file_id = ?", fileId);
            deleteIfAny("roster_file_spelling", "file_id = ?", fileId);
            deleteIfAny("reference_reject", "file_id = ?", fileId);
        });
    }

    /**
     * Deletes the rows {@code where} selects, if there are any. On MySQL a DELETE of nothing is not
     * free: InnoDB locks the first row past the range it scans, which can be another ingest
     * partition's uncommitted row, and two partitions each waiting on the other's rows were a
     * deadlock. The SELECT is a consistent read, which waits on no one.
     */
    private void deleteIfAny(String table, String where, Object... args) {
        if (Boolean.TRUE.equals(jdbc.query("SELECT 1 FROM " + table + " WHERE " + where + " LIMIT 1", ResultSet::next, args))) {
            jdbc.update("DELETE FROM " + table + " WHERE " + where, args);
        }
    }

    /** Rows waiting to be written, sent {@code size} at a time. */
    public static final class Batch<T> implements AutoCloseable {
        private final int size;
        private final Consumer<List<T>> writer;
        private final List<T> rows;
        private final Runnable finish;

        private Batch(int size, Consumer<List<T>> writer, Runnable finish) {
            this.size = size;
            this.writer = writer;
            this.rows = new ArrayList<>(size);
            this.finish = finish;
        }

        public void add(T row) {
            rows.add(row);
            if (rows.size() >= size) {
                flush();
            }
        }

        public void flush() {
            if (!rows.isEmpty()) {
                writer.accept(rows);
                rows.clear();
            }
        }

        @Override
        public void close() {
            flush();
            finish.run();
        }
    }

    /** One file's roster rows as staged: their values, then their column values in {@link #ROSTER_ROW} order. */
    private static final class RosterValues {
        private final long fileId;
        private final String month;
        /** The key a row gets when the registry changes nothing: stored now, so resolution rewrites only the others. */
        private final PersonKeyResolver guess;

        private RosterValues(long fileId, YearMonth month) {
            this.fileId = fileId;
            this.month = month.toString();
            this.guess = new PersonKeyResolver(Registry.notDelivered(), month.atEndOfMonth());
        }

        /** The row as resolution sees it, before its guess ({@link HouseholdRun}). */
        private StagedRow staged(RosterRow r) {
            return new StagedRow(fileId, r.line(), cut(r.street(), 200), cut(r.program(), 100), r.namesPair(),
                    cut(r.householdId(), 200), cut(r.name(), 200), cut(r.idNumber(), 64), r.head(), r.amount(), r.declaredIncome(),
                    r.reject() == null ? null : r.reject().name()).inCommunity(cut(r.community(), 200));
        }

        /** The row's column values in {@link #ROSTER_ROW} order, cut to their columns, the resolution's still to fill in. */
        private Object[] columns(RosterRow r) {
            return new Object[] {StagedRowId.of(fileId, r.line()), fileId, r.line(), month, cut(r.street(), 200), r.streetKnown(),
                cut(r.program(), 100), r.programKnown(), cut(r.community(), 200), cut(r.householdId(), 200), cut(r.name(), 200),
                cut(r.idNumber(), 64), r.head(), r.amount(), r.declaredIncome(), r.reject() == null ? null : r.reject().name(),
                null, null, null, null, null};
        }

        /** Fills in the resolution columns: the masked raw line of a rejected row, and the resolution ingest stores. */
        private static void resolve(Object[] columns, StagedRow.Stored guess, String rawMasked) {
            columns[RESOLUTION] = rawMasked;
            columns[RESOLUTION + 1] = guess.key();
            columns[RESOLUTION + 2] = guess.method();
            columns[RESOLUTION + 3] = guess.outcome();
            columns[RESOLUTION + 4] = guess.reason();
        }
    }

    /** Values longer than their column are cut: a hostile 5,000-digit ID must not fail the load. */
    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

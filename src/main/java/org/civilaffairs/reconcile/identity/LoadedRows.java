package org.civilaffairs.reconcile.identity;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.civilaffairs.reconcile.ingest.AtomicFile;
import org.civilaffairs.reconcile.ingest.DataFiles;

/**
 * The loaded rows of one street of a month as resolution left them (LOADED, not superseded, with
 * their person keys as stored): written beside the archive by the resolve partition holding the
 * street, from the rows it resolved, so that the month's linkage (and the next month's, for who
 * each household held) reads them there instead of reading the staged rows back. Every resolve of
 * the month writes every street's file again, so after its close they are all of that close. A
 * missing one (a month resolved by an earlier release) means "read the staged rows".
 */
public final class LoadedRows {

    /** Raised when the layout below changes: an older file is then not found, and the staged rows read. */
    private static final String LAYOUT = "v1";

    private LoadedRows() {
    }

    /** Where the loaded rows of {@code street} in {@code month} live under the archive (the name hashes the street's text). */
    public static Path path(Path archiveDir, YearMonth month, String street) {
        return archiveDir.resolve("extract").resolve(month.toString()).resolve("loaded-rows")
                .resolve(StreetFiles.name(street, LAYOUT));
    }

    /** A loaded row read back, with the columns linkage reads of it. */
    public interface Sink {
        void row(long fileId, long line, String street, String program, String householdId, String community, String name,
                 String idNumber, String personKey);
    }

    /** Writes the loaded rows among {@code rows} (one street's, resolved), replacing an earlier file. */
    static void write(Path file, String street, List<StagedRow> rows) {
        AtomicFile.write(file, out -> {
            out.writeUTF(street);
            for (StagedRow r : rows) {
                if (r.outcome == StagedRow.Outcome.LOADED && !r.superseded) {
                    out.writeBoolean(true);
                    out.writeLong(r.fileId);
                    out.writeLong(r.line);
                    DataFiles.writeText(out, r.program);
                    DataFiles.writeText(out, r.householdId);
                    DataFiles.writeText(out, r.community);
                    DataFiles.writeText(out, r.name);
                    DataFiles.writeText(out, r.idNumber);
                    DataFiles.writeText(out, PersonKey.stored(r.key.key()));
                }
            }
            out.writeBoolean(false);
        });
    }

    /**
     * Reads the loaded rows of several streets into {@code sink} in the order of the staged rows (file,
     * then line: linkage samples pairs by position); false, having read nothing, when a file is missing.
     */
    public static boolean read(List<Path> files, Sink sink) {
        List<Cursor> open = new ArrayList<>(files.size());
        try {
            for (Path file : files) {
                open.add(new Cursor(DataFiles.reader(file, 1 << 13)));
            }
            PriorityQueue<Cursor> next = new PriorityQueue<>(Math.max(1, open.size()), Cursor.ORDER);
            for (Cursor c : open) {
                if (c.advance()) {
                    next.add(c);
                }
            }
            while (!next.isEmpty()) {
                Cursor c = next.poll();
                sink.row(c.fileId, c.line, c.street, c.program, c.householdId, c.community, c.name, c.idNumber, c.personKey);
                if (c.advance()) {
                    next.add(c);
                }
            }
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + files.get(0).getParent() + ": delete it to read the staged rows instead", e);
        } finally {
            open.forEach(Cursor::close);
        }
    }

    /** One street's file being read: its current row. */
    private static final class Cursor {
        static final Comparator<Cursor> ORDER = Comparator.<Cursor>comparingLong(c -> c.fileId).thenComparingLong(c -> c.line);

        private final DataInputStream in;
        private final String street;
        long fileId;
        long line;
        String program;
        String householdId;
        String community;
        String name;
        String idNumber;
        String personKey;

        Cursor(DataInputStream in) throws IOException {
            this.in = in;
            this.street = in.readUTF();
        }

        boolean advance() throws IOException {
            if (!in.readBoolean()) {
                return false;
            }
            fileId = in.readLong();
            line = in.readLong();
            program = DataFiles.readText(in);
            householdId = DataFiles.readText(in);
            community = DataFiles.readText(in);
            name = DataFiles.readText(in);
            idNumber = DataFiles.readText(in);
            personKey = DataFiles.readText(in);
            return true;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read through already, or failing for a reason reported above
            }
        }
    }

}

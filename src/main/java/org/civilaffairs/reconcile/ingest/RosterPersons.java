package org.civilaffairs.reconcile.ingest;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The persons a roster's staged rows name, as the month's registry extraction asks of them: each
 * row that passed the row checks, with its street ({@link WrittenPerson}). Written beside the
 * archive while the roster is staged, from the very values staged, so that the extraction reads
 * this file instead of reading the staged rows back. Written whole or not at all; a missing one
 * (a roster staged by an earlier release) means "read the staged rows".
 */
public final class RosterPersons {

    /** Raised when the layout below changes: an older file is then not found, and the staged rows read. */
    private static final String LAYOUT = "v1";

    private RosterPersons() {
    }

    /** Where the persons of the roster staged as file {@code fileId} of {@code month} live under the archive. */
    public static Path path(Path archiveDir, YearMonth month, long fileId) {
        return archiveDir.resolve("extract").resolve(month.toString()).resolve("roster-persons")
                .resolve("file-" + fileId + "-" + LAYOUT + ".bin");
    }

    /** A person read back: the street as staged and the person as {@link WrittenPerson#of}. */
    public interface Sink {
        void person(String street, WrittenPerson person);
    }

    /** Reads a roster's persons into {@code sink}; false, having read nothing, when the file is missing. */
    public static boolean read(Path file, Sink sink) {
        try (DataInputStream in = DataFiles.reader(file)) {
            while (in.readBoolean()) {
                String street = in.readUTF();
                String name = in.readUTF();
                String id = in.readUTF();
                sink.person(street, new WrittenPerson(name, id.isEmpty() ? null : id));
            }
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": delete it to read the staged rows instead", e);
        }
    }

    /** Starts the file; nothing is visible until {@link Output#commit()}. */
    static Output create(Path file, YearMonth month) {
        return new Output(AtomicFile.Records.start(file, out -> { }), month.atEndOfMonth());
    }

    /** A roster's persons being written. */
    static final class Output {
        private final AtomicFile.Records records;
        private final LocalDate latestBirth;

        private Output(AtomicFile.Records records, LocalDate latestBirth) {
            this.records = records;
            this.latestBirth = latestBirth;
        }

        /** A staged row that passed the row checks, with its values as staged. */
        void add(String street, String name, String idNumber) {
            WrittenPerson person = WrittenPerson.of(name, idNumber, latestBirth);
            records.add(out -> {
                out.writeUTF(street);
                out.writeUTF(person.normalizedName());
                out.writeUTF(person.validId() == null ? "" : person.validId());
            });
        }

        /** Makes the file visible, replacing an earlier one. */
        void commit() {
            records.end();
        }
    }
}

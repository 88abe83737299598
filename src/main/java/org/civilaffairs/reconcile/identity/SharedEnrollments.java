package org.civilaffairs.reconcile.identity;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.ingest.DataFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The households of every person enrolled more than once in a month, filed under each street the
 * person is enrolled in: what a check partition reads of its streets (duplicates and BASIC
 * membership) and the aggregate of persons counted in several streets. Derived from the month's
 * households by resolve's close and kept beside the archive, one file a street (hundreds of
 * thousands of rows in a city: written to the database they were most of the close). A month
 * without its files (closed by an earlier release, or the folder cleaned) is derived again from
 * the households as it is read.
 */
@Component
public class SharedEnrollments {

    private static final Logger log = LoggerFactory.getLogger(SharedEnrollments.class);

    /** Raised when the layout below changes: older files are then not found, and the households read. */
    static final String LAYOUT = "v3";
    /** Written last, with the counts of {@link StreetRepeats}: the street files beside it are the month's whole set. */
    static final String COMPLETE = "complete-" + LAYOUT;

    /** One enrollment of a person enrolled more than once, filed under {@code street}. */
    public interface Sink {
        void enrollment(String street, String personKey, String enrolledStreet, String program, String householdId);
    }

    private final ResolutionStore store;
    private final Path archiveDir;
    private final int candidatesPerRange;

    /**
     * @param candidatesPerRange {@code reconcile.close.candidates-per-range}; -1 (the default): an
     *     eighth of this JVM's heap at about 400 bytes a candidate while a range is read (about
     *     450,000 with {@code -Xmx1536m})
     */
    public SharedEnrollments(ResolutionStore store, @Value("${reconcile.archive-dir:data/archive}") Path archiveDir,
                             @Value("${reconcile.close.candidates-per-range:-1}") int candidatesPerRange) {
        this.store = store;
        this.archiveDir = archiveDir;
        this.candidatesPerRange = candidatesPerRange >= 0 ? candidatesPerRange
                : (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 8 / 400);
    }

    /**
     * Derives the month's shared enrollments from its households and replaces its files, a range of
     * the candidates' hashes at a time ({@link ResolutionStore#repeatedEnrollments(YearMonth, int,
     * java.util.function.Consumer)}), so that what the close holds follows a range, not the month.
     */
    public void write(YearMonth month) {
        long start = System.nanoTime();
        StreetRepeats repeats = new StreetRepeats();
        long[] rangesAndRows = new long[2];
        try (EnrollmentFiles files = EnrollmentFiles.replacing(dir(archiveDir, month))) {
            store.repeatedEnrollments(month, candidatesPerRange, byStreet -> {
                files.append(byStreet);
                repeats.addRange(byStreet);
                rangesAndRows[0]++;
                rangesAndRows[1] += byStreet.values().stream().mapToInt(List::size).sum();
            });
            files.complete(repeats.perProgram());
        }
        log.info("{}: {} enrollments of persons enrolled more than once, found in {} range(s) of the members' hashes in {} ms",
                month, rangesAndRows[1], rangesAndRows[0], (System.nanoTime() - start) / 1_000_000);
    }

    /** Reads the shared enrollments filed under each of {@code streets} into {@code sink}, street after street. */
    public void read(YearMonth month, Collection<String> streets, Sink sink) {
        Path dir = dir(archiveDir, month);
        List<Path> files = streets.stream().map(street -> file(dir, street)).toList();
        if (!read(dir, files, sink)) {
            derive(month, dir).forEach((street, rows) -> {
                if (streets.contains(street)) {
                    rows.forEach(e -> sink.enrollment(street, e[0], e[1], e[2], e[3]));
                }
            });
        }
    }

    /** Reads every shared enrollment of the month into {@code sink}. */
    public void readAll(YearMonth month, Sink sink) {
        Path dir = dir(archiveDir, month);
        if (!read(dir, null, sink)) {
            derive(month, dir).forEach((street, rows) -> rows.forEach(e -> sink.enrollment(street, e[0], e[1], e[2], e[3])));
        }
    }

    private Map<String, List<String[]>> derive(YearMonth month, Path dir) {
        log.info("{}: {} incomplete, shared enrollments derived from the households again", month, dir);
        return store.repeatedEnrollments(month);
    }

    static Path dir(Path archiveDir, YearMonth month) {
        return archiveDir.resolve("extract").resolve(month.toString()).resolve("shared-enrollments");
    }

    /** Replaces the files of {@code dir} with one range's {@code byStreet} (rows {person key, enrolled street, program, household}). */
    static void write(Path dir, Map<String, List<String[]>> byStreet) {
        StreetRepeats repeats = new StreetRepeats();
        repeats.addRange(byStreet);
        try (EnrollmentFiles files = EnrollmentFiles.replacing(dir)) {
            files.append(byStreet);
            files.complete(repeats.perProgram());
        }
    }

    /**
     * For each program, how many times the street rows count a person twice ({@link StreetRepeats}):
     * as the close counted them, or counted from every shared enrollment of a month closed before
     * it did.
     */
    public Map<String, Integer> personsInSeveralStreets(YearMonth month) {
        Map<String, Integer> counted = EnrollmentFiles.repeats(dir(archiveDir, month));
        if (counted != null) {
            return counted;
        }
        StreetRepeats repeats = new StreetRepeats();
        readAll(month, repeats);
        return repeats.perProgram();
    }

    /**
     * Reads the given files of {@code dir}, or all when {@code files} is null; false, having read
     * nothing, when it holds no complete set. A street without a file has no shared enrollment.
     */
    static boolean read(Path dir, List<Path> files, Sink sink) {
        if (!Files.exists(dir.resolve(COMPLETE))) {
            return false;
        }
        SharedTexts shared = new SharedTexts();
        for (Path file : files != null ? files : streetFiles(dir)) {
            try (DataInputStream in = DataFiles.reader(file)) {
                RepeatedTexts.In texts = new RepeatedTexts.In(shared);
                String street = in.readUTF();
                while (in.readBoolean()) {
                    sink.enrollment(street, in.readUTF(), texts.read(in), texts.read(in), in.readUTF());
                }
            } catch (NoSuchFileException e) {
                // no person of this street is enrolled twice
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": delete " + dir + " to derive it again", e);
            }
        }
        return true;
    }

    private static List<Path> streetFiles(Path dir) {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().endsWith("-" + LAYOUT + ".bin")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": delete it to derive it again", e);
        }
    }

    static Path file(Path dir, String street) {
        return dir.resolve(StreetFiles.name(street, LAYOUT));
    }
}

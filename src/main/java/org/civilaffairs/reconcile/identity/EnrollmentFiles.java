package org.civilaffairs.reconcile.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.ingest.AtomicFile;
import org.civilaffairs.reconcile.ingest.DataFiles;

/**
 * A month's {@link SharedEnrollments} files being written: the folder cleared first, then one file a
 * street, open from the street's first row until the whole set is complete, so that the close can
 * append the rows of one range of persons after another. The mark written last holds the counts of
 * {@link StreetRepeats}; a close killed halfway leaves no mark, and is done again.
 */
final class EnrollmentFiles implements AutoCloseable {

    private final Path dir;
    private final Map<String, StreetFile> open = new ConcurrentHashMap<>();
    private boolean completed;

    private EnrollmentFiles(Path dir) {
        this.dir = dir;
    }

    /** Starts the files of {@code dir}, removing its earlier set, its mark first. */
    static EnrollmentFiles replacing(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(SharedEnrollments.COMPLETE));
            if (Files.isDirectory(dir)) {
                try (Stream<Path> earlier = Files.list(dir)) {
                    for (Path file : earlier.toList()) {
                        Files.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
        return new EnrollmentFiles(dir);
    }

    /**
     * Appends rows {person key, enrolled street, program, household} to their streets' files, the
     * streets in two halves side by side (the close runs alone, after the last partition).
     */
    void append(Map<String, List<String[]>> byStreet) {
        TwoThreads.eachHalf(List.copyOf(byStreet.keySet()),
                half -> half.forEach(street -> open.computeIfAbsent(street, this::start).append(byStreet.get(street))));
    }

    /** Ends every street's file and marks the set whole, with the counts of persons in several streets by program. */
    void complete(Map<String, Integer> repeats) {
        for (StreetFile file : open.values()) {
            file.records().end();
        }
        AtomicFile.write(dir.resolve(SharedEnrollments.COMPLETE), out -> {
            out.writeInt(repeats.size());
            for (Map.Entry<String, Integer> program : repeats.entrySet()) {
                out.writeUTF(program.getKey());
                out.writeInt(program.getValue());
            }
        });
        completed = true;
    }

    /** The counts the mark of {@code dir} holds; null when it has no complete set. */
    static Map<String, Integer> repeats(Path dir) {
        try (var in = DataFiles.reader(dir.resolve(SharedEnrollments.COMPLETE))) {
            Map<String, Integer> repeats = new TreeMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                repeats.put(in.readUTF(), in.readInt());
            }
            return repeats;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": delete it to derive it again", e);
        }
    }

    /** Drops the files of a set never completed. */
    @Override
    public void close() {
        if (!completed) {
            open.values().forEach(file -> file.records().discard());
        }
    }

    private StreetFile start(String street) {
        return new StreetFile(AtomicFile.Records.start(SharedEnrollments.file(dir, street), out -> out.writeUTF(street)),
                new RepeatedTexts.Out());
    }

    /** One street's file, each enrolled street and program as a {@link RepeatedTexts} number after its first row. */
    private record StreetFile(AtomicFile.Records records, RepeatedTexts.Out texts) {

        void append(List<String[]> rows) {
            for (String[] row : rows) {
                records.add(out -> {
                    out.writeUTF(row[0]);
                    texts.write(out, row[1]);
                    texts.write(out, row[2]);
                    out.writeUTF(row[3]);
                });
            }
        }
    }
}

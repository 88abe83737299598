package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The garbage collector's stop-the-world pauses of a measured run, from the log the child writes
 * with {@link #option}: while one lasts no step does any work, so they are part of every step's time
 * that no change to the step's own code shows.
 *
 * @param young how many pauses of the young generation, and their seconds
 * @param full  how many full collections, and their seconds
 * @param other how many other pauses (a concurrent collector's remark and cleanup), and their seconds
 */
record CollectorPauses(int young, double youngSeconds, int full, double fullSeconds, int other, double otherSeconds) {

    private static final Pattern PAUSE = Pattern.compile("\\bPause (\\w+).* ([0-9.]+)ms$");

    /** The JVM option that writes the pauses of the child to {@code file}, each with its time of day ({@link HeapAllocation}). */
    static String option(Path file) {
        return "-Xlog:gc:file=" + file.toAbsolutePath() + ":time,uptime";
    }

    static CollectorPauses read(Path file) {
        try {
            return of(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return new CollectorPauses(0, 0, 0, 0, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the collector's log " + file, e);
        }
    }

    /** The pauses of the lines of a {@code -Xlog:gc} log. */
    static CollectorPauses of(List<String> lines) {
        int[] counts = new int[3];
        double[] seconds = new double[3];
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                int kind = switch (m.group(1)) {
                    case "Young" -> 0;
                    case "Full" -> 1;
                    default -> 2;
                };
                counts[kind]++;
                seconds[kind] += Double.parseDouble(m.group(2)) / 1000;
            }
        }
        return new CollectorPauses(counts[0], seconds[0], counts[1], seconds[1], counts[2], seconds[2]);
    }

    double seconds() {
        return youngSeconds + fullSeconds + otherSeconds;
    }
}

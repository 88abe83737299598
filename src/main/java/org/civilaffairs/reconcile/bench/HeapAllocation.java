package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a step allocated, from the collector's log ({@link CollectorPauses#option}): the heap's
 * growth from the end of one collection to the start of the next, summed over the collections
 * logged within the step (a collection's line is written as it ends). Unlike its seconds, what a
 * step allocates does not move with the machine's load, so two builds' work compares on a machine
 * too noisy to compare their time. Approximate at the step's edges (what it allocated after its
 * last collection counts in the next step's), and nothing for a step without a collection.
 */
final class HeapAllocation {

    /** {@code [2026-12-06T00:20:01.123+0000][1.753s] GC(3) Pause Young (Allocation Failure) 95M->6M(362M) 31.025ms} */
    private static final Pattern COLLECTION = Pattern.compile(
            "^\\[(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+)[^\\]]*\\].*\\bPause \\w+.* (\\d+)M->(\\d+)M\\(\\d+M\\)");

    /** A collection: when it was logged, and the heap used before and after it (MB). */
    private record Collection(LocalDateTime at, long before, long after) {
    }

    private final List<Collection> collections;

    private HeapAllocation(List<Collection> collections) {
        this.collections = collections;
    }

    static HeapAllocation read(Path file) {
        try {
            return of(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return of(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the collector's log " + file, e);
        }
    }

    /** The collections of the lines of a {@code -Xlog:gc} log decorated with the time of day; other lines are left out. */
    static HeapAllocation of(List<String> lines) {
        List<Collection> found = new ArrayList<>();
        for (String line : lines) {
            Matcher m = COLLECTION.matcher(line);
            if (m.find()) {
                found.add(new Collection(LocalDateTime.parse(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
            }
        }
        return new HeapAllocation(found);
    }

    /**
     * MB allocated between two times of day of the run's log (the day of the first collection, or the
     * next one for a time before it: a run that went past midnight); -1 when no collection was logged then.
     */
    long megabytes(LocalTime from, LocalTime to) {
        if (collections.isEmpty()) {
            return -1;
        }
        LocalDateTime start = dayOf(from);
        LocalDateTime end = dayOf(to);
        long allocated = 0;
        boolean any = false;
        for (int i = 1; i < collections.size(); i++) {
            Collection c = collections.get(i);
            if (!c.at().isBefore(start) && !c.at().isAfter(end)) {
                allocated += Math.max(0, c.before() - collections.get(i - 1).after());
                any = true;
            }
        }
        return any ? allocated : -1;
    }

    private LocalDateTime dayOf(LocalTime time) {
        LocalDateTime first = collections.get(0).at();
        LocalDateTime at = first.toLocalDate().atTime(time);
        return at.isBefore(first.minusMinutes(1)) ? at.plusDays(1) : at;
    }
}

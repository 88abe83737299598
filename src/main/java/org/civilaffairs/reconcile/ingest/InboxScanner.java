package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists an inbox in processing order (CONTRACT §1, §13.1): months ascending; within a month the
 * reference files, then the rosters, each by code point of file name. Only {@code *.csv} counts.
 */
public final class InboxScanner {

    /** A file of the inbox: {@code name} is relative to the month folder ({@code rosters/x.csv}). */
    public record Entry(YearMonth month, String name, Path path) {
        public boolean isRoster() {
            return name.startsWith("rosters/");
        }

        /** The file name within its folder. */
        public String baseName() {
            return name.substring(name.indexOf('/') + 1);
        }
    }

    private InboxScanner() {
    }

    public static List<YearMonth> months(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            throw new InboxException("inbox " + inbox.toAbsolutePath() + " is not a readable directory: check --inbox");
        }
        try (Stream<Path> children = Files.list(inbox)) {
            return children.filter(Files::isDirectory)
                    .map(p -> parseMonth(p.getFileName().toString()))
                    .filter(m -> m != null)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InboxException("cannot list inbox " + inbox.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    public static List<Entry> entries(Path inbox, YearMonth month) {
        Path folder = inbox.resolve(month.toString());
        List<Entry> out = new ArrayList<>();
        out.addAll(list(folder, "reference", month));
        out.addAll(list(folder, "rosters", month));
        return out;
    }

    private static List<Entry> list(Path monthFolder, String sub, YearMonth month) {
        Path dir = monthFolder.resolve(sub);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .map(p -> new Entry(month, sub + "/" + p.getFileName(), p))
                    .sorted(Comparator.comparing(Entry::name))
                    .toList();
        } catch (IOException e) {
            throw InboxException.unreadable(dir, e);
        }
    }

    static YearMonth parseMonth(String name) {
        if (!name.matches("\\d{4}-\\d{2}")) {
            return null;
        }
        try {
            return YearMonth.parse(name);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
